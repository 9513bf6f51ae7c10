// At upload: the parser's group mappings made ready for the review against the commune as it is.
// A wording the person already decided for this plan (its last applied import) keeps that decision;
// a proposal whose name the commune already has maps to that group; other proposals get their
// members preselected from the units whose names fit. On a re-import, see keepUnfitLeads.
import type { Tx } from "../db";
import type { GroupMapping, GroupTarget, PlanDraft } from "./types";
import { mappingKey, preselectMembers } from "./group-mappings";

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

/** Sets the draft's group mappings (and, on a re-import, the leads and warnings keepUnfitLeads changes). */
export async function prepareGroupMappings(tx: Tx, communeId: string, draft: PlanDraft, planId: string | null): Promise<void> {
  draft.groupMappings = await mappingsFor(tx, communeId, draft, planId);
  if (planId) draft.groupMappings = await keepUnfitLeads(tx, communeId, planId, draft);
}

/**
 * Re-import: a proposal no unit fits, which nobody decided before (the plan was imported without a
 * review, so its tasks got the standing office), is not pressed on the person again: the wording
 * stays text and each task using it on its lead side keeps the lead units it has today. The person
 * may still choose "Tạo nhóm mới…". Changes the draft's tasks and warnings; returns the mappings.
 */
async function keepUnfitLeads(tx: Tx, communeId: string, planId: string, draft: PlanDraft): Promise<GroupMapping[]> {
  const unfit = new Set(draft.groupMappings.filter((m) => m.target.kind === "NEW" && m.target.memberIds?.length === 0).map((m) => m.key));
  if (unfit.size === 0) return draft.groupMappings;
  for (const t of draft.tasks) {
    if (t.leadUnits.length > 0 || !t.leadGroups.some((p) => unfit.has(mappingKey(p.text)))) continue;
    const stored = await tx.task.findFirst({
      where: { communeId, planId, code: t.code },
      select: { units: { where: { role: "LEAD", viaGroupId: null }, select: { unit: { select: { name: true } } } } },
    });
    if (!stored) continue;
    t.leadUnits = stored.units.map((u) => u.unit.name);
    draft.warnings = draft.warnings.filter((w) => !(w.startsWith(`Nhiệm vụ ${t.code}:`) && w.includes("đề xuất tạo nhóm")));
    draft.warnings.push(
      `Nhiệm vụ ${t.code}: không đơn vị nào có tên khớp với “${t.leadGroups.map((p) => p.text).join("; ")}”; giữ đơn vị chủ trì hiện có (chọn “Tạo nhóm mới…” để giao cho một nhóm)`,
    );
  }
  return draft.groupMappings.map((m) => (unfit.has(m.key) ? { ...m, target: { kind: "NONE" } } : m));
}

async function mappingsFor(tx: Tx, communeId: string, draft: PlanDraft, planId: string | null): Promise<GroupMapping[]> {
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
