import "server-only";
import { getDb } from "../db";

/**
 * Every group of the commune (built-in first, then custom by name) with its members and the number
 * of tasks that name it on either side.
 */
export async function listUnitGroups(communeId: string) {
  const db = getDb();
  const [groups, named] = await Promise.all([
    db.unitGroup.findMany({
      where: { communeId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        kind: true,
        version: true,
        members: {
          where: { unit: { active: true } },
          select: { unit: { select: { id: true, name: true, sortOrder: true } } },
        },
      },
    }),
    db.taskUnitGroup.findMany({ where: { communeId }, select: { groupId: true, taskId: true } }),
  ]);
  const tasksOf = new Map<string, Set<string>>();
  for (const n of named) tasksOf.set(n.groupId, (tasksOf.get(n.groupId) ?? new Set()).add(n.taskId));
  return groups.map(({ members, ...g }) => ({
    ...g,
    members: members.map((m) => m.unit).sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "vi")),
    taskCount: tasksOf.get(g.id)?.size ?? 0,
  }));
}

export type UnitGroupRow = Awaited<ReturnType<typeof listUnitGroups>>[number];

/** Groups of the commune for the task edit form, built-in first, with how many active units each holds. */
export async function listGroupOptions(communeId: string) {
  const groups = await getDb().unitGroup.findMany({
    where: { communeId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, _count: { select: { members: { where: { unit: { active: true } } } } } },
  });
  return groups.map((g) => ({ id: g.id, name: g.name, memberCount: g._count.members }));
}
