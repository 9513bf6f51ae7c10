// The standing office's unit groups (nhóm đơn vị): create, rename or change the members of a custom
// group, delete one no task names. Built-in groups follow the units' kinds (lib/units/groups.ts) and
// are never changed here. Members are written through setGroupMembers, which re-expands every task
// naming the group (TaskUnit rows and parts) in the same transaction.
import type { Tx } from "../db";
import { defineAction, notFound } from "../actions/safe-action";
import { canManageUnitGroups } from "../auth/permissions";
import { AppError } from "../errors";
import { createId } from "../ids";
import { isBuiltinGroup, setGroupMembers } from "../units/groups";
import { createGroupSchema, deleteGroupSchema, updateGroupSchema } from "./schemas";

const NOT_UNITS_OF_COMMUNE = ["COMMUNE", "WARD", "PROVINCE"] as const;

/** The group of the action's commune, or "not found" (another commune's id reveals nothing). */
async function groupOfCommune(tx: Tx, communeId: string, groupId: string) {
  const group = await tx.unitGroup.findFirst({
    where: { id: groupId, communeId },
    include: { members: { select: { unitId: true } } },
  });
  if (!group) notFound();
  return { ...group, unitIds: group.members.map((m) => m.unitId).sort() };
}

function refuseBuiltin(kind: Parameters<typeof isBuiltinGroup>[0], what: string) {
  if (isBuiltinGroup(kind)) {
    throw new AppError(
      "VALIDATION",
      `Nhóm này tự động theo loại đơn vị: không ${what} được. Thành viên thay đổi khi thêm, sửa loại hoặc ngừng hoạt động đơn vị.`,
    );
  }
}

/** Members are the commune's own active units (not the commune itself, nor another commune's). */
async function checkMembers(tx: Tx, communeId: string, unitIds: readonly string[]) {
  const found = await tx.unit.count({
    where: { id: { in: [...unitIds] }, communeId, active: true, kind: { notIn: [...NOT_UNITS_OF_COMMUNE] } },
  });
  if (found !== unitIds.length) {
    throw new AppError("VALIDATION", "Có đơn vị không thuộc xã/phường này hoặc đã ngừng hoạt động.", {
      unitIds: ["Chỉ chọn các đơn vị đang hoạt động của xã/phường"],
    });
  }
}

/**
 * One name per commune, whatever the case ("Nhóm A" and "nhóm a" would be the same to a reader).
 * Compared here, not by the database: its collation may fold only ASCII letters ("VẬN" ≠ "vận").
 */
async function checkNameFree(tx: Tx, communeId: string, name: string, exceptId?: string) {
  const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
  const groups = await tx.unitGroup.findMany({
    where: { communeId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (groups.some((g) => fold(g.name) === fold(name))) {
    throw new AppError("DUPLICATE", `Đã có nhóm đơn vị tên “${name}” trong xã/phường này.`, {
      name: ["Tên nhóm đã được dùng: chọn tên khác"],
    });
  }
}

/** A stale form (the group changed since it was opened): the current state, so the form can show it and keep the input. */
async function groupConflict(tx: Tx, groupId: string): Promise<AppError> {
  const now = await tx.unitGroup.findUnique({
    where: { id: groupId },
    select: { version: true, name: true, members: { select: { unit: { select: { name: true } } } } },
  });
  if (!now) return new AppError("NOT_FOUND", "Nhóm đơn vị này vừa bị xóa.");
  const members = now.members.map((m) => m.unit.name).sort((a, b) => a.localeCompare(b, "vi"));
  return new AppError(
    "CONFLICT",
    `Nhóm vừa được người khác thay đổi (hiện tên “${now.name}”, ${members.length} đơn vị). Nội dung bạn nhập vẫn được giữ: xem lại rồi lưu lại.`,
    undefined,
    { version: now.version, name: now.name, members },
  );
}

async function bumpIfCurrent(tx: Tx, groupId: string, version: number, data: { name?: string } = {}) {
  const res = await tx.unitGroup.updateMany({ where: { id: groupId, version }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw await groupConflict(tx, groupId);
}

async function tasksNaming(tx: Tx, groupId: string): Promise<number> {
  const rows = await tx.taskUnitGroup.findMany({ where: { groupId }, distinct: ["taskId"], select: { taskId: true } });
  return rows.length;
}

export const createUnitGroup = defineAction({
  name: "unitGroups.create",
  schema: createGroupSchema,
  permission: canManageUnitGroups,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    await checkNameFree(tx, c.communeId, input.name);
    await checkMembers(tx, c.communeId, input.unitIds);
    const last = await tx.unitGroup.aggregate({ where: { communeId: c.communeId }, _max: { sortOrder: true } });
    const group = await tx.unitGroup.create({
      data: { id: createId(), communeId: c.communeId, kind: "CUSTOM", name: input.name, sortOrder: (last._max.sortOrder ?? 0) + 1 },
    });
    await setGroupMembers(tx, c.communeId, group.id, input.unitIds);
    await ctx.audit("unitGroups.create", { type: "UnitGroup", id: group.id }, { name: input.name, unitIds: [...input.unitIds].sort() });
    return { id: group.id };
  },
});

export const updateUnitGroup = defineAction({
  name: "unitGroups.update",
  schema: updateGroupSchema,
  permission: canManageUnitGroups,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const before = await groupOfCommune(tx, c.communeId, input.groupId);
    refuseBuiltin(before.kind, "đổi tên hay sửa thành viên");
    await checkNameFree(tx, c.communeId, input.name, before.id);
    await checkMembers(tx, c.communeId, input.unitIds);
    await bumpIfCurrent(tx, before.id, input.version, { name: input.name });
    await setGroupMembers(tx, c.communeId, before.id, input.unitIds);
    const after = { name: input.name, unitIds: [...input.unitIds].sort() };
    await ctx.audit(
      "unitGroups.update",
      { type: "UnitGroup", id: before.id },
      { before: { name: before.name, unitIds: before.unitIds }, after },
    );
    return { id: before.id, version: input.version + 1, tasks: await tasksNaming(tx, before.id) };
  },
});

export const deleteUnitGroup = defineAction({
  name: "unitGroups.delete",
  schema: deleteGroupSchema,
  permission: canManageUnitGroups,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const group = await groupOfCommune(tx, c.communeId, input.groupId);
    refuseBuiltin(group.kind, "xóa");
    // A stale form must not delete a group someone just changed. If a task is given the group at the
    // same moment, the foreign keys of TaskUnitGroup/TaskUnit refuse the delete (nothing is written).
    await bumpIfCurrent(tx, group.id, input.version);
    const tasks = await tasksNaming(tx, group.id);
    if (tasks > 0) {
      throw new AppError(
        "VALIDATION",
        `Nhóm đang được giao cho ${tasks} nhiệm vụ, nên chưa xóa được. Hãy bỏ nhóm khỏi các nhiệm vụ đó (Điều chỉnh nhiệm vụ) rồi xóa lại.`,
      );
    }
    await tx.unitGroup.delete({ where: { id: group.id } }); // members go with it (cascade)
    await ctx.audit("unitGroups.delete", { type: "UnitGroup", id: group.id }, { name: group.name, unitIds: group.unitIds });
    return { id: group.id };
  },
});
