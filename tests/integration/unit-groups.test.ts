// Unit groups on the real database: built-in groups follow the units (and the tasks naming them
// follow the groups, parts and aggregate included), the standing office's own groups (create,
// update, delete, validation, optimistic version, tenant), and a task edit naming groups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnit, updateUnit } from "@/lib/admin/commands";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { describeAudit } from "@/lib/audit/format";
import { listAudit } from "@/lib/audit/queries";
import { editTask } from "@/lib/tasks/commands";
import { getTaskAssignment } from "@/lib/tasks/detail";
import { createUnitGroup, deleteUnitGroup, updateUnitGroup } from "@/lib/unit-groups/commands";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;
let coordinator: Viewer;
let otherCoordinator: Viewer;
let staff: Viewer;
let offices: string; // built-in OFFICES of Hải An
let committee: string; // built-in COMMITTEE_UNITS of Hải An
const unit: Record<string, string> = {};

const run = <T = { id: string; version?: number }>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

const data = <T>(res: ActionResult<T>): T => {
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return res.data;
};

async function builtin(communeId: string, kind: "OFFICES" | "COMMITTEE_UNITS") {
  return (await db.unitGroup.findFirstOrThrow({ where: { communeId, kind } })).id;
}

const membersOf = async (groupId: string) =>
  (await db.unitGroupMember.findMany({ where: { groupId }, select: { unitId: true } })).map((m) => m.unitId).sort();

const rowsOf = (taskId: string) => db.taskUnit.findMany({ where: { taskId }, orderBy: [{ role: "asc" }, { unitId: "asc" }] });
const partUnits = async (taskId: string) =>
  (await db.taskPart.findMany({ where: { taskId }, select: { unitId: true } })).map((p) => p.unitId).sort();

/** A task of Hải An not yet touched by these tests. */
let taskCursor = 0;
async function freshTask() {
  // The ward's own tasks: a mandated one (the demo's province plan) keeps the province's wording and deadline.
  const tasks = await db.task.findMany({
    where: { communeId: haiAn, provinceTaskId: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  const t = tasks[taskCursor++];
  if (!t) throw new Error("out of demo tasks");
  return t.id;
}

/** Sets a task's sides through the real edit action. */
async function assign(
  taskId: string,
  lead: { unitIds?: string[]; groupIds?: string[] },
  support: { unitIds?: string[]; groupIds?: string[] } = {},
) {
  const t = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  return run<{ version: number }>(editTask, coordinator, {
    communeId: haiAn,
    taskId,
    version: String(t.version),
    title: t.title,
    deadlineKind: "NONE",
    leadUnitIds: lead.unitIds ?? [],
    leadGroupIds: lead.groupIds ?? [],
    supportUnitIds: support.unitIds ?? [],
    supportGroupIds: support.groupIds ?? [],
    reason: "Giao cho nhóm đơn vị",
  });
}

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  coordinator = await viewer(db, "vhxh.haian");
  otherCoordinator = await viewer(db, "vhxh.thachkhoi");
  staff = await viewer(db, "vanphong.haian");
  offices = await builtin(haiAn, "OFFICES");
  committee = await builtin(haiAn, "COMMITTEE_UNITS");
  for (const u of await db.unit.findMany({ where: { communeId: haiAn } })) unit[u.name] = u.id;
});
afterAll(() => db.$disconnect());

describe("built-in groups follow the commune's units", () => {
  it("a new office joins OFFICES and COMMITTEE_UNITS, and a task led by OFFICES gets it as a lead with its own part", async () => {
    const taskId = await freshTask();
    expect((await assign(taskId, { groupIds: [offices] })).ok).toBe(true);
    const officesBefore = await membersOf(offices);
    expect(await partUnits(taskId)).toEqual(officesBefore);

    const { id } = data(await run(createUnit, coordinator, { communeId: haiAn, name: "Phòng Nội vụ", shortName: "", kind: "OFFICE" }));
    expect(await membersOf(offices)).toEqual([...officesBefore, id].sort());
    expect(await membersOf(committee)).toContain(id);
    expect(await rowsOf(taskId)).toContainEqual(expect.objectContaining({ unitId: id, role: "LEAD", viaGroupId: offices }));
    expect(await partUnits(taskId)).toContain(id);
  });

  it("an office that becomes a centre or stops leaves OFFICES; its row and part go and the task's aggregate is recomputed", async () => {
    const taskId = await freshTask();
    expect((await assign(taskId, { groupIds: [offices] })).ok).toBe(true);
    const { id } = data(await run(createUnit, coordinator, { communeId: haiAn, name: "Phòng Tư pháp", shortName: "", kind: "OFFICE" }));
    // Every other member is done; only the new office is not: the task is in progress.
    await db.taskPart.updateMany({
      where: { taskId, unitId: { not: id } },
      data: { workStatus: "DONE", progress: 100, completedAt: new Date("2026-11-20T03:00:00Z") },
    });
    await db.task.update({ where: { id: taskId }, data: { workStatus: "IN_PROGRESS", progress: 75 } });

    const v = { communeId: haiAn, unitId: id, name: "Phòng Tư pháp", shortName: "" };
    expect((await run(updateUnit, coordinator, { ...v, kind: "CENTER", active: "on" })).ok).toBe(true);
    expect(await membersOf(offices)).not.toContain(id);
    expect(await membersOf(committee)).toContain(id); // a centre is still a unit of the committee
    expect((await rowsOf(taskId)).map((r) => r.unitId)).not.toContain(id);
    expect(await partUnits(taskId)).not.toContain(id);
    expect(await db.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ workStatus: "DONE", progress: 100 });

    // Back to an office, then deactivated: it leaves both groups.
    expect((await run(updateUnit, coordinator, { ...v, kind: "OFFICE", active: "on" })).ok).toBe(true);
    expect(await partUnits(taskId)).toContain(id);
    expect((await run(updateUnit, coordinator, { ...v, kind: "OFFICE", active: "" })).ok).toBe(true);
    expect(await membersOf(offices)).not.toContain(id);
    expect(await membersOf(committee)).not.toContain(id);
    expect(await partUnits(taskId)).not.toContain(id);
  });
});

describe("a task edit naming groups", () => {
  it("expands members, keeps a unit named directly and via a group once, and never makes a lead unit a helper", async () => {
    const taskId = await freshTask();
    const vp = unit["Văn phòng HĐND và UBND"]!;
    const tt = unit["Trung tâm Phục vụ hành chính công"]!;
    const res = await assign(taskId, { unitIds: [vp], groupIds: [offices] }, { unitIds: [tt], groupIds: [committee] });
    expect(res.ok).toBe(true);
    const rows = await rowsOf(taskId);
    expect(rows.filter((r) => r.unitId === vp)).toEqual([expect.objectContaining({ role: "LEAD", viaGroupId: null })]);
    const leads = rows.filter((r) => r.role === "LEAD").map((r) => r.unitId);
    expect(leads.sort()).toEqual(await membersOf(offices));
    const helpers = rows.filter((r) => r.role === "SUPPORT").map((r) => r.unitId);
    expect(helpers.filter((u) => leads.includes(u))).toEqual([]);
    expect(helpers).toContain(tt);
    expect(helpers).toContain(unit["Trung tâm Sự nghiệp công"]); // a centre only the committee group names
    expect(await db.taskUnitGroup.count({ where: { taskId } })).toBe(2);
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: taskId, action: "tasks.edit" }, orderBy: { createdAt: "desc" } });
    expect(log.data).toMatchObject({ after: { leadGroupIds: [offices], supportGroupIds: [committee] } });
    // The audit page names the groups; the edit form starts from what each side names.
    const page = await listAudit(haiAn, { action: "tasks.edit", actorId: "", from: "", to: "", page: 1 });
    const entry = page.rows.find((r) => r.id === log.id)!;
    const officesName = (await db.unitGroup.findUniqueOrThrow({ where: { id: offices } })).name;
    expect(describeAudit(entry.action, entry.data, page.names)).toContain(`Nhóm đơn vị chủ trì: (trống) → ${officesName}`);
    expect(await getTaskAssignment(haiAn, taskId)).toEqual({
      lead: { unitIds: [vp], groupIds: [offices] },
      support: { unitIds: [tt], groupIds: [committee] },
    });
  });

  it("refuses another commune's group and writes nothing", async () => {
    const taskId = await freshTask();
    const before = await rowsOf(taskId);
    const foreign = await builtin(thachKhoi, "OFFICES");
    expect(await assign(taskId, { groupIds: [foreign] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await rowsOf(taskId)).toEqual(before);
  });
});

describe("custom groups", () => {
  const platforms = () => [unit["Phòng Văn hóa - Xã hội"]!, unit["Trung tâm Phục vụ hành chính công"]!];

  it("creates a group with members, audited; the name is unique in the commune whatever the case", async () => {
    const { id } = data(
      await run(createUnitGroup, coordinator, { communeId: haiAn, name: "Các đơn vị vận hành nền tảng số", unitIds: platforms() }),
    );
    expect(await db.unitGroup.findUniqueOrThrow({ where: { id } })).toMatchObject({ communeId: haiAn, kind: "CUSTOM", version: 0 });
    expect(await membersOf(id)).toEqual([...platforms()].sort());
    expect(await db.auditLog.count({ where: { entityId: id, action: "unitGroups.create", actorId: coordinator.id } })).toBe(1);

    const again = await run(createUnitGroup, coordinator, {
      communeId: haiAn,
      name: "các đơn vị VẬN HÀNH nền tảng số",
      unitIds: platforms(),
    });
    expect(again).toMatchObject({
      ok: false,
      code: "DUPLICATE",
      fieldErrors: { name: [expect.stringContaining("Tên nhóm đã được dùng")] },
    });
    const builtinName = (await db.unitGroup.findUniqueOrThrow({ where: { id: offices } })).name;
    expect(await run(createUnitGroup, coordinator, { communeId: haiAn, name: builtinName, unitIds: platforms() })).toMatchObject({
      ok: false,
    });
  });

  it("refuses no member, the commune itself, an inactive unit or another commune's unit as members", async () => {
    const count = await db.unitGroup.count();
    const base = { communeId: haiAn, name: "Nhóm thử thành viên" };
    const inactive = await db.unit.create({
      data: { name: "Đơn vị đã giải thể", kind: "OTHER", communeId: haiAn, parentId: haiAn, active: false },
    });
    const foreign = await db.unit.findFirstOrThrow({ where: { communeId: thachKhoi, kind: "OFFICE" } });
    for (const unitIds of [[], [haiAn], [inactive.id], [platforms()[0], foreign.id]]) {
      const res = await run(createUnitGroup, coordinator, { ...base, unitIds });
      expect(res, JSON.stringify(unitIds)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { unitIds: [expect.any(String)] } });
    }
    expect(await run(createUnitGroup, coordinator, { ...base, name: "ab", unitIds: platforms() })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await db.unitGroup.count()).toBe(count);
  });

  it("renames and changes members; the tasks naming it follow (rows and parts) in the same action", async () => {
    const { id } = data(await run(createUnitGroup, coordinator, { communeId: haiAn, name: "Nhóm chuyển đổi số", unitIds: platforms() }));
    const taskId = await freshTask();
    expect((await assign(taskId, { groupIds: [id] })).ok).toBe(true);
    expect(await partUnits(taskId)).toEqual([...platforms()].sort());

    const kt = unit["Phòng Kinh tế, Hạ tầng và Đô thị"]!;
    const next = [platforms()[0]!, kt];
    const res = await run<{ version: number; tasks: number }>(updateUnitGroup, coordinator, {
      communeId: haiAn,
      groupId: id,
      version: "0",
      name: "Nhóm chuyển đổi số phường",
      unitIds: next,
    });
    expect(data(res)).toMatchObject({ version: 1, tasks: 1 });
    expect(await db.unitGroup.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Nhóm chuyển đổi số phường", version: 1 });
    expect((await rowsOf(taskId)).map((r) => r.unitId).sort()).toEqual([...next].sort());
    expect(await partUnits(taskId)).toEqual([...next].sort());
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "unitGroups.update" } });
    expect(log.data).toMatchObject({ before: { name: "Nhóm chuyển đổi số" }, after: { name: "Nhóm chuyển đổi số phường" } });
  });

  it("refuses a stale version with the group's current state and changes nothing", async () => {
    const { id } = data(await run(createUnitGroup, coordinator, { communeId: haiAn, name: "Nhóm hai người sửa", unitIds: platforms() }));
    const edit = { communeId: haiAn, groupId: id, version: "0" };
    expect((await run(updateUnitGroup, coordinator, { ...edit, name: "Tên của người thứ nhất", unitIds: platforms() })).ok).toBe(true);
    const second = await run(updateUnitGroup, coordinator, { ...edit, name: "Tên của người thứ hai", unitIds: [platforms()[0]] });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT", details: { version: 1, name: "Tên của người thứ nhất" } });
    expect(await db.unitGroup.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Tên của người thứ nhất", version: 1 });
    expect(await membersOf(id)).toEqual([...platforms()].sort());
    expect(await run(deleteUnitGroup, coordinator, { communeId: haiAn, groupId: id, version: "0" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("refuses to delete a group tasks use, naming how many; deletes it once no task does", async () => {
    const { id } = data(await run(createUnitGroup, coordinator, { communeId: haiAn, name: "Nhóm sẽ xóa", unitIds: platforms() }));
    const taskId = await freshTask();
    expect((await assign(taskId, { unitIds: [unit["Văn phòng HĐND và UBND"]!] }, { groupIds: [id] })).ok).toBe(true);
    const refused = await run(deleteUnitGroup, coordinator, { communeId: haiAn, groupId: id, version: "0" });
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: expect.stringContaining("Nhóm đang được giao cho 1 nhiệm vụ"),
    });
    expect(await db.unitGroup.count({ where: { id } })).toBe(1);

    expect((await assign(taskId, { unitIds: [unit["Văn phòng HĐND và UBND"]!] })).ok).toBe(true);
    expect((await run(deleteUnitGroup, coordinator, { communeId: haiAn, groupId: id, version: "0" })).ok).toBe(true);
    expect(await db.unitGroup.count({ where: { id } })).toBe(0);
    expect(await db.unitGroupMember.count({ where: { groupId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: id, action: "unitGroups.delete" } })).toBe(1);
  });

  it("never renames, changes or deletes a built-in group", async () => {
    const g = await db.unitGroup.findUniqueOrThrow({ where: { id: offices } });
    const members = await membersOf(offices);
    const update = await run(updateUnitGroup, coordinator, {
      communeId: haiAn,
      groupId: offices,
      version: String(g.version),
      name: "Đổi tên",
      unitIds: platforms(),
    });
    expect(update).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringContaining("tự động theo loại đơn vị") });
    expect(await run(deleteUnitGroup, coordinator, { communeId: haiAn, groupId: offices, version: String(g.version) })).toMatchObject({
      ok: false,
    });
    expect(await db.unitGroup.findUniqueOrThrow({ where: { id: offices } })).toMatchObject({ name: g.name, version: g.version });
    expect(await membersOf(offices)).toEqual(members);
  });

  it("keeps tenants apart and refuses roles that do not manage groups", async () => {
    const { id } = data(await run(createUnitGroup, coordinator, { communeId: haiAn, name: "Nhóm của Hải An", unitIds: platforms() }));
    const input = { groupId: id, version: "0", name: "Chiếm nhóm", unitIds: platforms() };
    // Through Thạch Khôi's own commune: the group is not one of its rows.
    expect(await run(updateUnitGroup, otherCoordinator, { ...input, communeId: thachKhoi })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await run(deleteUnitGroup, otherCoordinator, { communeId: thachKhoi, groupId: id, version: "0" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Naming Hải An: a commune it may not see.
    expect(await run(updateUnitGroup, otherCoordinator, { ...input, communeId: haiAn })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(createUnitGroup, otherCoordinator, { communeId: haiAn, name: "Nhóm lạ", unitIds: platforms() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Thạch Khôi's group cannot be given Hải An's units.
    const mine = await db.unit.findFirstOrThrow({ where: { communeId: thachKhoi, kind: "OFFICE" } });
    expect(
      await run(createUnitGroup, otherCoordinator, { communeId: thachKhoi, name: "Nhóm lẫn", unitIds: [mine.id, platforms()[0]] }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await run(createUnitGroup, staff, { communeId: haiAn, name: "Nhóm của cán bộ", unitIds: platforms() })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await db.unitGroup.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Nhóm của Hải An", version: 0 });
  });
});
