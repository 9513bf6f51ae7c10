// Gathers what a report of one plan and period says: each task's state when the period ended (or
// now, while it runs), what the units reported during it, the indicator values, and which units confirmed
// "đã báo cáo". The result is frozen into the draft, so the text people then edit and the tables
// beside it agree, and later updates change neither.
import { dashboardIndicators } from "../dashboard/indicators";
import { addDays, dateOnlyKey, formatDateKey, formatDateTime, localDateKey, localDayStart } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { formatValue } from "../format/number";
import { targetText } from "../indicators/vocabulary";
import { periodFromKey } from "../indicators/periods";
import { sideLabel, viewAssignment } from "../tasks/assignment";
import { dueDateAt } from "../tasks/deadline-history";
import { DEADLINE_STATUSES, deadlineStatus, type DeadlineStatus, type TaskTiming } from "../tasks/deadline-status";
import { DEADLINE_STATUS_META } from "../tasks/status-meta";
import { reportOperations } from "./operations-figures";
import { nextReportPeriod, type ReportPeriod, type WeekStartDay } from "./periods";
import type { ReportData, ReportIndicatorRow, ReportTaskRow, ReportUnitRow } from "./types";
import { must } from "@/lib/must";

/** A difficulty or proposal a unit wrote in the period. */
export type UnitNote = { taskCode: string; unit: string; text: string };

/** Facts the draft text is written from, beside the frozen tables. */
export type ReportFacts = {
  data: ReportData;
  difficulties: UnitNote[];
  proposals: UnitNote[];
  /** Tasks updated in the period, with what was reported (for "results by group"). */
  reported: { groupCode: string; code: string; title: string; unit: string; text: string }[];
  /** Open tasks due in the next period, or already overdue: the next period's priorities. */
  upcoming: { code: string; title: string; lead: string; deadline: string; overdue: boolean }[];
  nextPeriodLabel: string;
};

type TaskState = Pick<TaskTiming, "workStatus" | "completedAt"> & { progress: number; lastUpdateAt: Date | null };

type LastReport = {
  taskId: string;
  unitId: string | null;
  workStatus: TaskTiming["workStatus"];
  progress: number;
  completedAt: Date | null;
  createdAt: Date;
  result: string;
};

// Official text names a unit in full ("Trung tâm Sự nghiệp công", not "TT SNC"): the short name is
// the portal's own abbreviation, which the report's readers outside the commune would not know.
const unitName = (u: { name: string }) => u.name;

function emptyCounts(): Record<DeadlineStatus, number> {
  return Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
}

/** The instant the numbers are taken: now while the period runs, else the last moment of its end day. */
export function reportInstant(period: ReportPeriod, now: Date): { asOf: Date; live: boolean } {
  const cut = localDayStart(addDays(period.end, 1));
  return now < cut ? { asOf: now, live: true } : { asOf: new Date(cut.getTime() - 1), live: false };
}

export async function compileReport(tx: Tx, communeId: string, planId: string, period: ReportPeriod, now: Date): Promise<ReportFacts> {
  const plan = await tx.plan.findFirst({
    where: { id: planId, communeId },
    select: { id: true, number: true, title: true, issuedDate: true, reportWeekStart: true },
  });
  if (!plan) throw new AppError("NOT_FOUND");
  const commune = await tx.unit.findFirstOrThrow({ where: { id: communeId }, select: { id: true, name: true } });
  const { asOf, live } = reportInstant(period, now);
  const periodStart = localDayStart(period.start);

  // A closed task ("không phát sinh", withdrawn by the province) is not reported on.
  const tasks = await tx.task.findMany({
    where: { communeId, planId, closedKind: null },
    select: {
      id: true,
      code: true,
      title: true,
      deadlineKind: true,
      dueDate: true,
      deadlineText: true,
      supportText: true,
      workStatus: true,
      progress: true,
      completedAt: true,
      lastUpdateAt: true,
      sortOrder: true,
      group: { select: { code: true, title: true, sortOrder: true } },
      units: {
        select: { role: true, viaGroupId: true, unit: { select: { id: true, name: true, shortName: true, sortOrder: true } } },
        orderBy: { unit: { sortOrder: "asc" } },
      },
      unitGroups: { select: { role: true, group: { select: { id: true, name: true } } }, orderBy: { group: { name: "asc" } } },
      parts: {
        select: { unitId: true, workStatus: true, progress: true, completedAt: true, lastUpdateAt: true, notApplicableReason: true },
      },
      // The first extension approved by the end of the period: its deadline then was the original one.
      extensions: {
        where: { status: "APPROVED", decidedAt: { lte: asOf } },
        orderBy: { decidedAt: "asc" },
        take: 1,
        select: { currentDueDate: true },
      },
    },
  });
  tasks.sort((a, b) => (a.group?.sortOrder ?? 1e9) - (b.group?.sortOrder ?? 1e9) || a.sortOrder - b.sortOrder);
  if (!live) await rewindTasks(tx, communeId, planId, asOf, tasks);

  // The last progress report of each task and unit made by the end of the period: the state then
  // of the task (its latest) and of each member's part (the member's latest).
  const last = await tx.$queryRaw<LastReport[]>`
    SELECT DISTINCT ON (u."taskId", u."unitId") u."taskId", u."unitId", u."workStatus", u.progress, u."completedAt", u."createdAt", u.result
    FROM "TaskUpdate" u JOIN "Task" t ON t.id = u."taskId" AND t."communeId" = u."communeId"
    WHERE u."communeId" = ${communeId} AND t."planId" = ${planId} AND u.kind = 'PROGRESS' AND u."createdAt" <= ${asOf}
    ORDER BY u."taskId", u."unitId", u."createdAt" DESC`;
  const lastByTask = new Map<string, LastReport>();
  for (const r of last) {
    const had = lastByTask.get(r.taskId);
    if (!had || r.createdAt > had.createdAt) lastByTask.set(r.taskId, r);
  }
  const lastByPart = new Map(last.map((r) => [`${r.taskId}|${r.unitId}`, r]));

  // What was written during the period; an update returned for correction is left out of the text.
  const inPeriod = await tx.taskUpdate.findMany({
    where: { communeId, task: { planId }, createdAt: { gte: periodStart, lte: asOf }, returnedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      taskId: true,
      unitId: true,
      kind: true,
      result: true,
      difficulties: true,
      proposals: true,
      unit: { select: { name: true } },
    },
  });
  const progressInPeriod = new Map<string, string>();
  const partsReported = new Set<string>();
  for (const u of inPeriod) {
    if (u.kind !== "PROGRESS") continue;
    progressInPeriod.set(u.taskId, u.result.trim());
    partsReported.add(`${u.taskId}|${u.unitId}`);
  }

  const submissions = await tx.reportSubmission.findMany({
    where: { communeId, planId, periodKey: period.key },
    select: { unitId: true, confirmedAt: true, onBehalf: true },
  });
  const reportedBy = new Map(submissions.map((s) => [s.unitId, s]));

  const byStatus = emptyCounts();
  const rows: ReportTaskRow[] = [];
  const unitRows = new Map<string, ReportUnitRow & { order: number }>();
  const codeOf = new Map<string, string>();
  const upcoming: ReportFacts["upcoming"] = [];
  const next = nextReportPeriod(period, plan.reportWeekStart as WeekStartDay);
  let progressSum = 0;

  for (const t of tasks) {
    codeOf.set(t.id, t.code);
    const prior = lastByTask.get(t.id);
    const state: TaskState = live
      ? t
      : prior
        ? { workStatus: prior.workStatus, progress: prior.progress, completedAt: prior.completedAt, lastUpdateAt: prior.createdAt }
        : { workStatus: "NOT_STARTED", progress: 0, completedAt: null, lastUpdateAt: null };
    const status = deadlineStatus(
      { deadlineKind: t.deadlineKind, dueDate: t.dueDate, workStatus: state.workStatus, completedAt: state.completedAt },
      state.lastUpdateAt ? [{ createdAt: state.lastUpdateAt }] : [],
      asOf,
    );
    byStatus[status] += 1;
    progressSum += state.progress;
    // Groups by their name, not every member (lib/tasks/assignment.ts decides how a side reads).
    const view = viewAssignment(t.units, t.unitGroups);
    const lead = sideLabel(view.lead, unitName);
    const supports = [sideLabel(view.support, unitName), t.supportText].filter(Boolean);
    const extendedFrom = t.extensions[0]?.currentDueDate;
    // VPCP practice: a report states that the deadline in force was extended, and from when.
    const deadline = t.dueDate
      ? `${formatDateKey(dateOnlyKey(t.dueDate))}${extendedFrom ? ` (đã được gia hạn từ ${formatDateKey(dateOnlyKey(extendedFrom))})` : ""}`
      : t.deadlineText || "Không ghi thời hạn";
    const done = state.workStatus === "DONE";
    rows.push({
      groupCode: t.group?.code ?? "",
      groupTitle: t.group?.title ?? "Nhiệm vụ khác",
      code: t.code,
      title: t.title,
      leadUnits: lead,
      supportUnits: supports.join("; "),
      deadline,
      // A task finished before the period still shows what it produced.
      result: progressInPeriod.get(t.id) ?? (done ? (prior?.result.trim() ?? "") : ""),
      progress: state.progress,
      status,
      statusLabel: DEADLINE_STATUS_META[status].label,
    });

    const updated = progressInPeriod.has(t.id);
    for (const l of t.units.filter((u) => u.role === "LEAD")) {
      // On a group task each member counts by its own part: its part done is not the task done; a
      // part "không phát sinh" does not concern the unit.
      let counts = { done, overdue: status === "OVERDUE", updated };
      if (t.parts.length > 0) {
        const part = t.parts.find((p) => p.unitId === l.unit.id);
        if (!part || part.notApplicableReason) continue;
        const then = lastByPart.get(`${t.id}|${l.unit.id}`);
        const partState = live
          ? part
          : then
            ? { workStatus: then.workStatus, completedAt: then.completedAt, lastUpdateAt: then.createdAt }
            : { workStatus: "NOT_STARTED" as const, completedAt: null, lastUpdateAt: null };
        const partStatus = deadlineStatus(
          { deadlineKind: t.deadlineKind, dueDate: t.dueDate, workStatus: partState.workStatus, completedAt: partState.completedAt },
          partState.lastUpdateAt ? [{ createdAt: partState.lastUpdateAt }] : [],
          asOf,
        );
        counts = {
          done: partState.workStatus === "DONE",
          overdue: partStatus === "OVERDUE",
          updated: partsReported.has(`${t.id}|${l.unit.id}`),
        };
      }
      const confirmation = reportedBy.get(l.unit.id);
      const row = unitRows.get(l.unit.id) ?? {
        name: unitName(l.unit),
        order: l.unit.sortOrder,
        tasks: 0,
        done: 0,
        overdue: 0,
        updated: 0,
        reported: !!confirmation,
        reportedAt: formatDateTime(confirmation?.confirmedAt),
        ...(confirmation?.onBehalf ? { onBehalf: true } : {}),
      };
      row.tasks += 1;
      if (counts.done) row.done += 1;
      if (counts.overdue) row.overdue += 1;
      if (counts.updated) row.updated += 1;
      unitRows.set(l.unit.id, row);
    }

    const dueKey = t.dueDate ? dateOnlyKey(t.dueDate) : null;
    if (!done && dueKey && (status === "OVERDUE" || (dueKey >= next.start && dueKey <= next.end))) {
      upcoming.push({
        code: t.code,
        title: t.title,
        lead,
        deadline,
        overdue: status === "OVERDUE",
      });
    }
  }

  const notes = (field: "difficulties" | "proposals"): UnitNote[] => {
    const seen = new Set<string>();
    const list: UnitNote[] = [];
    for (const u of inPeriod) {
      const text = u[field].trim();
      const unit = u.unit ? unitName(u.unit) : "";
      const code = codeOf.get(u.taskId) ?? "";
      if (!text || seen.has(`${code}|${unit}|${text}`)) continue;
      seen.add(`${code}|${unit}|${text}`);
      list.push({ taskCode: code, unit, text });
    }
    return list;
  };

  const reported = rows.flatMap((r, i) => {
    const text = progressInPeriod.get(must(tasks[i], "nhiệm vụ của dòng").id); // one row per task, in order
    return text ? [{ groupCode: r.groupCode, code: r.code, title: r.title, unit: r.leadUnits, text }] : [];
  });

  const data: ReportData = {
    commune,
    plan: {
      id: plan.id,
      number: plan.number ?? "",
      title: plan.title,
      issuedDate: plan.issuedDate ? dateOnlyKey(plan.issuedDate) : "",
    },
    period: { key: period.key, label: period.label, start: period.start, end: period.end, range: period.range },
    asOf: asOf.toISOString(),
    totals: {
      tasks: rows.length,
      done: byStatus.DONE_ON_TIME + byStatus.DONE_LATE,
      averageProgress: rows.length ? Math.round(progressSum / rows.length) : 0,
      byStatus,
    },
    tasks: rows,
    kpis: await indicatorRows(tx, communeId, planId, localDateKey(asOf)),
    operations: await reportOperations(tx, communeId, period, asOf, live),
    units: [...unitRows.values()]
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "vi"))
      .map(({ order: _order, ...u }) => u),
  };
  return { data, difficulties: notes("difficulties"), proposals: notes("proposals"), reported, upcoming, nextPeriodLabel: next.label };
}

/**
 * A past period shows the plan as it was at `asOf`: tasks created later are dropped and each
 * deadline is the one that applied then (the dashboard's past periods use the same rule).
 */
async function rewindTasks(tx: Tx, communeId: string, planId: string, asOf: Date, tasks: { id: string; dueDate: Date | null }[]) {
  const then = await tx.$queryRaw<{ id: string; dueDate: Date | null }[]>`
    SELECT t.id, ${dueDateAt(new Date(asOf.getTime() + 1))} AS "dueDate" FROM "Task" t
    WHERE t."communeId" = ${communeId} AND t."planId" = ${planId} AND t."createdAt" <= ${asOf}`;
  const dueThen = new Map(then.map((r) => [r.id, r.dueDate]));
  for (let i = tasks.length - 1; i >= 0; i--) {
    const task = must(tasks[i], "nhiệm vụ");
    if (dueThen.has(task.id)) task.dueDate = dueThen.get(task.id)!;
    else tasks.splice(i, 1);
  }
}

/** The plan's indicators with the value current on `day` and their status, as the dashboard judges them. */
async function indicatorRows(tx: Tx, communeId: string, planId: string, day: string): Promise<ReportIndicatorRow[]> {
  const { cards } = await dashboardIndicators(communeId, { planId }, day);
  // The dashboard shows a unit's short name; the report names it in full.
  const responsible = await tx.indicator.findMany({
    where: { communeId, planId },
    select: { id: true, responsibleUnit: { select: { name: true } } },
  });
  const unitOf = new Map(responsible.map((i) => [i.id, i.responsibleUnit?.name ?? ""]));
  return cards.map((c) => {
    const { latest, milestone, status, label } = c.summary;
    const valuePeriod = latest ? (periodFromKey(latest.periodKey, "MONTHLY") ?? periodFromKey(latest.periodKey, "WEEKLY"))?.label : "";
    return {
      code: c.code,
      name: c.name,
      target: targetText(c.comparison, milestone.target, c.unit, c.name),
      dueDate: formatDateKey(milestone.dueDate),
      value: latest ? formatValue(latest.value, c.unit) : "",
      valuePeriod: valuePeriod ?? latest?.periodKey ?? "",
      status,
      statusLabel: label,
      responsibleUnit: unitOf.get(c.id) ?? "",
    };
  });
}
