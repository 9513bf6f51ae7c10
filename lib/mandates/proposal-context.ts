// What the lead proposals (lib/mandates/proposals.ts) read from the database: the commune's own tasks
// in its active plans with their named lead side, its assignable units, and the standing office's unit.
import type { CommuneScope } from "../auth/permissions";
import type { Db, Tx } from "../db";
import { standingOfficeOf } from "../notifications/recipients";
import { COUNTED_TASK } from "../plans/active";
import type { OwnTask } from "./proposals";

/** "Kế hoạch 15/KH-UBND", or the plan's title cut short (a reason reads in one line). */
export const planLabel = (p: { number: string | null; title: string }) =>
  p.number ? `Kế hoạch ${p.number}` : p.title.length > 60 ? `${p.title.slice(0, 60).replace(/\s+\S*$/, "")}…` : p.title;

export async function proposalContext(db: Db | Tx, commune: CommuneScope) {
  const communeId = commune.communeId;
  const [tasks, units, office] = await Promise.all([
    db.task.findMany({
      where: { communeId, provinceTaskId: null, ...COUNTED_TASK },
      orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
      select: {
        code: true,
        title: true,
        plan: { select: { number: true, title: true } },
        units: { where: { role: "LEAD", viaGroupId: null }, select: { unitId: true } },
        unitGroups: { where: { role: "LEAD" }, select: { groupId: true } },
      },
    }),
    db.unit.findMany({
      where: { communeId, active: true, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, shortName: true },
    }),
    standingOfficeOf(db, commune),
  ]);
  const own: OwnTask[] = tasks.map((t) => ({
    code: t.code,
    title: t.title,
    planLabel: planLabel(t.plan),
    leadUnitIds: t.units.map((u) => u.unitId),
    leadGroupIds: t.unitGroups.map((g) => g.groupId),
  }));
  const officeUsers = office.length
    ? await db.user.findMany({
        where: { id: { in: office }, unitId: { not: null } },
        select: { unitId: true },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const officeUnitId = officeUsers.map((u) => u.unitId).find((id): id is string => !!id && units.some((x) => x.id === id)) ?? null;
  return { own, units, officeUnitId };
}
