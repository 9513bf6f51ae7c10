// At upload: the parser's group mappings made ready for the review against the commune as it is.
// A wording the person already decided for this plan (its last applied import) keeps that decision;
// a proposal whose name the commune already has maps to that group; other proposals get their
// members preselected from the units whose names fit.
import type { Tx } from "../db";
import type { GroupMapping, GroupTarget, PlanDraft } from "./types";
import { preselectMembers } from "./group-mappings";

/** The group mappings of the plan's last applied import (the one that created it, or a later re-import). */
async function confirmedMappings(tx: Tx, communeId: string, planId: string | null): Promise<GroupMapping[]> {
  if (!planId) return [];
  const plan = await tx.plan.findFirst({ where: { id: planId, communeId }, select: { importId: true } });
  const last = await tx.planImport.findFirst({
    where: { communeId, status: "APPLIED", OR: [{ targetPlanId: planId }, ...(plan?.importId ? [{ id: plan.importId }] : [])] },
    orderBy: { updatedAt: "desc" },
    select: { draft: true },
  });
  const draft = last?.draft as { groupMappings?: GroupMapping[] } | null | undefined;
  return draft?.groupMappings ?? [];
}

export async function prepareGroupMappings(tx: Tx, communeId: string, draft: PlanDraft, planId: string | null): Promise<GroupMapping[]> {
  const [groups, units, confirmed] = await Promise.all([
    tx.unitGroup.findMany({ where: { communeId }, select: { id: true, name: true } }),
    tx.unit.findMany({
      where: { communeId, active: true, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    confirmedMappings(tx, communeId, planId),
  ]);
  const groupNamed = (name: string) => groups.find((g) => g.name.toLocaleLowerCase("vi") === name.trim().toLocaleLowerCase("vi"));
  /** A decided target as it stands today: a group created by that import is now an existing group. */
  const current = (target: GroupTarget): GroupTarget | null => {
    if (target.kind === "NEW") {
      const group = groupNamed(target.name);
      return group ? { kind: "EXISTING", groupId: group.id } : null;
    }
    if (target.kind === "EXISTING") return groups.some((g) => g.id === target.groupId) ? target : null;
    return target;
  };
  const mapped = draft.groupMappings.map((m): GroupMapping => {
    const before = confirmed.find((c) => c.key === m.key);
    const kept = before ? current(before.target) : null;
    if (kept) return { ...m, target: kept };
    if (m.target.kind === "NEW") {
      const group = groupNamed(m.target.name);
      if (group) return { ...m, target: { kind: "EXISTING", groupId: group.id } };
    }
    return m;
  });
  return preselectMembers(mapped, units);
}
