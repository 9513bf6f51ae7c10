// "Phần việc của đơn vị" on the real database: a task led by the ward's offices' group, each member
// reporting its own part through the same action as any progress report, the task's overall state
// the aggregate of the parts, "không phát sinh" and its reversal, races and tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import { getTaskDetail } from "@/lib/tasks/detail";
import { listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";
import { writeAssignment } from "@/lib/tasks/assignment";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { markPartNotApplicable, reopenPart } from "@/lib/tasks/part-commands";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let offices: string; // the built-in group "Các phòng chuyên môn thuộc UBND phường"
let office: Viewer; // Văn phòng HĐND và UBND, a member
let culture: Viewer; // Phòng Văn hóa - Xã hội, a member (an account made here)
let economy: Viewer; // Phòng Kinh tế, Hạ tầng và Đô thị, a member (an account made here)
let center: Viewer; // Trung tâm PVHCC: a centre, not a member of the offices' group
let coordinator: Viewer;
let foreignCoordinator: Viewer; // Thạch Khôi
let foreignStaff: Viewer;
/** Tasks led by the service centre alone in the seed: each test makes one of them a group task. */
let spareTasks: string[];

async function staffOf(unitName: string): Promise<Viewer> {
  const unit = await db.unit.findFirstOrThrow({ where: { communeId: haiAn, name: unitName } });
  const u = await db.user.create({
    data: {
      username: `canbo.${createId().slice(-8)}`,
      fullName: `Cán bộ ${unitName}`,
      role: "UNIT_STAFF",
      passwordHash: "x",
      communeId: haiAn,
      provinceId: unit.provinceId,
      unitId: unit.id,
    },
  });
  return { id: u.id, role: u.role, provinceId: u.provinceId, communeId: u.communeId, unitId: u.unitId };
}

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  offices = (await db.unitGroup.findFirstOrThrow({ where: { communeId: haiAn, kind: "OFFICES" } })).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  coordinator = await viewer(db, "vhxh.haian");
  foreignCoordinator = await viewer(db, "vhxh.thachkhoi");
  foreignStaff = await viewer(db, "vanphong.thachkhoi");
  culture = await staffOf("Phòng Văn hóa - Xã hội");
  economy = await staffOf("Phòng Kinh tế, Hạ tầng và Đô thị");
  const tasks = await db.task.findMany({
    where: { communeId: haiAn, parts: { none: {} }, units: { every: { unitId: center.unitId!, role: "LEAD" } } },
    orderBy: { sortOrder: "asc" },
  });
  spareTasks = tasks.map((t) => t.id);
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

const run = <T = { version: number }>(def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

/** A task of Hải An, from now on led by the offices' group alone: three parts, none started. */
async function groupTask(): Promise<string> {
  const id = spareTasks.shift();
  if (!id) throw new Error("no spare task left");
  await db.$transaction((tx) =>
    writeAssignment(tx, { id, communeId: haiAn }, { lead: { unitIds: [], groupIds: [offices] }, support: { unitIds: [], groupIds: [] } }),
  );
  return id;
}

const partOf = (taskId: string, who: Viewer) =>
  db.taskPart.findUniqueOrThrow({ where: { taskId_unitId: { taskId, unitId: who.unitId! } } });
const task = (taskId: string) => db.task.findUniqueOrThrow({ where: { id: taskId } });

async function report(taskId: string, who: Viewer, status: "IN_PROGRESS" | "DONE", progress: number, version?: number) {
  return run<{ version: number; progress: number }>(submitTaskUpdate, who, {
    communeId: haiAn,
    taskId,
    version: version ?? (await partOf(taskId, who)).version,
    workStatus: status,
    progress: String(progress),
    result: `Phần việc của đơn vị: ${progress}%`,
    completedDate: status === "DONE" ? "2026-01-05" : "",
    files: [],
  });
}

async function markNA(taskId: string, who: Viewer, reason = "Nhiệm vụ không liên quan đến lĩnh vực đơn vị quản lý.") {
  return run(markPartNotApplicable, who, { communeId: haiAn, taskId, version: (await partOf(taskId, who)).version, reason });
}

/** Everything a refused write could have touched. */
async function snapshot(taskId: string) {
  const [t, parts, updates, audits] = await Promise.all([
    task(taskId),
    db.taskPart.findMany({ where: { taskId }, orderBy: { unitId: "asc" } }),
    db.taskUpdate.count({ where: { taskId } }),
    db.auditLog.count({ where: { entityId: taskId } }),
  ]);
  return { t, parts, updates, audits };
}

describe("the task is the aggregate of its parts", () => {
  it("a member's report changes only its own part; progress is the mean; done only when every part is done", async () => {
    const id = await groupTask();
    expect(await db.taskPart.count({ where: { taskId: id } })).toBe(3);
    const first = await report(id, office, "IN_PROGRESS", 60);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await partOf(id, office)).toMatchObject({ workStatus: "IN_PROGRESS", progress: 60, version: 1 });
    expect(await partOf(id, culture)).toMatchObject({ workStatus: "NOT_STARTED", progress: 0, version: 0, lastUpdateAt: null });
    expect(await task(id)).toMatchObject({ workStatus: "IN_PROGRESS", progress: 20 });
    const update = await db.taskUpdate.findFirstOrThrow({ where: { taskId: id }, orderBy: { createdAt: "desc" } });
    expect(update).toMatchObject({ unitId: office.unitId, authorId: office.id, progress: 60 });

    expect(await report(id, office, "DONE", 100)).toMatchObject({ ok: true });
    expect(await report(id, culture, "DONE", 100)).toMatchObject({ ok: true });
    expect(await task(id)).toMatchObject({ workStatus: "IN_PROGRESS", progress: 67, completedAt: null });
    expect(await report(id, economy, "DONE", 100)).toMatchObject({ ok: true });
    const done = await task(id);
    expect(done).toMatchObject({ workStatus: "DONE", progress: 100 });
    expect(done.completedAt).not.toBeNull();
  });

  it("a part that does not apply is left out of the mean and of 'done'", async () => {
    const id = await groupTask();
    await report(id, office, "IN_PROGRESS", 30);
    expect(await markNA(id, culture)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await task(id)).toMatchObject({ progress: 15 }); // (30 + 0) / 2
    await report(id, office, "DONE", 100);
    await report(id, economy, "DONE", 100);
    expect(await task(id)).toMatchObject({ workStatus: "DONE", progress: 100 });
  });
});

describe("who may report a part", () => {
  it("a unit outside the group is refused and nothing is written", async () => {
    const id = await groupTask();
    const before = await snapshot(id);
    const res = await run(submitTaskUpdate, center, {
      communeId: haiAn,
      taskId: id,
      version: 0,
      workStatus: "IN_PROGRESS",
      progress: "50",
      result: "Báo cáo của đơn vị không thuộc nhóm",
      files: [],
    });
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const na = await run(markPartNotApplicable, center, {
      communeId: haiAn,
      taskId: id,
      version: 0,
      reason: "Không thuộc lĩnh vực đơn vị.",
    });
    expect(na).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot(id)).toEqual(before);
  });

  it("two members reporting at once: both parts are written and the task counts both", async () => {
    const id = await groupTask();
    const updates = await db.taskUpdate.count({ where: { taskId: id } });
    const [a, b] = await Promise.all([report(id, office, "IN_PROGRESS", 40, 0), report(id, economy, "IN_PROGRESS", 80, 0)]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true });
    expect(await partOf(id, office)).toMatchObject({ progress: 40, version: 1 });
    expect(await partOf(id, economy)).toMatchObject({ progress: 80, version: 1 });
    expect(await task(id)).toMatchObject({ workStatus: "IN_PROGRESS", progress: 40 }); // (40 + 80 + 0) / 3
    expect(await db.taskUpdate.count({ where: { taskId: id } })).toBe(updates + 2);
  });

  it("a stale part version is a conflict that shows the part now and writes nothing", async () => {
    const id = await groupTask();
    await report(id, office, "IN_PROGRESS", 50);
    const before = await snapshot(id);
    const res = await report(id, office, "IN_PROGRESS", 20, 0);
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      details: { part: true, version: 1, workStatus: "IN_PROGRESS", progress: 50, lastResult: "Phần việc của đơn vị: 50%" },
    });
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("không phát sinh", () => {
  it("needs a reason, can be reversed by the standing office only, and the last part cannot go", async () => {
    const id = await groupTask();
    const short = await run(markPartNotApplicable, culture, { communeId: haiAn, taskId: id, version: 0, reason: "không" });
    expect(short).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: [expect.stringMatching(/ít nhất 10 ký tự/)] } });

    expect(await markNA(id, culture)).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "tasks.markPartNotApplicable" } });
    expect(audit.data).toMatchObject({ partUnitId: culture.unitId, reason: expect.stringContaining("không liên quan") });
    // A report on a part marked so is refused until it is reopened.
    expect(await report(id, culture, "IN_PROGRESS", 10)).toMatchObject({ ok: false, code: "VALIDATION" });

    expect(await markNA(id, economy)).toMatchObject({ ok: true });
    const before = await snapshot(id);
    const last = await markNA(id, office);
    expect(last).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!last.ok && last.message).toMatch(/phải còn ít nhất một đơn vị thực hiện.*điều chỉnh đơn vị chủ trì/);
    expect(await snapshot(id)).toEqual(before);

    const reopen = { communeId: haiAn, taskId: id, unitId: culture.unitId };
    expect(await run(reopenPart, office, { ...reopen, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(reopenPart, coordinator, { ...reopen, version: 0 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await snapshot(id)).toEqual(before);
    expect(await run(reopenPart, coordinator, { ...reopen, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await partOf(id, culture)).toMatchObject({ notApplicableReason: null, notApplicableAt: null, version: 2 });
    expect(await db.auditLog.count({ where: { entityId: id, action: "tasks.reopenPart", actorId: coordinator.id } })).toBe(1);
    expect(await report(id, culture, "DONE", 100)).toMatchObject({ ok: true });
    expect(await task(id)).toMatchObject({ progress: 50 }); // office 0, culture 100; economy does not apply
  });

  it("two members marking the last two parts at once: one of them must stay", async () => {
    const id = await groupTask();
    await markNA(id, culture);
    const [a, b] = await Promise.all([
      run(markPartNotApplicable, office, { communeId: haiAn, taskId: id, version: 0, reason: "Đơn vị không có dữ liệu chuyên ngành." }),
      run(markPartNotApplicable, economy, { communeId: haiAn, taskId: id, version: 0, reason: "Đơn vị không có dữ liệu chuyên ngành." }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await db.taskPart.count({ where: { taskId: id, notApplicableReason: null } })).toBe(1);
  });

  it("on a task without parts it is refused", async () => {
    const own = await db.task.findFirstOrThrow({
      where: { communeId: haiAn, parts: { none: {} }, units: { some: { unitId: office.unitId!, role: "LEAD" } } },
    });
    const res = await run(markPartNotApplicable, office, {
      communeId: haiAn,
      taskId: own.id,
      version: 0,
      reason: "Không liên quan đến đơn vị.",
    });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("what the task page and the lists show", () => {
  it("each member's part, the unit's own part in its list, 'không phát sinh' flagged, and the history says whose part", async () => {
    const id = await groupTask();
    await report(id, office, "IN_PROGRESS", 60);
    await markNA(id, culture);
    const detail = (await getTaskDetail(haiAn, id))!;
    expect(detail.task.leadLabel).toBe("Các phòng chuyên môn thuộc UBND phường");
    const byUnit = new Map(detail.parts.map((p) => [p.unitName, p]));
    expect(byUnit.get("Văn phòng HĐND và UBND")).toMatchObject({ workStatus: "IN_PROGRESS", progress: 60, notApplicable: null });
    expect(byUnit.get("Phòng Văn hóa - Xã hội")).toMatchObject({
      status: null,
      notApplicable: { by: "Cán bộ Phòng Văn hóa - Xã hội", reason: expect.stringContaining("không liên quan") },
    });
    expect(byUnit.get("Phòng Kinh tế, Hạ tầng và Đô thị")).toMatchObject({ status: expect.any(String), lastUpdateAt: null });
    const events = detail.timeline.map((e) => (e.type === "edit" ? e.edit.title : e.type === "update" ? e.update.unit?.name : e.type));
    expect(events.slice(0, 2)).toEqual(["Phần việc của Phòng Văn hóa - Xã hội: không phát sinh", "Văn phòng HĐND và UBND"]);

    const mine = (await listUnitTasks(haiAn, office.unitId!)).find((t) => t.id === id)!;
    expect(mine).toMatchObject({
      role: "LEAD",
      progress: 30,
      part: { workStatus: "IN_PROGRESS", progress: 60, notApplicableReason: null },
    });
    const all = (await listCommuneTasks(haiAn)).find((t) => t.id === id)!;
    expect(all.notApplicable).toEqual(["Phòng Văn hóa - Xã hội"]);
    expect(all.leadLabel).toBe("Các phòng chuyên môn thuộc UBND phường");
  });
});

describe("tenant", () => {
  it("another commune's people get 'not found', whichever commune they name", async () => {
    const id = await groupTask();
    await markNA(id, culture);
    const before = await snapshot(id);
    const reopen = { taskId: id, unitId: culture.unitId, version: 1 };
    expect(await run(reopenPart, foreignCoordinator, { ...reopen, communeId: haiAn })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(reopenPart, foreignCoordinator, { ...reopen, communeId: foreignCoordinator.communeId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const mark = { taskId: id, version: 0, reason: "Không liên quan đến đơn vị." };
    expect(await run(markPartNotApplicable, foreignStaff, { ...mark, communeId: foreignStaff.communeId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await run(markPartNotApplicable, foreignStaff, { ...mark, communeId: haiAn })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot(id)).toEqual(before);
  });
});
