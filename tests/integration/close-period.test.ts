// Closing a period in one sitting (issue 18 §2) on the real database: one submit writes an update
// per open item ("không thay đổi" rows keep the previous state) and the confirmation in one
// transaction; a stale item, an item the form missed, or a unit with an account reported "thay"
// writes nothing at all; a group task counts by the unit's own part.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { localDateKey } from "@/lib/dates";
import { openItems, type OpenItem } from "@/lib/reports/close-period";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { submissionStatus } from "@/lib/reports/queries";
import { closePeriod, confirmReported } from "@/lib/reports/submission-commands";
import { writeAssignment } from "@/lib/tasks/assignment";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
const period = reportPeriodContaining(localDateKey(new Date()), "MONTH");
let communeId: string;
let planId: string;
let office: Viewer; // Văn phòng HĐND và UBND (unit staff)
let center: Viewer; // Trung tâm Phục vụ hành chính công (unit staff)
let coordinator: Viewer; // Phòng Văn hóa - Xã hội, the standing office
let spareUnit: string; // Trung tâm Sự nghiệp công: no account
let groupTask: string; // led by a group of the office, the centre and Phòng VH-XH

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

type Closed = { periodLabel: string; updates: number; unchanged: number; onBehalf: boolean };
const close = (user: Viewer, items: unknown[], unitId = "") =>
  run<Closed>(closePeriod, user, { communeId, planId, periodKey: period.key, unitId, items: JSON.stringify(items) });

const itemsOf = (unitId: string) => openItems(db, communeId, planId, period, [unitId]);
const pendingOf = async (unitId: string) => (await itemsOf(unitId)).filter((i) => !i.updatedAt);
const unchangedRow = (i: OpenItem, note = "") => ({ taskId: i.taskId, version: i.version, mode: "unchanged", note });

/** Rows of every table a close writes to: all must stay equal after a refusal. */
async function counts() {
  const [updates, submissions, audit, parts] = await Promise.all([
    db.taskUpdate.count(),
    db.reportSubmission.count(),
    db.auditLog.count(),
    db.taskPart.findMany({ select: { version: true }, orderBy: { id: "asc" } }),
  ]);
  const tasks = await db.task.findMany({ where: { planId }, select: { version: true }, orderBy: { id: "asc" } });
  return { updates, submissions, audit, parts, tasks };
}

beforeAll(async () => {
  await freshDemo(db);
  communeId = (await communeByName(db, "Phường Hải An")).id;
  planId = (await db.plan.findFirstOrThrow({ where: { communeId, sourceFile: { not: null } } })).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  coordinator = await viewer(db, "vhxh.haian");
  spareUnit = (await db.unit.findFirstOrThrow({ where: { communeId, name: "Trung tâm Sự nghiệp công" } })).id;
  // Fresh period: no unit has reported on anything since it began.
  await db.taskUpdate.deleteMany({ where: { communeId, createdAt: { gte: new Date(`${period.start}T00:00:00+07:00`) } } });
  await db.reportSubmission.deleteMany({ where: { communeId } });

  const group = await db.unitGroup.create({
    data: {
      communeId,
      name: "Các đơn vị quản lý nền tảng số (thử)",
      kind: "CUSTOM",
      members: {
        create: [office.unitId!, center.unitId!, coordinator.unitId!].map((unitId) => ({ communeId, unitId })),
      },
    },
  });
  const task = await db.task.create({
    data: { communeId, planId, code: "9.9", title: "Vận hành các nền tảng số dùng chung", deadlineKind: "RECURRING", sortOrder: 9999 },
  });
  groupTask = task.id;
  await db.$transaction((tx) =>
    writeAssignment(tx, task, { lead: { unitIds: [], groupIds: [group.id] }, support: { unitIds: [], groupIds: [] } }),
  );
});
afterAll(async () => {
  await db.$disconnect();
});

describe("a group member's own part", () => {
  it("is an open item of each member; a member's report does not count for another; a part 'không phát sinh' is not open", async () => {
    const part = (await itemsOf(office.unitId!)).find((i) => i.taskId === groupTask);
    expect(part).toMatchObject({ part: true, updatedAt: null, workStatus: "NOT_STARTED" });
    // The centre reports its part: the office's part is still not reported.
    const centre = (await itemsOf(center.unitId!)).find((i) => i.taskId === groupTask)!;
    const res = await run(submitTaskUpdate, center, {
      communeId,
      taskId: groupTask,
      version: centre.version,
      workStatus: "IN_PROGRESS",
      progress: "40",
      result: "Đã rà soát tài khoản quản trị",
    });
    expect(res.ok).toBe(true);
    expect((await itemsOf(center.unitId!)).find((i) => i.taskId === groupTask)?.updatedAt).not.toBeNull();
    expect((await itemsOf(office.unitId!)).find((i) => i.taskId === groupTask)?.updatedAt).toBeNull();
    // Phòng VH-XH's part does not concern it.
    await db.taskPart.updateMany({
      where: { taskId: groupTask, unitId: coordinator.unitId! },
      data: { notApplicableReason: "Phòng không quản lý nền tảng nào", notApplicableAt: new Date() },
    });
    expect((await itemsOf(coordinator.unitId!)).some((i) => i.taskId === groupTask)).toBe(false);
    // The submission table counts by the same rule.
    const rows = await submissionStatus(communeId, planId, period);
    const officeRow = rows.find((r) => r.unitId === office.unitId)!;
    expect(officeRow.open).toBe((await itemsOf(office.unitId!)).length);
    expect(officeRow.updated).toBe(0);
  });

  it("keeps confirmReported refusing while the office's part has no report of its own", async () => {
    const res = await run(confirmReported, office, { communeId, planId, periodKey: period.key });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toContain("9.9");
  });
});

describe("refusals write nothing", () => {
  it("a conflict on the 3rd item: the whole submit is refused, naming the task, and no row is written", async () => {
    const pending = await pendingOf(office.unitId!);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    const third = pending[2]!;
    // Someone else wrote the third task (or part) after the form was opened.
    if (third.part)
      await db.taskPart.updateMany({ where: { taskId: third.taskId, unitId: office.unitId! }, data: { version: { increment: 1 } } });
    else await db.task.update({ where: { id: third.taskId }, data: { version: { increment: 1 } } });
    const before = await counts();
    const res = await close(office, [
      {
        taskId: pending[0]!.taskId,
        version: pending[0]!.version,
        mode: "update",
        workStatus: "IN_PROGRESS",
        progress: "70",
        result: "Đã làm",
      },
      ...pending.slice(1).map((i) => unchangedRow(i)),
    ]);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("CONFLICT");
    expect(res.message).toContain(`Nhiệm vụ ${third.code} “${third.title}”`);
    expect(res.details).toMatchObject({ taskId: third.taskId, version: third.version + 1 });
    expect(await counts()).toEqual(before);
  });

  it("an open item the form did not cover (assigned meanwhile) is refused with its code", async () => {
    const pending = await pendingOf(office.unitId!);
    const before = await counts();
    const res = await close(
      office,
      pending.slice(1).map((i) => unchangedRow(i)),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("VALIDATION");
    expect(res.message).toContain(pending[0]!.code);
    expect(res.details).toMatchObject({ missing: [pending[0]!.code] });
    expect(await counts()).toEqual(before);
  });

  it("a row that breaks the task form's rules is refused by the schema", async () => {
    const pending = await pendingOf(office.unitId!);
    const res = await close(office, [
      { taskId: pending[0]!.taskId, version: pending[0]!.version, mode: "update", workStatus: "DONE", progress: "100", result: "Xong" },
      ...pending.slice(1).map((i) => unchangedRow(i)),
    ]);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.code).toBe("VALIDATION");
  });
});

describe("one submit", () => {
  it("writes one update per open item (unchanged ones flagged, keeping the previous state) and the confirmation", async () => {
    const pending = await pendingOf(office.unitId!);
    const before = await counts();
    const [real, ...rest] = pending;
    const res = await close(office, [
      {
        taskId: real!.taskId,
        version: real!.version,
        mode: "update",
        workStatus: "IN_PROGRESS",
        progress: "65",
        result: "Đã số hóa 65% hồ sơ",
      },
      ...rest.map((i, n) => unchangedRow(i, n === 0 ? "Chờ kinh phí" : "")),
    ]);
    expect(res).toMatchObject({ ok: true, data: { updates: pending.length, unchanged: rest.length, onBehalf: false } });
    const after = await counts();
    expect(after.updates - before.updates).toBe(pending.length);
    expect(after.submissions - before.submissions).toBe(1);

    const written = await db.taskUpdate.findMany({
      where: {
        taskId: { in: pending.map((i) => i.taskId) },
        unitId: office.unitId!,
        createdAt: { gte: new Date(`${period.start}T00:00:00+07:00`) },
      },
    });
    expect(written).toHaveLength(pending.length);
    for (const item of rest) {
      const u = written.find((w) => w.taskId === item.taskId)!;
      expect(u).toMatchObject({
        unchanged: true,
        onBehalf: false,
        authorId: office.id,
        workStatus: item.workStatus,
        progress: item.progress,
      });
    }
    expect(written.find((w) => w.taskId === rest[0]!.taskId)?.result).toBe("Không thay đổi so với kỳ trước. Chờ kinh phí");
    expect(written.find((w) => w.taskId === rest[1]!.taskId)?.result).toBe("Không thay đổi so với kỳ trước.");
    expect(written.find((w) => w.taskId === real!.taskId)).toMatchObject({ unchanged: false, progress: 65 });
    // The group task's part got the report; the task is the aggregate of the parts.
    const part = await db.taskPart.findFirstOrThrow({ where: { taskId: groupTask, unitId: office.unitId! } });
    expect(part.lastUpdateAt).not.toBeNull();
    expect((await pendingOf(office.unitId!)).length).toBe(0);
    const submission = await db.reportSubmission.findFirstOrThrow({ where: { planId, periodKey: period.key, unitId: office.unitId! } });
    expect(submission).toMatchObject({ confirmedById: office.id, onBehalf: false });
  });

  it("a second submit of the same period is a duplicate, with the time of the first", async () => {
    const res = await close(office, []);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe("DUPLICATE");
      expect(res.message).toMatch(/đã xác nhận báo cáo .* lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/u);
    }
  });
});

describe("báo cáo thay", () => {
  it("is refused for a unit with an active account, and to a unit's own staff for another unit", async () => {
    const before = await counts();
    const items = (await pendingOf(center.unitId!)).map((i) => unchangedRow(i));
    const asOffice = await close(coordinator, items, center.unitId!);
    expect(asOffice).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!asOffice.ok) expect(asOffice.message).toContain("có tài khoản đang hoạt động");
    const asStaff = await close(
      center,
      (await pendingOf(spareUnit)).map((i) => unchangedRow(i)),
      spareUnit,
    );
    expect(asStaff).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });

  it("lets the standing office close the period of a unit without an account, attributed to the office", async () => {
    const pending = await pendingOf(spareUnit);
    expect(pending.length).toBeGreaterThan(0);
    // The demo seed has on-behalf reports of its own (members of a group task without an account).
    const started = new Date();
    const res = await close(
      coordinator,
      pending.map((i) => unchangedRow(i)),
      spareUnit,
    );
    expect(res).toMatchObject({ ok: true, data: { onBehalf: true, updates: pending.length } });
    const updates = await db.taskUpdate.findMany({ where: { unitId: spareUnit, onBehalf: true, createdAt: { gte: started } } });
    expect(updates).toHaveLength(pending.length);
    for (const u of updates) expect(u).toMatchObject({ authorId: coordinator.id, unchanged: true });
    const submission = await db.reportSubmission.findFirstOrThrow({ where: { planId, periodKey: period.key, unitId: spareUnit } });
    expect(submission).toMatchObject({ onBehalf: true, confirmedById: coordinator.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "reports.closePeriod", entityId: submission.id } });
    expect(audit.actorId).toBe(coordinator.id);
    expect(audit.data).toMatchObject({ unitId: spareUnit, onBehalfOfUnitId: spareUnit });
    const perTask = await db.auditLog.findMany({
      where: { action: "tasks.submitUpdate", actorId: coordinator.id, createdAt: { gte: started } },
    });
    expect(perTask.length).toBe(pending.length);
    for (const a of perTask) expect(a.data).toMatchObject({ onBehalfOfUnitId: spareUnit, unchanged: true });
  });

  it("is refused once the unit gets an active account", async () => {
    await db.reportSubmission.deleteMany({ where: { unitId: spareUnit } });
    const staff = await db.user.create({
      data: { username: "snc.haian.test", fullName: "Cán bộ TT SNC", passwordHash: "x", role: "UNIT_STAFF", communeId, unitId: spareUnit },
    });
    const res = await close(coordinator, [], spareUnit);
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await db.user.update({ where: { id: staff.id }, data: { active: false } });
    const again = await close(coordinator, [], spareUnit);
    expect(again.ok).toBe(true);
  });
});
