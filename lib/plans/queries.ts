import "server-only";
import { getDb } from "../db";
import { taskRowSelect, toTaskRow } from "../tasks/queries";

/** The commune's plans with their task counts: the active ones, and apart the archived ones. */
export async function listPlans(communeId: string) {
  const db = getDb();
  const [all, counts] = await Promise.all([
    db.plan.findMany({ where: { communeId }, orderBy: { createdAt: "desc" } }),
    db.task.groupBy({ by: ["planId", "workStatus"], where: { communeId }, _count: { _all: true } }),
  ]);
  const plans = all.map((p) => {
    const mine = counts.filter((c) => c.planId === p.id);
    return {
      ...p,
      taskCount: mine.reduce((n, c) => n + c._count._all, 0),
      doneCount: mine.filter((c) => c.workStatus === "DONE").reduce((n, c) => n + c._count._all, 0),
    };
  });
  return { active: plans.filter((p) => !p.archivedAt), archived: plans.filter((p) => p.archivedAt) };
}

/** A plan with its groups and tasks, or null when it is not this commune's. */
export async function getPlan(communeId: string, planId: string, now = new Date()) {
  const db = getDb();
  const plan = await db.plan.findFirst({ where: { id: planId, communeId } });
  if (!plan) return null;
  const [groups, tasks] = await Promise.all([
    db.planGroup.findMany({ where: { planId, communeId }, orderBy: { sortOrder: "asc" } }),
    db.task.findMany({ where: { planId, communeId }, select: { ...taskRowSelect, groupId: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  const rows = tasks.map((t) => ({ ...toTaskRow(t, now), groupId: t.groupId }));
  return {
    plan,
    groups: groups.map((g) => ({ ...g, tasks: rows.filter((t) => t.groupId === g.id) })),
    ungrouped: rows.filter((t) => t.groupId === null),
    tasks: rows,
  };
}
