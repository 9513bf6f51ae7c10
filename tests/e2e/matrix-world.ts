// The data the access matrix runs against, read from the e2e database (scripts/e2e.ts passes
// DATABASE_URL): for each target commune the ids every endpoint takes, the facts its forms need, and
// the names and ids that must never reach someone who may not see that commune. Rows the seed does
// not make (reports, plan imports, an evidence file, a returned update, an acknowledged direction, a
// notification) are added once per commune, marked, so that reruns find them instead of adding more.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { addDays, dateFromKey, dateOnlyKey, localDateKey } from "@/lib/dates";
import { createPrismaClient, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lastCompletedPeriod } from "@/lib/indicators/periods";
import { reportPeriodContaining, type WeekStartDay } from "@/lib/reports/periods";
import type { ReportData, ReportSections } from "@/lib/reports/types";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { issueToken } from "@/lib/api-tokens/issue";
import { applyToCommune } from "@/lib/province-plans/apply-commune";
import { publishVersion } from "@/lib/province-plans/publish";
import { makeDocx, makeXlsx, PDF } from "../support/files";
import type { Target } from "./endpoints";

/** Written into every fixture row and every form the matrix sends, so that a stray write is easy to spot. */
export const MARK = "Kiểm thử phân quyền";

export const COMMUNE_NAMES: Record<Target, string> = {
  own: "Phường Hải An",
  sibling: "Phường Thạch Khôi",
  foreign: "Xã Hà Long",
};

const OFFICE_UNIT = "Văn phòng HĐND và UBND";
const CENTER_UNIT = "Trung tâm Phục vụ hành chính công";

/** Every value here is an id of the target commune's rows: the matrix swaps them one by one between tenants. */
export type Ids = {
  communeId: string;
  provinceId: string;
  planId: string;
  /** A task the "Văn phòng HĐND và UBND" leads and the service centre neither leads nor supports. */
  taskId: string;
  /** A task the service centre supports and the office neither leads nor supports. */
  supportTaskId: string;
  /** A task led by a unit group the office belongs to (its part is the office's); elsewhere any task. */
  groupTaskId: string;
  /** "Văn phòng HĐND và UBND" (unit of staffOffice in Hải An). */
  unitId: string;
  /** "Trung tâm Phục vụ hành chính công" (unit of staffCenter in Hải An). */
  centerUnitId: string;
  /** The commune's chairperson account. */
  userId: string;
  /** A KPI of `planId`, the service centre's responsibility in Hải An. */
  indicatorId: string;
  reportDraftId: string;
  reportFinalId: string;
  importDraftId: string;
  importAppliedId: string;
  attachmentId: string;
  /** A file the commune's office staff uploaded ahead of a form and has not sent (DELETE /api/uploads/<id>). */
  stagedUploadId: string;
  /** The seed's direction, not acknowledged. */
  directiveId: string;
  /** The commune's built-in unit group "các phòng chuyên môn" (every commune has it). */
  unitGroupId: string;
  /** A direction on `taskId` already acknowledged (acknowledging it again changes nothing). */
  ackDirectiveId: string;
  /** A progress report not returned. */
  updateId: string;
  /** A report already returned (returning it again is a conflict). */
  returnedUpdateId: string;
  /** Unread, of a user who is not one of the matrix's actors. */
  notificationId: string;
  /** A deadline extension request waiting for the chair (the seed's in Hải An, made here elsewhere). */
  extensionId: string;
  /** A published plan of the target's province that the commune receives (the seed's in Hải Phòng, made here in Thanh Hóa). */
  provincePlanId: string;
  /** A published task of that plan, targeted at the commune. */
  provinceTaskId: string;
  /** A KPI of that plan. */
  provinceIndicatorId: string;
  /** The commune's task carrying out `provinceTaskId` (open, not "không phát sinh"). */
  mandateTaskId: string;
  /** The commune plan that receives the province plan's tasks. */
  mandatePlanId: string;
  /** An API token of the commune's chair, not revoked (Quản trị → Kết nối hệ thống). */
  apiTokenId: string;
  /** An active item of the commune's start-of-day checklist. */
  checkItemId: string;
  /** An incident escalated to the province team (the seed's in Hải An, made here elsewhere). */
  incidentId: string;
  /** The latest day before today on which every target commune has a start-of-day check (not an id: the same for all). */
  checkDay: string;
};

export type IdKey = keyof Ids;

/** What the forms need besides ids: current versions and the values a valid submission carries. */
export type Facts = {
  communeName: string;
  planVersion: number;
  taskVersion: number;
  task: { title: string; deadlineKind: string; dueDate: string; deadlineText: string; expectedOutput: string };
  unit: { name: string; shortName: string; kind: string };
  chairName: string;
  indicator: {
    version: number;
    fields: Record<string, string> & { baseRevision: string };
    measure: string;
    unit: string;
    valuePeriodKey: string;
  };
  reportDraftVersion: number;
  reportPeriodKey: string;
  reportWeekStart: number;
  catalog: Record<string, string>;
  /** The province plan's working-copy version, its task's code and title. */
  provincePlanVersion: number;
  provinceTask: { code: string; title: string };
  mandateTaskVersion: number;
  /** The version the commune's receipt was last given. */
  mandateAppliedVersion: number;
  /** The active checklist items, in order (a check form names every one). */
  checkItemIds: string[];
  incidentVersion: number;
};

export type Tenant = { target: Target; ids: Ids; facts: Facts; secretNames: string[]; secretIds: Set<string> };

export type World = { db: Db; tenants: Record<Target, Tenant> };

export function openDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run through `npm run test:e2e`");
  return createPrismaClient(url, 3);
}

export async function loadWorld(db: Db): Promise<World> {
  const catalog = await db.indicatorCatalogEntry.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
  const catalogFields: Record<string, string> = {
    code: catalog.code,
    name: catalog.name,
    unit: catalog.unit,
    comparison: catalog.comparison,
    measure: catalog.measure,
    defaultTarget: catalog.defaultTarget.toString(),
    defaultDueDate: dateOnlyKey(catalog.defaultDueDate),
    numeratorLabel: catalog.numeratorLabel ?? "",
    denominatorLabel: catalog.denominatorLabel ?? "",
    method: catalog.method,
    responsibleHint: catalog.responsibleHint ?? "",
    frequency: catalog.frequency,
    active: catalog.active ? "on" : "",
  };
  const entries = await Promise.all(
    (Object.keys(COMMUNE_NAMES) as Target[]).map(async (t) => [t, await loadTenant(db, t, catalogFields)] as const),
  );
  const checkDay = await commonCheckDay(
    db,
    entries.map(([, t]) => t.ids.communeId),
  );
  for (const [, t] of entries) t.ids.checkDay = checkDay;
  return { db, tenants: Object.fromEntries(entries) as Record<Target, Tenant> };
}

async function loadTenant(db: Db, target: Target, catalog: Record<string, string>): Promise<Tenant> {
  const name = COMMUNE_NAMES[target];
  const commune = await db.unit.findFirstOrThrow({ where: { name, kind: { in: ["COMMUNE", "WARD"] } } });
  const communeId = commune.id;
  const provinceId = commune.provinceId!;
  const province = await db.unit.findUniqueOrThrow({ where: { id: provinceId } });
  const unitNamed = (n: string) => db.unit.findFirstOrThrow({ where: { communeId, name: n } });
  const [office, center] = await Promise.all([unitNamed(OFFICE_UNIT), unitNamed(CENTER_UNIT)]);
  const users = await db.user.findMany({ where: { communeId } });
  const chair = users.find((u) => u.role === "CHAIR")!;
  const coordinator = users.find((u) => u.role === "COORDINATOR")!;
  const officeStaff = users.find((u) => u.role === "UNIT_STAFF" && u.unitId === office.id)!;

  const plan = await db.plan.findFirstOrThrow({ where: { communeId, sourceFile: { not: null } }, orderBy: { createdAt: "asc" } });
  const tasks = await db.task.findMany({ where: { communeId, planId: plan.id }, include: { units: true }, orderBy: { sortOrder: "asc" } });
  const has = (t: (typeof tasks)[number], unitId: string, role?: "LEAD" | "SUPPORT") =>
    t.units.some((u) => u.unitId === unitId && (!role || u.role === role));
  // Only Hải An's actors act on these tasks as staff, so elsewhere any task of the right kind does.
  const strict = target === "own";
  const task =
    tasks.find((t) => has(t, office.id, "LEAD") && !has(t, center.id)) ??
    (strict ? undefined : (tasks.find((t) => has(t, office.id, "LEAD")) ?? tasks[0]));
  // Helped by the centre (named) and by the offices' group (the office is a member), led by neither:
  // both units' staff may contribute (endpoints.ts, can.supportUnit).
  const supportTask =
    tasks.find((t) => has(t, center.id, "SUPPORT") && has(t, office.id, "SUPPORT")) ??
    (strict ? undefined : (tasks.find((t) => t.units.some((u) => u.role === "SUPPORT")) ?? tasks[0]));
  const groupTask =
    tasks.find((t) => t.units.some((u) => u.unitId === office.id && u.role === "LEAD" && u.viaGroupId) && !has(t, center.id)) ??
    (strict ? undefined : task);
  if (!task) throw new Error(`${name}: no task led by ${OFFICE_UNIT} without ${CENTER_UNIT}`);
  if (!groupTask) throw new Error(`${name}: no task led by a group ${OFFICE_UNIT} belongs to`);
  if (!supportTask) throw new Error(`${name}: no task helped by both ${CENTER_UNIT} and ${OFFICE_UNIT}`);

  const indicators = await db.indicator.findMany({
    where: { communeId, planId: plan.id },
    include: { _count: { select: { values: true } } },
    orderBy: { sortOrder: "asc" },
  });
  // In Hải An the KPI must be the service centre's, so that staffCenter is the unit that enters its values.
  const indicator =
    indicators.find((i) => i.responsibleUnitId === center.id && i._count.values > 0) ??
    indicators.find((i) => i.responsibleUnitId === center.id) ??
    (target === "own" ? undefined : indicators[0]);
  if (!indicator) throw new Error(`${name}: no KPI of ${CENTER_UNIT} in the plan`);

  // A direction on a task the office leads and the service centre does not: only staffOffice may acknowledge it.
  const directive = await db.directive.findFirstOrThrow({
    where: {
      communeId,
      NOT: { content: { startsWith: MARK } },
      task: strict ? { AND: [{ units: { some: { unitId: office.id, role: "LEAD" } } }, { units: { none: { unitId: center.id } } }] } : {},
    },
    orderBy: { createdAt: "asc" },
  });
  const update = await db.taskUpdate.findFirstOrThrow({
    where: { communeId, kind: "PROGRESS", returnedAt: null },
    orderBy: { createdAt: "asc" },
  });
  const unitGroup = await db.unitGroup.findFirstOrThrow({ where: { communeId, kind: "OFFICES" } });
  const notificationOwner = await db.user.findUniqueOrThrow({ where: { username: NOTIFICATION_OWNER[target] } });
  const extension =
    (await db.deadlineExtension.findFirst({ where: { communeId, status: "PENDING" }, orderBy: { createdAt: "asc" } })) ??
    (await db.deadlineExtension.create({
      data: {
        communeId,
        taskId: task.id,
        unitId: office.id,
        requestedById: officeStaff.id,
        reason: "Đề nghị gia hạn của dữ liệu kiểm thử phân quyền.",
        currentDueDate: dateFromKey(localDateKey(new Date())),
        requestedDueDate: dateFromKey(addDays(localDateKey(new Date()), 30)),
      },
    }));

  // A token of the chair (made once, marked): the row the revoke action is tried on.
  const apiToken =
    (await db.apiToken.findFirst({ where: { communeId, name: MARK, revokedAt: null } })) ??
    (await issueToken(db, { userId: chair.id, name: MARK, scope: "READ", expiresAt: null, createdById: coordinator.id }));

  const checkItems = await db.checkItem.findMany({ where: { communeId, archivedAt: null }, orderBy: { sortOrder: "asc" } });
  if (checkItems.length === 0) throw new Error(`${name}: no start-of-day checklist (the demo seed makes one)`);
  const incident = await escalatedIncident(db, communeId, coordinator.id);

  const f = await ensureFixtures(db, {
    communeId,
    communeName: name,
    plan,
    taskId: task.id,
    task,
    chairId: chair.id,
    coordinatorId: coordinator.id,
    officeStaffId: officeStaff.id,
    notificationOwnerId: notificationOwner.id,
  });

  const mandate = await provincePlanOf(db, provinceId, communeId);

  const today = localDateKey(new Date());
  const valuePeriod = lastCompletedPeriod(today, indicator.frequency);
  const current = await db.indicatorValue.findFirst({
    where: { indicatorId: indicator.id, periodKey: valuePeriod.key },
    orderBy: { revision: "desc" },
  });
  const decimal = (d: { toString(): string } | null) => (d === null ? "" : d.toString());
  const day = (d: Date | null) => (d ? dateOnlyKey(d) : "");

  const ids: Ids = {
    communeId,
    provinceId,
    planId: plan.id,
    taskId: task.id,
    supportTaskId: supportTask.id,
    groupTaskId: groupTask.id,
    unitId: office.id,
    centerUnitId: center.id,
    userId: chair.id,
    indicatorId: indicator.id,
    reportDraftId: f.reportDraftId,
    reportFinalId: f.reportFinalId,
    importDraftId: f.importDraftId,
    importAppliedId: f.importAppliedId,
    attachmentId: f.attachmentId,
    stagedUploadId: f.stagedUploadId,
    directiveId: directive.id,
    unitGroupId: unitGroup.id,
    ackDirectiveId: f.ackDirectiveId,
    updateId: update.id,
    returnedUpdateId: f.returnedUpdateId,
    notificationId: f.notificationId,
    extensionId: extension.id,
    provincePlanId: mandate.plan.id,
    provinceTaskId: mandate.task.provinceTaskId!,
    provinceIndicatorId: mandate.indicatorId,
    mandateTaskId: mandate.task.id,
    mandatePlanId: mandate.receipt.planId,
    apiTokenId: apiToken.id,
    checkItemId: checkItems[0]!.id,
    incidentId: incident.id,
    // Set once every tenant is loaded (loadWorld): the same day for all of them.
    checkDay: "",
  };
  const facts: Facts = {
    communeName: name,
    planVersion: plan.version,
    taskVersion: task.version,
    task: {
      title: task.title,
      deadlineKind: task.deadlineKind,
      dueDate: day(task.dueDate),
      deadlineText: task.deadlineText,
      expectedOutput: task.expectedOutput ?? "",
    },
    unit: { name: office.name, shortName: office.shortName ?? "", kind: office.kind },
    chairName: chair.fullName,
    indicator: {
      version: indicator.version,
      measure: indicator.measure,
      unit: indicator.unit,
      valuePeriodKey: valuePeriod.key,
      fields: {
        catalogCode: indicator.catalogCode ?? "",
        name: indicator.name,
        unit: indicator.unit,
        comparison: indicator.comparison,
        measure: indicator.measure,
        target: decimal(indicator.target),
        dueDate: day(indicator.dueDate),
        target2: decimal(indicator.target2),
        dueDate2: day(indicator.dueDate2),
        baselineValue: decimal(indicator.baselineValue),
        baselineDate: day(indicator.baselineDate),
        numeratorLabel: indicator.numeratorLabel ?? "",
        denominatorLabel: indicator.denominatorLabel ?? "",
        method: indicator.method,
        frequency: indicator.frequency,
        baseRevision: String(current?.revision ?? 0),
      },
    },
    reportDraftVersion: f.reportDraftVersion,
    reportPeriodKey: reportPeriodContaining(today, "MONTH", plan.reportWeekStart as WeekStartDay).key,
    reportWeekStart: plan.reportWeekStart,
    catalog,
    provincePlanVersion: mandate.plan.version,
    provinceTask: { code: mandate.provinceTask.code, title: mandate.provinceTask.title },
    mandateTaskVersion: mandate.task.version,
    mandateAppliedVersion: mandate.receipt.appliedVersion,
    checkItemIds: checkItems.map((i) => i.id),
    incidentVersion: incident.version,
  };

  const secretNames = [name.replace(/^(Phường|Xã) /, "")];
  if (target === "foreign") secretNames.push(province.name.replace(/^(Tỉnh|Thành phố) /, ""));
  return { target, ids, facts, secretNames, secretIds: await tenantIds(db, communeId, target === "foreign" ? provinceId : null) };
}

/**
 * The province plan the commune receives, with an open mandated task: the seed's in Hải Phòng; in a
 * province without one (Thanh Hóa) a marked plan is written and published here with the portal's own
 * publish code, once.
 */
async function provincePlanOf(db: Db, provinceId: string, communeId: string) {
  const find = () =>
    db.provincePlanReceipt.findFirst({
      where: { communeId, provincePlan: { provinceId, publishedVersion: { gt: 0 } } },
      orderBy: { appliedAt: "asc" },
      include: { provincePlan: true },
    });
  let receipt = await find();
  if (!receipt) {
    await publishFixturePlan(db, provinceId);
    receipt = await find();
  }
  if (!receipt) throw new Error(`no province plan reaches commune ${communeId}`);
  const task = await db.task.findFirstOrThrow({
    where: { communeId, provinceTask: { planId: receipt.provincePlanId }, closedKind: null, workStatus: { not: "DONE" } },
    orderBy: { sortOrder: "asc" },
  });
  const provinceTask = await db.provinceTask.findUniqueOrThrow({ where: { id: task.provinceTaskId! } });
  const indicator = await db.provinceIndicator.findFirstOrThrow({
    where: { planId: receipt.provincePlanId },
    orderBy: { sortOrder: "asc" },
  });
  return { plan: receipt.provincePlan, receipt, task, provinceTask, indicatorId: indicator.id };
}

async function publishFixturePlan(db: Db, provinceId: string) {
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  await db.$transaction(async (tx) => {
    const plan = await tx.provincePlan.create({
      data: {
        provinceId,
        number: "99/KH-UBND",
        title: `${MARK}: kế hoạch của tỉnh`,
        issuer: "UBND tỉnh",
        createdById: admin.id,
        tasks: {
          create: [
            {
              provinceId,
              code: "1",
              title: `${MARK}: nhiệm vụ tỉnh giao`,
              deadlineKind: "NONE",
              leadText: "UBND các xã, phường",
              sortOrder: 0,
            },
          ],
        },
        indicators: {
          create: [
            {
              provinceId,
              code: "CT01",
              name: `${MARK}: chỉ tiêu`,
              unit: "PERCENT",
              comparison: "GTE",
              target: 80,
              dueDate: dateFromKey("2026-12-31"),
              sortOrder: 0,
            },
          ],
        },
      },
    });
    const at = new Date();
    const published = await publishVersion(tx, { provinceId, planId: plan.id, version: 0, note: MARK, userId: admin.id, at });
    for (const communeId of published.communeIds)
      await applyToCommune(tx, { provincePlanId: plan.id, provinceId, number: published.version, actorId: admin.id, at }, communeId);
  });
}

/** Owners of the notification fixtures: accounts the matrix never acts as (tinh.thanhhoa never logs in). */
const NOTIFICATION_OWNER: Record<Target, string> = { own: "tinh.thanhhoa", sibling: "tthcc.thachkhoi", foreign: "chutich.halong" };

type FixtureInput = {
  communeId: string;
  communeName: string;
  plan: { id: string; number: string | null; title: string; issuedDate: Date | null; reportWeekStart: number };
  taskId: string;
  task: { workStatus: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "PAUSED"; progress: number };
  chairId: string;
  coordinatorId: string;
  officeStaffId: string;
  notificationOwnerId: string;
};

async function ensureFixtures(db: Db, i: FixtureInput) {
  const { communeId } = i;
  const now = new Date();
  const period = reportPeriodContaining(localDateKey(now), "MONTH", i.plan.reportWeekStart as WeekStartDay);
  const draftSummary = `${MARK} (dự thảo)`;
  const finalSummary = `${MARK} (đã ký)`;
  const byStatus = Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Record<DeadlineStatus, number>;
  const data: ReportData = {
    commune: { id: communeId, name: i.communeName },
    plan: {
      id: i.plan.id,
      number: i.plan.number ?? "",
      title: i.plan.title,
      issuedDate: i.plan.issuedDate ? dateOnlyKey(i.plan.issuedDate) : "",
    },
    period: { key: period.key, label: period.label, start: period.start, end: period.end, range: period.range },
    asOf: now.toISOString(),
    totals: { tasks: 0, done: 0, averageProgress: 0, byStatus },
    tasks: [],
    kpis: [],
    units: [],
  };
  const sections: ReportSections = {
    intro: MARK,
    assessment: MARK,
    results: MARK,
    overdue: "",
    difficulties: "",
    proposals: "",
    priorities: "",
    closing: MARK,
  };
  const report = (status: "DRAFT" | "FINAL", summary: string) => ({
    communeId,
    planId: i.plan.id,
    periodKey: period.key,
    periodLabel: period.label,
    periodStart: dateFromKey(period.start),
    periodEnd: dateFromKey(period.end),
    status,
    data: data as unknown as Prisma.InputJsonValue,
    sections: sections as unknown as Prisma.InputJsonValue,
    place: "Kiểm thử",
    summary,
    signerTitle: "CHỦ TỊCH",
    signerName: status === "FINAL" ? "Người Ký Thử" : "",
    number: status === "FINAL" ? "9/BC-KTPQ" : "",
    issuedDate: status === "FINAL" ? dateFromKey(period.start) : null,
    recipients: "Lưu: VT",
    createdById: i.coordinatorId,
    finalizedById: status === "FINAL" ? i.chairId : null,
    finalizedAt: status === "FINAL" ? now : null,
  });

  const draft =
    (await db.report.findFirst({ where: { communeId, summary: draftSummary } })) ??
    (await db.report.create({ data: report("DRAFT", draftSummary) }));
  let final = await db.report.findFirst({ where: { communeId, summary: finalSummary } });
  if (!final) {
    final = await db.report.create({ data: report("FINAL", finalSummary) });
    for (const [format, bytes] of [
      ["docx", await makeDocx()],
      ["xlsx", await makeXlsx()],
    ] as const) {
      await db.reportFile.create({
        data: { communeId, reportId: final.id, format, bytes: new Uint8Array(bytes), size: bytes.length, sha256: sha256(bytes) },
      });
    }
  }

  const importRow = async (status: "DRAFT" | "APPLIED") => {
    const fileName = `kiem-thu-phan-quyen-${status.toLowerCase()}.txt`;
    const found = await db.planImport.findFirst({ where: { communeId, fileName } });
    if (found) return found.id;
    const text = `${MARK}\n${i.communeName}`;
    const row = await db.planImport.create({
      data: {
        communeId,
        createdById: i.coordinatorId,
        fileName,
        mimeType: "txt",
        size: Buffer.byteLength(text),
        sha256: sha256(Buffer.from(text)),
        sourceText: text,
        draft: planDraft(i.communeName) as unknown as Prisma.InputJsonValue,
        status,
      },
    });
    return row.id;
  };

  const ackContent = `${MARK}: ý kiến chỉ đạo đã tiếp nhận`;
  const ack =
    (await db.directive.findFirst({ where: { communeId, content: ackContent } })) ??
    (await db.directive.create({
      data: {
        communeId,
        taskId: i.taskId,
        authorId: i.chairId,
        content: ackContent,
        createdAt: new Date("2025-01-02T03:00:00Z"),
        acknowledgedAt: new Date("2025-01-03T03:00:00Z"),
        acknowledgedById: i.officeStaffId,
      },
    }));

  const returned =
    (await db.taskUpdate.findFirst({ where: { communeId, returnComment: MARK } })) ??
    (await db.taskUpdate.create({
      data: {
        communeId,
        taskId: i.taskId,
        kind: "CONTRIBUTION",
        authorId: i.chairId,
        workStatus: i.task.workStatus,
        progress: i.task.progress,
        result: MARK,
        createdAt: new Date("2025-01-02T03:00:00Z"),
        returnedAt: new Date("2025-01-03T03:00:00Z"),
        returnedById: i.coordinatorId,
        returnComment: MARK,
      },
    }));

  const attachmentName = "kiem-thu-phan-quyen.pdf";
  let attachment = await db.attachment.findFirst({ where: { communeId, fileName: attachmentName } });
  if (!attachment) {
    attachment = await db.attachment.create({
      data: {
        id: randomUUID().replaceAll("-", ""),
        communeId,
        taskId: i.taskId,
        fileName: attachmentName,
        mimeType: "application/pdf",
        size: PDF.length,
        sha256: sha256(PDF),
        uploadedById: i.officeStaffId,
      },
    });
  }
  // The row comes first: the app removes files that have no row.
  await ensureEvidenceFile(attachment.id);

  // Created again for each world: the matrix's one allowed DELETE removes it.
  const stagedName = "kiem-thu-bo-tep.pdf";
  const staged =
    (await db.stagedUpload.findFirst({ where: { communeId, fileName: stagedName, uploadedById: i.officeStaffId } })) ??
    (await db.stagedUpload.create({
      data: {
        id: randomUUID().replaceAll("-", ""),
        communeId,
        uploadedById: i.officeStaffId,
        fileName: stagedName,
        mimeType: "application/pdf",
        size: PDF.length,
        sha256: sha256(PDF),
      },
    }));
  await ensureEvidenceFile(staged.id);

  const notification =
    (await db.notification.findFirst({ where: { communeId, userId: i.notificationOwnerId, title: MARK } })) ??
    (await db.notification.create({
      data: { communeId, userId: i.notificationOwnerId, kind: "REPORT_REMINDER", title: MARK, body: MARK },
    }));

  return {
    reportDraftId: draft.id,
    reportDraftVersion: draft.version,
    reportFinalId: final.id,
    importDraftId: await importRow("DRAFT"),
    importAppliedId: await importRow("APPLIED"),
    ackDirectiveId: ack.id,
    returnedUpdateId: returned.id,
    attachmentId: attachment.id,
    stagedUploadId: staged.id,
    notificationId: notification.id,
  };
}

/** A reviewed plan draft as the import's review form sends it back (valid for lib/import/schemas.ts). */
export function planDraft(communeName: string) {
  const inName = communeName.charAt(0).toLowerCase() + communeName.slice(1);
  return {
    commune: inName,
    issuer: `UBND ${inName}`,
    title: `Kế hoạch ${MARK}`,
    number: null,
    issuedDate: null,
    parentRefs: [],
    periodStart: null,
    periodEnd: null,
    signerName: null,
    signerTitle: null,
    groups: [{ code: "I", title: MARK }],
    tasks: [
      {
        code: "1",
        group: "I",
        title: `Nhiệm vụ ${MARK}`,
        description: "",
        leadUnits: [OFFICE_UNIT],
        supportUnits: [],
        supportText: null,
        deadline: { kind: "NONE", date: null, text: "" },
        expectedOutput: null,
        sourceLines: [0, 0],
      },
    ],
    indicators: [],
    warnings: [],
  };
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function ensureEvidenceFile(id: string) {
  const dir = path.resolve(process.env.EVIDENCE_DIR ?? ".data/files");
  const file = path.join(dir, id);
  try {
    await stat(file);
  } catch {
    await mkdir(dir, { recursive: true });
    await writeFile(file, PDF, { mode: 0o600 });
  }
}

type TableInfo = { name: string; hasId: boolean; hasCommune: boolean };

async function tables(db: Db): Promise<TableInfo[]> {
  const rows = await db.$queryRaw<{ table_name: string; has_id: boolean; has_commune: boolean }[]>`
    SELECT t.table_name::text AS table_name,
      EXISTS (SELECT 1 FROM information_schema.columns c
              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'id') AS has_id,
      EXISTS (SELECT 1 FROM information_schema.columns c
              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'communeId') AS has_commune
    FROM information_schema.tables t
    WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
    ORDER BY t.table_name`;
  return rows.map((r) => ({ name: r.table_name, hasId: r.has_id, hasCommune: r.has_commune }));
}

/** Ids of every row of the commune (and, for a commune of another province, of that province's units and accounts). */
/** The commune's escalated incident: the seed's (Hải An), or one made here, marked, where the seed has none. */
async function escalatedIncident(db: Db, communeId: string, reporterId: string) {
  const found = await db.incident.findFirst({ where: { communeId, status: "ESCALATED" }, orderBy: { number: "asc" } });
  if (found) return found;
  const last = await db.incident.aggregate({ where: { communeId }, _max: { number: true } });
  const at = new Date();
  return db.incident.create({
    data: {
      communeId,
      number: (last._max.number ?? 0) + 1,
      title: `${MARK} sự cố chuyển cấp trên`,
      severity: "NORMAL",
      startedAt: at,
      reportedAt: at,
      reportedById: reporterId,
      status: "ESCALATED",
      acknowledgedAt: at,
      escalatedAt: at,
      events: { create: { communeId, kind: "ESCALATED", fromStatus: "NEW", toStatus: "ESCALATED", actorId: reporterId, at } },
    },
  });
}

/** The latest day before today on which each of the communes has a start-of-day check. */
async function commonCheckDay(db: Db, communeIds: string[]): Promise<string> {
  const rows = await db.$queryRaw<{ day: Date }[]>`
    SELECT day FROM "DailyCheck"
    WHERE "communeId" = ANY(${communeIds}::text[]) AND day < ${dateFromKey(localDateKey(new Date()))}
    GROUP BY day HAVING count(DISTINCT "communeId") = ${communeIds.length}
    ORDER BY day DESC LIMIT 1`;
  if (!rows[0]) throw new Error("no day with a start-of-day check in every target commune (the demo seed makes 30 days)");
  return dateOnlyKey(rows[0].day);
}

async function tenantIds(db: Db, communeId: string, provinceId: string | null): Promise<Set<string>> {
  const ids = new Set<string>([communeId]);
  for (const t of await tables(db)) {
    if (!t.hasId || !t.hasCommune) continue;
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${t.name}" WHERE "communeId" = $1`, communeId);
    rows.forEach((r) => ids.add(r.id));
  }
  if (provinceId) {
    ids.add(provinceId);
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Unit" WHERE "provinceId" = ${provinceId} UNION SELECT id FROM "User" WHERE "provinceId" = ${provinceId}
      UNION SELECT id FROM "ProvincePlan" WHERE "provinceId" = ${provinceId}
      UNION SELECT id FROM "ProvinceTask" WHERE "provinceId" = ${provinceId}
      UNION SELECT id FROM "ProvinceIndicator" WHERE "provinceId" = ${provinceId}
      UNION SELECT id FROM "ProvincePlanVersion" WHERE "provinceId" = ${provinceId}`;
    rows.forEach((r) => ids.add(r.id));
  }
  return ids;
}

/**
 * Auth bookkeeping written by every login of the other specs (attempts, sessions, last-login times)
 * is left out; everything else counts.
 */
// Sign-in bookkeeping that other specs write as they sign in (attempts, sessions, two-step tickets).
const VOLATILE_TABLES = new Set(["LoginAttempt", "UserSession", "SignInTicket"]);
const VOLATILE_COLUMNS = "- 'updatedAt' - 'lastLoginAt'";

/** Every row of every table: "table<TAB>id" → hash of the row (tables without an id: keyed by the row itself). */
export type Snapshot = Map<string, string>;

export async function snapshot(db: Db): Promise<Snapshot> {
  const parts = (await tables(db))
    .filter((t) => !VOLATILE_TABLES.has(t.name))
    .map((t) =>
      t.hasId
        ? `SELECT '${t.name}' AS t, x.id::text AS k, md5((to_jsonb(x) ${VOLATILE_COLUMNS})::text) AS h FROM "${t.name}" x`
        : `SELECT '${t.name}' AS t, (to_jsonb(x) ${VOLATILE_COLUMNS})::text AS k, '' AS h FROM "${t.name}" x`,
    );
  const rows = await db.$queryRawUnsafe<{ t: string; k: string; h: string }[]>(parts.join(" UNION ALL "));
  return new Map(rows.map((r) => [`${r.t}\t${r.k}`, r.h]));
}

export type RowChange = { table: string; id: string | null; kind: "added" | "changed" | "removed"; json: string };

/** Rows added, changed or removed between two snapshots, with their content now (their key when removed). */
export async function rowChanges(db: Db, before: Snapshot, after: Snapshot): Promise<RowChange[]> {
  const withId = new Set((await tables(db)).filter((t) => t.hasId).map((t) => t.name));
  const changes: RowChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(key) === after.get(key)) continue;
    const [table, k] = key.split("\t", 2) as [string, string];
    const kind = !before.has(key) ? "added" : !after.has(key) ? "removed" : "changed";
    if (!withId.has(table)) {
      changes.push({ table, id: null, kind, json: k });
      continue;
    }
    const [row] =
      kind === "removed"
        ? []
        : await db.$queryRawUnsafe<{ j: string }[]>(`SELECT to_jsonb(x)::text AS j FROM "${table}" x WHERE id = $1`, k);
    changes.push({ table, id: k, kind, json: row?.j ?? k });
  }
  return changes;
}

export function describeChange(c: RowChange): string {
  const commune = /"communeId": "([^"]*)"/.exec(c.json)?.[1];
  return `${c.table} ${c.id ?? ""} ${c.kind}${commune ? ` (xã ${commune})` : ""}: ${c.json.slice(0, 160)}`;
}
