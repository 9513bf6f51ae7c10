// Deadline extension requests (issue 18 §3) on the real database: who may ask and when, the chair's
// three answers, one decision of two sent at once, the status judged against the deadline in force
// and the past periods that still show the old deadline.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { updateCommuneSettings } from "@/lib/communes/settings-commands";
import { addDays, dateFromKey, dateOnlyKey, localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { evidenceDir } from "@/lib/files/storage";
import { compileReport } from "@/lib/reports/compile";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { dueDateAt } from "@/lib/tasks/deadline-history";
import { deadlineStatusOf } from "@/lib/tasks/deadline-status";
import { decideExtension, requestExtension } from "@/lib/tasks/extensions/commands";
import { pendingExtensions, taskExtensions } from "@/lib/tasks/extensions/queries";
import { file, PDF } from "../support/files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let office: Viewer; // Văn phòng HĐND và UBND: the lead unit of the task
let center: Viewer; // Trung tâm PVHCC: not a lead of it
let chair: Viewer;
let viceChair: Viewer; // a second CHAIR account of Hải An (a vice-chair)
let coordinator: Viewer;
let otherOffice: Viewer; // Thạch Khôi's office staff
let taskId: string;
let otherTaskId: string; // a task of Thạch Khôi

const today = localDateKey(new Date());
const DUE = addDays(today, 20);

type Result = ActionResult<Record<string, unknown>>;
const run = (def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<Result>;

const task = () => db.task.findUniqueOrThrow({ where: { id: taskId } });
const ask = (extra: Record<string, unknown> = {}, who = office) =>
  run(requestExtension, who, {
    communeId: haiAn,
    taskId,
    requestedDueDate: addDays(DUE, 30),
    reason: "Chờ thành phố cấp kinh phí mua sắm thiết bị.",
    files: [],
    ...extra,
  });
const decide = (extensionId: string, extra: Record<string, unknown> = {}, who = chair) =>
  run(decideExtension, who, { communeId: haiAn, extensionId, decision: "APPROVE", comment: "", ...extra });
const okId = (res: Result) => {
  if (!res.ok) throw new Error(`expected success, got ${res.code}: ${res.message}`);
  return res.data.extensionId as string;
};

/** The task back to a fixed deadline of DUE, never extended, with no requests. */
async function resetTask(due = DUE) {
  await db.deadlineExtension.deleteMany({ where: { taskId } });
  await db.notification.deleteMany({ where: { topic: `extension:${taskId}` } });
  await db.task.update({
    where: { id: taskId },
    data: {
      deadlineKind: "FIXED",
      dueDate: dateFromKey(due),
      originalDueDate: null,
      extensionCount: 0,
      workStatus: "IN_PROGRESS",
      completedAt: null,
    },
  });
}

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  chair = await viewer(db, "chutich.haian");
  coordinator = await viewer(db, "vhxh.haian");
  otherOffice = await viewer(db, "vanphong.thachkhoi");
  const vice = await db.user.create({
    data: {
      username: "phochutich.haian",
      fullName: "Phó Chủ tịch UBND phường Hải An",
      passwordHash: "x",
      role: "CHAIR",
      provinceId: chair.provinceId,
      communeId: haiAn,
    },
  });
  viceChair = { id: vice.id, role: vice.role, provinceId: vice.provinceId, communeId: vice.communeId, unitId: null };
  // A task the office leads alone, so that the centre is not among its leads.
  const t = await db.task.findFirstOrThrow({
    // In the ward's own plan: the one the demo's pending request is on.
    where: {
      communeId: haiAn,
      provinceTaskId: null,
      units: { some: { unitId: office.unitId!, role: "LEAD" }, none: { unitId: center.unitId! } },
    },
    orderBy: { sortOrder: "asc" },
  });
  taskId = t.id;
  otherTaskId = (
    await db.task.findFirstOrThrow({ where: { communeId: otherOffice.communeId!, units: { some: { unitId: otherOffice.unitId! } } } })
  ).id;
});
beforeEach(() => resetTask());
afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("requesting an extension", () => {
  it("records the request with its evidence, audits it and tells the chairs", async () => {
    const res = await ask({ files: [file(PDF, "cong-van-xin-gia-han.pdf")] });
    const id = okId(res);
    const row = await db.deadlineExtension.findUniqueOrThrow({ where: { id }, include: { attachments: true } });
    expect(row).toMatchObject({ status: "PENDING", unitId: office.unitId, requestedById: office.id, taskId });
    expect(dateOnlyKey(row.currentDueDate)).toBe(DUE);
    expect(dateOnlyKey(row.requestedDueDate)).toBe(addDays(DUE, 30));
    expect(row.attachments.map((a) => [a.fileName, a.taskId])).toEqual([["cong-van-xin-gia-han.pdf", taskId]]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "tasks.requestExtension", entityId: taskId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ extensionId: id, currentDueDate: DUE, requestedDueDate: addDays(DUE, 30) });
    // Both CHAIR accounts hear of it, nobody else.
    const notes = await db.notification.findMany({ where: { topic: `extension:${taskId}` } });
    expect(notes.map((n) => n.userId).sort()).toEqual([chair.id, viceChair.id].sort());
    expect(notes[0]!.href).toBe(`/c/${haiAn}/nhiem-vu/${taskId}`);
    // The deadline does not move on a request.
    expect(dateOnlyKey((await task()).dueDate!)).toBe(DUE);
    expect((await pendingExtensions(haiAn)).map((p) => p.id)).toEqual([id]);
  });

  it("is refused to a unit that does not lead the task, to the chair, and for another commune's task", async () => {
    expect(await ask({}, center)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await ask({}, chair)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await ask({ taskId: otherTaskId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ask({}, otherOffice)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.deadlineExtension.count({ where: { taskId } })).toBe(0);
  });

  it("needs a date deadline, an unfinished task, a later date and a reason", async () => {
    await db.task.update({ where: { id: taskId }, data: { deadlineKind: "RECURRING", dueDate: null } });
    expect(await ask()).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringContaining("thời hạn là một ngày cụ thể") });
    await resetTask();
    await db.task.update({ where: { id: taskId }, data: { workStatus: "DONE", completedAt: new Date() } });
    expect(await ask()).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringContaining("đã hoàn thành") });
    await resetTask();
    const same = await ask({ requestedDueDate: DUE });
    expect(same).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { requestedDueDate: [expect.stringContaining("phải sau thời hạn hiện tại")] },
    });
    expect(await ask({ requestedDueDate: addDays(DUE, -3) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await ask({ reason: "  xin  " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await db.deadlineExtension.count({ where: { taskId } })).toBe(0);
  });

  it("refuses a second request while one is pending, also when both are sent at once", async () => {
    okId(await ask());
    expect(await ask()).toMatchObject({ ok: false, code: "DUPLICATE", message: expect.stringContaining("đang có một đề nghị gia hạn") });
    await resetTask();
    const both = await Promise.all([ask(), ask({ requestedDueDate: addDays(DUE, 10) })]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ code: "DUPLICATE", message: expect.stringContaining("đang có một đề nghị gia hạn") });
    expect(await db.deadlineExtension.count({ where: { taskId, status: "PENDING" } })).toBe(1);
  });

  it("stops at the commune's maximum, which the standing office sets", async () => {
    okId(await decide(okId(await ask())));
    okId(await decide(okId(await ask({ requestedDueDate: addDays(DUE, 60) }))));
    expect(await ask({ requestedDueDate: addDays(DUE, 90) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: expect.stringContaining("đã được gia hạn 2 lần, tối đa 2 lần"),
    });
    expect(await run(updateCommuneSettings, chair, { communeId: haiAn, maxDeadlineExtensions: "3" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await run(updateCommuneSettings, coordinator, { communeId: haiAn, maxDeadlineExtensions: "11" })).toMatchObject({
      code: "VALIDATION",
    });
    expect(await run(updateCommuneSettings, coordinator, { communeId: haiAn, maxDeadlineExtensions: "3" })).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "communes.updateSettings", communeId: haiAn } });
    expect(audit.data).toEqual({ before: { maxDeadlineExtensions: 2 }, after: { maxDeadlineExtensions: 3 } });
    okId(await ask({ requestedDueDate: addDays(DUE, 90) }));
    await run(updateCommuneSettings, coordinator, { communeId: haiAn, maxDeadlineExtensions: "2" });
  });
});

describe("deciding a request", () => {
  it("approves the requested date: the deadline moves, the first one is kept, audited and the unit told", async () => {
    const before = await task();
    const id = okId(await ask());
    const res = await decide(id, { comment: "Đồng ý, đề nghị hoàn thành đúng hạn mới." });
    expect(res).toMatchObject({ ok: true, data: { status: "APPROVED", dueDate: addDays(DUE, 30) } });
    const after = await task();
    expect(dateOnlyKey(after.dueDate!)).toBe(addDays(DUE, 30));
    expect(dateOnlyKey(after.originalDueDate!)).toBe(DUE);
    expect(after.extensionCount).toBe(1);
    expect(after.version).toBe(before.version + 1);
    const row = await db.deadlineExtension.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "APPROVED", decidedById: chair.id, decisionComment: "Đồng ý, đề nghị hoàn thành đúng hạn mới." });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "tasks.decideExtension", entityId: taskId, data: { path: ["extensionId"], equals: id } },
    });
    expect(audit).toMatchObject({ entityType: "Task", actorId: chair.id });
    expect(audit.data).toMatchObject({
      extensionId: id,
      decision: "APPROVE",
      before: { dueDate: DUE },
      after: { dueDate: addDays(DUE, 30) },
    });
    const toUnit = await db.notification.findMany({ where: { userId: office.id, topic: `extension:${taskId}` } });
    expect(toUnit.map((n) => n.title)).toEqual([expect.stringContaining("được gia hạn đến")]);
    expect(await db.notification.count({ where: { userId: center.id, topic: `extension:${taskId}` } })).toBe(0);

    // A second extension keeps the very first deadline as the original one.
    const second = okId(await ask({ requestedDueDate: addDays(DUE, 50) }));
    okId(await decide(second, { decision: "APPROVE_OTHER", approvedDueDate: addDays(DUE, 40) }));
    const twice = await task();
    expect([dateOnlyKey(twice.dueDate!), dateOnlyKey(twice.originalDueDate!), twice.extensionCount]).toEqual([addDays(DUE, 40), DUE, 2]);
    const history = await taskExtensions(haiAn, taskId);
    expect(history.requests.map((r) => [r.status, r.approvedDueDate])).toEqual([
      ["APPROVED", addDays(DUE, 40)],
      ["APPROVED", addDays(DUE, 30)],
    ]);
    expect([history.used, history.max]).toEqual([2, 2]);
  });

  it("approves another date only after the current deadline", async () => {
    const id = okId(await ask());
    expect(await decide(id, { decision: "APPROVE_OTHER", approvedDueDate: "" })).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { approvedDueDate: [expect.any(String)] },
    });
    expect(await decide(id, { decision: "APPROVE_OTHER", approvedDueDate: DUE })).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { approvedDueDate: [expect.stringContaining("phải sau thời hạn hiện tại")] },
    });
    expect(await decide(id, { decision: "APPROVE_OTHER", approvedDueDate: addDays(DUE, 7) })).toMatchObject({ ok: true });
    expect(dateOnlyKey((await task()).dueDate!)).toBe(addDays(DUE, 7));
  });

  it("refuses with a comment (required); the deadline stays and the unit is told why", async () => {
    const id = okId(await ask());
    expect(await decide(id, { decision: "REFUSE", comment: "" })).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { comment: [expect.any(String)] },
    });
    expect(await decide(id, { decision: "REFUSE", comment: "Đề nghị tập trung hoàn thành đúng hạn." })).toMatchObject({
      ok: true,
      data: { status: "REFUSED" },
    });
    const t = await task();
    expect([dateOnlyKey(t.dueDate!), t.originalDueDate, t.extensionCount]).toEqual([DUE, null, 0]);
    const note = await db.notification.findFirstOrThrow({
      where: { userId: office.id, topic: `extension:${taskId}` },
      orderBy: { createdAt: "desc" },
    });
    expect(note.body).toContain("Đề nghị tập trung hoàn thành đúng hạn.");
    // Refused: a new request may follow.
    okId(await ask());
  });

  it("is the chair's: the standing office, the unit and another commune's chair may not", async () => {
    const id = okId(await ask());
    expect(await decide(id, {}, coordinator)).toMatchObject({ code: "FORBIDDEN" });
    expect(await decide(id, {}, office)).toMatchObject({ code: "FORBIDDEN" });
    const otherChair = await viewer(db, "chutich.thachkhoi");
    expect(await run(decideExtension, otherChair, { communeId: otherChair.communeId, extensionId: id, decision: "APPROVE" })).toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    expect((await db.deadlineExtension.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("takes one decision of two sent at once; the other is told who decided and when", async () => {
    for (let round = 0; round < 3; round++) {
      await resetTask();
      const id = okId(await ask());
      const [a, b] = await Promise.all([
        decide(id, { decision: "APPROVE" }, chair),
        decide(id, { decision: "REFUSE", comment: "Không đồng ý gia hạn." }, viceChair),
      ]);
      expect([a, b].filter((r) => r.ok)).toHaveLength(1);
      const lost = [a, b].find((r) => !r.ok)!;
      const row = await db.deadlineExtension.findUniqueOrThrow({ where: { id }, include: { decidedBy: true } });
      expect(lost).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`đã được ${row.decidedBy!.fullName} xử lý lúc`) });
      const t = await task();
      expect(t.extensionCount).toBe(row.status === "APPROVED" ? 1 : 0);
      expect(await db.auditLog.count({ where: { action: "tasks.decideExtension", data: { path: ["extensionId"], equals: id } } })).toBe(1);
    }
  });
});

describe("the deadline in force", () => {
  it("judges completion against the extended deadline", async () => {
    // Due 20 days ago, extended to 5 days ago.
    await resetTask(addDays(today, -20));
    okId(await decide(okId(await ask({ requestedDueDate: addDays(today, -5) }))));
    const complete = async (day: string) => {
      const t = await task();
      const res = await run(submitTaskUpdate, office, {
        communeId: haiAn,
        taskId,
        version: String(t.version),
        workStatus: "DONE",
        progress: "100",
        result: "Đã hoàn thành.",
        completedDate: day,
        files: [],
      });
      expect(res).toMatchObject({ ok: true });
      return deadlineStatusOf(await task(), new Date());
    };
    expect(await complete(addDays(today, -10))).toBe("DONE_ON_TIME"); // after the original date, by the extended one
    expect(await complete(addDays(today, -2))).toBe("DONE_LATE"); // after the extended one
    // Done: no further extension.
    expect(await ask({ requestedDueDate: addDays(today, 10) })).toMatchObject({ code: "VALIDATION" });
  });

  it("keeps the old deadline in past periods and states the extension in reports", async () => {
    const id = okId(await ask());
    const beforeDecision = new Date();
    okId(await decide(id));
    const dueThen = async (at: Date) =>
      (await db.$queryRaw<{ d: Date }[]>`SELECT ${dueDateAt(at)} AS d FROM "Task" t WHERE t.id = ${taskId}`)[0]!.d;
    expect(dateOnlyKey(await dueThen(new Date(beforeDecision.getTime() - 86_400_000)))).toBe(DUE);
    expect(dateOnlyKey(await dueThen(new Date(Date.now() + 1000)))).toBe(addDays(DUE, 30));

    const t = await task();
    const period = reportPeriodContaining(today, "MONTH");
    const report = await db.$transaction((tx) => compileReport(tx, haiAn, t.planId, period, new Date()));
    const row = report.data.tasks.find((r) => r.code === t.code)!;
    const fmt = (k: string) => k.split("-").reverse().join("/");
    expect(row.deadline).toBe(`${fmt(addDays(DUE, 30))} (đã được gia hạn từ ${fmt(DUE)})`);
  });
});
