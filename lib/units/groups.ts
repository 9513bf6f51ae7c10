// Unit groups (nhóm đơn vị): the built-in ones every commune has, and how their members follow the
// commune's units. Custom groups are the standing office's (lib/unit-groups); both kinds are named on a
// task's lead or helping side (lib/tasks/assignment.ts), which expands them to their members.
import type { Tx } from "../db";
import type { UnitGroupKind, UnitKind } from "../generated/prisma/enums";
import { createId } from "../ids";
import { reexpandTasksOfGroup } from "../tasks/assignment";

type BuiltinKind = Exclude<UnitGroupKind, "CUSTOM">;

/** The built-in groups: what they are called and which units are members (active units of these kinds). */
export const BUILTIN_GROUPS: readonly { kind: BuiltinKind; prefix: string; memberKinds: readonly UnitKind[] }[] = [
  { kind: "OFFICES", prefix: "Các phòng chuyên môn thuộc UBND", memberKinds: ["OFFICE"] },
  { kind: "COMMITTEE_UNITS", prefix: "Các cơ quan, đơn vị thuộc UBND", memberKinds: ["OFFICE", "CENTER"] },
];

/** "Các phòng chuyên môn thuộc UBND phường" for a ward, "… xã" for a commune. */
export function builtinGroupName(kind: BuiltinKind, communeKind: UnitKind): string {
  const def = BUILTIN_GROUPS.find((g) => g.kind === kind);
  return `${def?.prefix ?? kind} ${communeKind === "WARD" ? "phường" : "xã"}`;
}

export function isBuiltinGroup(kind: UnitGroupKind): kind is BuiltinKind {
  return kind !== "CUSTOM";
}

/**
 * Replaces a group's members (in the caller's transaction) and re-expands the tasks that name it,
 * so that their lead/helping units and parts follow. Returns whether the member list changed.
 */
export async function setGroupMembers(tx: Tx, communeId: string, groupId: string, unitIds: readonly string[]): Promise<boolean> {
  const before = await tx.unitGroupMember.findMany({ where: { groupId }, select: { unitId: true } });
  const had = new Set(before.map((m) => m.unitId));
  const wanted = new Set(unitIds);
  const same = had.size === wanted.size && [...wanted].every((id) => had.has(id));
  if (same) return false;
  await tx.unitGroupMember.deleteMany({ where: { groupId } });
  await tx.unitGroupMember.createMany({ data: [...wanted].map((unitId) => ({ communeId, groupId, unitId })) });
  await reexpandTasksOfGroup(tx, communeId, groupId);
  return true;
}

/**
 * Creates the commune's built-in groups when missing and sets their members from the commune's
 * active units. Called wherever units are created or change kind or state (unit commands, plan
 * import, the seed), so that "các phòng thuộc UBND" always means today's offices.
 */
export async function syncBuiltinGroups(tx: Tx, communeId: string): Promise<void> {
  const commune = await tx.unit.findUniqueOrThrow({ where: { id: communeId }, select: { kind: true } });
  const units = await tx.unit.findMany({ where: { communeId, active: true }, select: { id: true, kind: true } });
  for (const [i, def] of BUILTIN_GROUPS.entries()) {
    const group =
      (await tx.unitGroup.findFirst({ where: { communeId, kind: def.kind }, select: { id: true } })) ??
      (await tx.unitGroup.create({
        data: { id: createId(), communeId, kind: def.kind, name: builtinGroupName(def.kind, commune.kind), sortOrder: i },
        select: { id: true },
      }));
    const members = units.filter((u) => def.memberKinds.includes(u.kind)).map((u) => u.id);
    await setGroupMembers(tx, communeId, group.id, members);
  }
}
