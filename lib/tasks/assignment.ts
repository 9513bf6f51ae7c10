// Who answers for a task: the one room for its lead (chủ trì) and helping (phối hợp) sides. A side
// names units and unit groups; the groups' members are expanded into TaskUnit rows (with
// `viaGroupId`), so that every reader of TaskUnit (my tasks, permissions, reminders, dashboards)
// sees each member unit. When the lead side names a group, each lead unit gets its own part
// (lib/tasks/parts.ts). Writing an assignment, re-expanding after a group changes, and splitting
// the rows for display all live here.
import type { CommuneScope, TaskScope } from "../auth/permissions";
import type { Tx } from "../db";
import type { TaskUnitRole } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { createId } from "../ids";
import { writeTaskAggregate } from "./parts";

export type SideInput = { unitIds: readonly string[]; groupIds: readonly string[] };
export type AssignmentInput = { lead: SideInput; support: SideInput };

type UnitRow = { role: TaskUnitRole; unitId: string; viaGroupId: string | null };

/** Units kinds that can be assigned work (not the commune or province node itself). */
const ASSIGNABLE_KINDS_EXCLUDED = ["COMMUNE", "WARD", "PROVINCE"] as const;

async function checkBelongs(tx: Tx, communeId: string, input: AssignmentInput) {
  const unitIds = [...new Set([...input.lead.unitIds, ...input.support.unitIds])];
  const groupIds = [...new Set([...input.lead.groupIds, ...input.support.groupIds])];
  const units = await tx.unit.count({ where: { id: { in: unitIds }, communeId, kind: { notIn: [...ASSIGNABLE_KINDS_EXCLUDED] } } });
  if (units !== unitIds.length) {
    throw new AppError("VALIDATION", "Có đơn vị không thuộc xã/phường này.", { leadUnitIds: ["Chọn đơn vị của xã/phường"] });
  }
  const groups = await tx.unitGroup.count({ where: { id: { in: groupIds }, communeId } });
  if (groups !== groupIds.length) {
    throw new AppError("VALIDATION", "Có nhóm đơn vị không thuộc xã/phường này.", { leadGroupIds: ["Chọn nhóm đơn vị của xã/phường"] });
  }
}

/** The TaskUnit rows an assignment expands to: a unit named itself wins over the same unit via a group; a lead is never also a helper. */
export function expandAssignment(input: AssignmentInput, membersOf: ReadonlyMap<string, readonly string[]>): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  const add = (role: TaskUnitRole, unitId: string, viaGroupId: string | null) => {
    const key = `${role}:${unitId}`;
    if (role === "SUPPORT" && rows.has(`LEAD:${unitId}`)) return;
    const had = rows.get(key);
    if (!had || (had.viaGroupId && !viaGroupId)) rows.set(key, { role, unitId, viaGroupId });
  };
  for (const role of ["LEAD", "SUPPORT"] as const) {
    const side = role === "LEAD" ? input.lead : input.support;
    for (const unitId of side.unitIds) add(role, unitId, null);
    for (const groupId of side.groupIds) for (const unitId of membersOf.get(groupId) ?? []) add(role, unitId, groupId);
  }
  return [...rows.values()];
}

async function membersOfGroups(tx: Tx, groupIds: readonly string[]): Promise<Map<string, string[]>> {
  const members = await tx.unitGroupMember.findMany({
    where: { groupId: { in: [...groupIds] }, unit: { active: true } },
    select: { groupId: true, unitId: true },
  });
  const map = new Map<string, string[]>();
  for (const m of members) map.set(m.groupId, [...(map.get(m.groupId) ?? []), m.unitId]);
  return map;
}

/**
 * Makes the task's parts follow its lead units: a task whose lead side names a group has one part
 * per lead unit (new ones start from the task's state when the task had no parts yet, so progress
 * already reported is not lost, and from "chưa triển khai" otherwise); parts of units that no longer
 * lead are removed (their updates stay in the history); a task with no lead group has no parts.
 * Then the task's status is the aggregate of its parts.
 */
async function syncParts(tx: Tx, task: { id: string; communeId: string }, shared: boolean, leadUnitIds: readonly string[]) {
  if (!shared) {
    await tx.taskPart.deleteMany({ where: { taskId: task.id } });
    return;
  }
  const existing = await tx.taskPart.findMany({ where: { taskId: task.id }, select: { unitId: true } });
  const had = new Set(existing.map((p) => p.unitId));
  await tx.taskPart.deleteMany({ where: { taskId: task.id, unitId: { notIn: [...leadUnitIds] } } });
  const missing = leadUnitIds.filter((id) => !had.has(id));
  if (missing.length > 0) {
    const current =
      existing.length === 0
        ? await tx.task.findUniqueOrThrow({
            where: { id: task.id },
            select: {
              workStatus: true,
              progress: true,
              completedAt: true,
              lastUpdateAt: true,
              units: { where: { role: "LEAD" }, select: { unitId: true } },
            },
          })
        : null;
    const previousLeads = new Set(current?.units.map((u) => u.unitId) ?? []);
    await tx.taskPart.createMany({
      data: missing.map((unitId) => {
        const inherits = current && previousLeads.has(unitId);
        return {
          id: createId(),
          communeId: task.communeId,
          taskId: task.id,
          unitId,
          ...(inherits
            ? {
                workStatus: current.workStatus,
                progress: current.progress,
                completedAt: current.completedAt,
                lastUpdateAt: current.lastUpdateAt,
              }
            : {}),
        };
      }),
    });
  }
  await writeTaskAggregate(tx, task.id);
}

/**
 * Sets who answers for a task (in the caller's transaction): the named units and groups of each
 * side, their expansion into TaskUnit rows, and the parts. Refuses units or groups of another
 * commune. The caller audits.
 */
export async function writeAssignment(tx: Tx, task: { id: string; communeId: string }, input: AssignmentInput): Promise<void> {
  await checkBelongs(tx, task.communeId, input);
  const membersOf = await membersOfGroups(tx, [...input.lead.groupIds, ...input.support.groupIds]);
  const rows = expandAssignment(input, membersOf);
  const leadUnitIds = rows.filter((r) => r.role === "LEAD").map((r) => r.unitId);
  // Parts read the previous lead units (to inherit progress), so they are synced before TaskUnit is rewritten.
  const groupsBefore = await tx.taskUnitGroup.count({ where: { taskId: task.id, role: "LEAD" } });
  const shared = input.lead.groupIds.length > 0;
  if (shared && groupsBefore === 0) await syncParts(tx, task, shared, leadUnitIds);

  await tx.taskUnitGroup.deleteMany({ where: { taskId: task.id } });
  await tx.taskUnitGroup.createMany({
    data: (["LEAD", "SUPPORT"] as const).flatMap((role) =>
      [...new Set((role === "LEAD" ? input.lead : input.support).groupIds)].map((groupId) => ({
        communeId: task.communeId,
        taskId: task.id,
        groupId,
        role,
      })),
    ),
  });
  await tx.taskUnit.deleteMany({ where: { taskId: task.id } });
  await tx.taskUnit.createMany({ data: rows.map((r) => ({ ...r, taskId: task.id, communeId: task.communeId })) });
  await syncParts(tx, task, shared, leadUnitIds);
  // Who answers is part of the task as the API lists it: its `updatedSince` must see the change.
  await tx.task.update({ where: { id: task.id }, data: { updatedAt: new Date() } });
}

/** The assignment as stored: named units (not via a group) and named groups of each side. */
export async function readAssignment(tx: Tx, taskId: string): Promise<AssignmentInput> {
  const [units, groups] = await Promise.all([
    tx.taskUnit.findMany({ where: { taskId, viaGroupId: null }, select: { role: true, unitId: true } }),
    tx.taskUnitGroup.findMany({ where: { taskId }, select: { role: true, groupId: true } }),
  ]);
  const side = (role: TaskUnitRole): SideInput => ({
    unitIds: units.filter((u) => u.role === role).map((u) => u.unitId),
    groupIds: groups.filter((g) => g.role === role).map((g) => g.groupId),
  });
  return { lead: side("LEAD"), support: side("SUPPORT") };
}

/** Re-expands every task that names `groupId` (after its members changed), keeping their named units and groups. */
export async function reexpandTasksOfGroup(tx: Tx, communeId: string, groupId: string): Promise<number> {
  const tasks = await tx.taskUnitGroup.findMany({ where: { communeId, groupId }, distinct: ["taskId"], select: { taskId: true } });
  for (const { taskId } of tasks) await writeAssignment(tx, { id: taskId, communeId }, await readAssignment(tx, taskId));
  return tasks.length;
}

export type NamedUnit = { id: string; name: string; shortName: string | null; sortOrder?: number };
export type NamedGroup = { id: string; name: string };

/** What a side shows: its groups by name, then the units named by themselves (members of a named group are not repeated). */
export type SideView = { groups: NamedGroup[]; units: NamedUnit[] };
export type AssignmentView = {
  lead: SideView;
  support: SideView;
  /** Every lead unit, members of lead groups included (who may report progress). */
  leadUnitIds: string[];
  supportUnitIds: string[];
};

/** The row-level scope the permission checks read (canUpdateTask, canContributeToTask…): every lead and helping unit, members of named groups included. */
export function taskScope(commune: CommuneScope, units: readonly { role: TaskUnitRole; unitId: string }[]): TaskScope {
  return {
    communeId: commune.communeId,
    provinceId: commune.provinceId,
    leadUnitIds: units.filter((u) => u.role === "LEAD").map((u) => u.unitId),
    supportUnitIds: units.filter((u) => u.role === "SUPPORT").map((u) => u.unitId),
  };
}

/** Splits stored rows (TaskUnit with the unit, TaskUnitGroup with the group) into the two sides. */
export function viewAssignment(
  units: readonly { role: TaskUnitRole; viaGroupId?: string | null; unit: NamedUnit }[],
  groups: readonly { role: TaskUnitRole; group: NamedGroup }[] = [],
): AssignmentView {
  const side = (role: TaskUnitRole): SideView => ({
    groups: groups.filter((g) => g.role === role).map((g) => g.group),
    units: units.filter((u) => u.role === role && !u.viaGroupId).map((u) => u.unit),
  });
  return {
    lead: side("LEAD"),
    support: side("SUPPORT"),
    leadUnitIds: units.filter((u) => u.role === "LEAD").map((u) => u.unit.id),
    supportUnitIds: units.filter((u) => u.role === "SUPPORT").map((u) => u.unit.id),
  };
}

/** "Các phòng chuyên môn thuộc UBND phường; Trung tâm Phục vụ hành chính công": a side as one line. */
export function sideLabel(side: SideView, name: (u: NamedUnit) => string = (u) => u.name): string {
  return [...side.groups.map((g) => g.name), ...side.units.map(name)].join("; ");
}
