import "server-only";
import { canViewReport, type CommuneScope, type Viewer } from "../auth/permissions";
import { getDb } from "../db";
import { ACTIVE_PLAN } from "../plans/active";
import { openItems, reminderTopic, unitsWithoutAccount } from "./close-period";
import type { ReportPeriod } from "./periods";

/** The commune's plans with what the period pickers need. */
export async function reportPlans(communeId: string) {
  return getDb().plan.findMany({
    where: { communeId, ...ACTIVE_PLAN },
    orderBy: { createdAt: "desc" },
    select: { id: true, number: true, title: true, periodStart: true, periodEnd: true, createdAt: true, reportWeekStart: true },
  });
}

export type ReportPlan = Awaited<ReturnType<typeof reportPlans>>[number];

/** Per lead unit of the plan: its open tasks, how many were updated in the period, its confirmation, the last reminder. */
export async function submissionStatus(communeId: string, planId: string, period: ReportPeriod) {
  const db = getDb();
  // The last reminder per unit: the topics of this plan and period share their prefix.
  const topicPrefix = reminderTopic(planId, period.key, "");
  const [links, items, submissions, reminders] = await Promise.all([
    db.taskUnit.findMany({
      where: { communeId, role: "LEAD", task: { planId } },
      select: {
        unitId: true,
        unit: {
          select: {
            name: true,
            shortName: true,
            sortOrder: true,
            _count: { select: { users: { where: { active: true, role: "UNIT_STAFF" } } } },
          },
        },
      },
    }),
    openItems(db, communeId, planId, period),
    db.reportSubmission.findMany({
      where: { communeId, planId, periodKey: period.key },
      select: { unitId: true, confirmedAt: true, onBehalf: true, confirmedBy: { select: { fullName: true } } },
    }),
    db.notification.groupBy({ by: ["topic"], where: { communeId, topic: { startsWith: topicPrefix } }, _max: { createdAt: true } }),
  ]);
  const units = new Map<
    string,
    { unitId: string; name: string; order: number; accounts: number; tasks: number; open: number; updated: number }
  >();
  for (const l of links) {
    const u = units.get(l.unitId) ?? {
      unitId: l.unitId,
      name: l.unit.shortName ?? l.unit.name,
      order: l.unit.sortOrder,
      accounts: l.unit._count.users,
      tasks: 0,
      open: 0,
      updated: 0,
    };
    u.tasks += 1;
    units.set(l.unitId, u);
  }
  // Open and updated by the one rule (a group task counts by the unit's own part).
  for (const item of items) {
    const u = units.get(item.unitId);
    if (!u) continue;
    u.open += 1;
    if (item.updatedAt) u.updated += 1;
  }
  const remindedAt = new Map(reminders.map((r) => [r.topic, r._max.createdAt]));
  const confirmed = new Map(submissions.map((s) => [s.unitId, s]));
  return [...units.values()]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "vi"))
    .map((u) => ({
      ...u,
      confirmedAt: confirmed.get(u.unitId)?.confirmedAt ?? null,
      confirmedBy: confirmed.get(u.unitId)?.confirmedBy.fullName ?? null,
      onBehalf: confirmed.get(u.unitId)?.onBehalf ?? false,
      remindedAt: remindedAt.get(reminderTopic(planId, period.key, u.unitId)) ?? null,
    }));
}

export type UnitSubmission = Awaited<ReturnType<typeof submissionStatus>>[number];

/** Reports of a plan, newest first; the province sees finalised ones only. */
export async function listReports(viewer: Viewer, scope: CommuneScope, planId: string) {
  const finalOnly = !canViewReport(viewer, { ...scope, final: false });
  return getDb().report.findMany({
    where: { communeId: scope.communeId, planId, ...(finalOnly ? { status: "FINAL" as const } : {}) },
    orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      periodKey: true,
      periodLabel: true,
      status: true,
      number: true,
      issuedDate: true,
      summary: true,
      createdAt: true,
      updatedAt: true,
      finalizedAt: true,
      submittedAt: true,
      createdBy: { select: { fullName: true } },
      finalizedBy: { select: { fullName: true } },
    },
  });
}

export type ReportListItem = Awaited<ReturnType<typeof listReports>>[number];

/** One report the viewer may see, or null (missing, other tenant, or a draft shown to the province). */
export async function getReport(viewer: Viewer, scope: CommuneScope, reportId: string) {
  const report = await getDb().report.findFirst({
    where: { id: reportId, communeId: scope.communeId },
    include: {
      plan: { select: { id: true, number: true, title: true } },
      createdBy: { select: { fullName: true } },
      finalizedBy: { select: { fullName: true } },
      files: { select: { format: true, size: true, sha256: true } },
    },
  });
  if (!report || !canViewReport(viewer, { ...scope, final: report.status === "FINAL" })) return null;
  return report;
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof getReport>>>;

/** The stored export of a finalised report. */
export async function storedReportFile(communeId: string, reportId: string, format: "docx" | "xlsx") {
  return getDb().reportFile.findFirst({
    where: { communeId, reportId, format },
    select: { id: true, bytes: true, size: true, sha256: true },
  });
}

/** For the confirmation page: the unit's open items in the plan and period (by the one rule), its confirmation and history. */
export async function unitPeriodStatus(communeId: string, unitId: string, planId: string, period: ReportPeriod) {
  const db = getDb();
  const [items, leads, submission, history] = await Promise.all([
    openItems(db, communeId, planId, period, [unitId]),
    db.taskUnit.count({ where: { communeId, unitId, role: "LEAD", task: { planId } } }),
    db.reportSubmission.findUnique({
      where: { planId_periodKey_unitId: { planId, periodKey: period.key, unitId } },
      select: { confirmedAt: true, onBehalf: true, confirmedBy: { select: { fullName: true } } },
    }),
    db.reportSubmission.findMany({
      where: { communeId, planId, unitId },
      orderBy: { periodEnd: "desc" },
      take: 12,
      select: {
        periodKey: true,
        periodStart: true,
        periodEnd: true,
        confirmedAt: true,
        onBehalf: true,
        confirmedBy: { select: { fullName: true } },
      },
    }),
  ]);
  return { items, leads, submission, history };
}

/** "Báo cáo thay": the plan's lead units without an active account, for the standing office's picker. */
export function onBehalfUnits(communeId: string, planId: string) {
  return unitsWithoutAccount(getDb(), communeId, planId);
}

/** Plans in which a unit leads at least one task. */
export async function plansLedBy(communeId: string, unitId: string) {
  return getDb().plan.findMany({
    where: { communeId, ...ACTIVE_PLAN, tasks: { some: { closedKind: null, units: { some: { unitId, role: "LEAD" } } } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, number: true, title: true, periodStart: true, periodEnd: true, createdAt: true, reportWeekStart: true },
  });
}

/** The full name of a unit of the commune ("" when it is not one). */
export async function unitName(communeId: string, unitId: string): Promise<string> {
  const unit = await getDb().unit.findFirst({ where: { id: unitId, communeId }, select: { name: true } });
  return unit?.name ?? "";
}
