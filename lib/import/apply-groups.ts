// A draft's group mappings (lib/import/group-mappings.ts) → the commune's unit groups, in the
// caller's transaction: built-in wording finds the built-in group, a confirmed proposal becomes a
// custom group with its members. Bad choices are refused in Vietnamese (the transaction then writes
// nothing). Without a review (CLI, demo seed) a proposal takes the units whose names fit, or is left
// out when none fit (the task's lead then falls back to the standing office, lib/import/apply.ts).
import type { Tx } from "../db";
import { AppError } from "../errors";
import type { UnitKind } from "../generated/prisma/enums";
import { createId } from "../ids";
import { mappingKey } from "./group-mappings";
import type { GroupMapping, GroupPhrase, PlanDraft } from "./types";
import { setGroupMembers } from "@/lib/units/groups";
import { fittingUnits } from "@/lib/units/group-wording";

export type GroupLookup = {
  /** The group a phrase maps to, or null when it stays free text (NONE, or a proposal nobody fits). */
  groupOf(phrase: GroupPhrase): string | null;
  /** Names of the groups created. */
  created: string[];
};

const ASSIGNABLE: { notIn: UnitKind[] } = { notIn: ["COMMUNE", "WARD", "PROVINCE"] };

function refuse(message: string): never {
  throw new AppError("VALIDATION", message, { groupMappings: [message] });
}

/** The mappings some task uses (a mapping left over from a task the person removed creates nothing). */
function usedMappings(draft: PlanDraft): GroupMapping[] {
  const keys = new Set(draft.tasks.flatMap((t) => [...t.leadGroups, ...t.supportGroups].map((p) => mappingKey(p.text))));
  return draft.groupMappings.filter((m) => keys.has(m.key));
}

export async function resolveGroupMappings(tx: Tx, communeId: string, draft: PlanDraft): Promise<GroupLookup> {
  const groups = await tx.unitGroup.findMany({ where: { communeId }, select: { id: true, name: true, kind: true, sortOrder: true } });
  const units = await tx.unit.findMany({
    where: { communeId, active: true, kind: ASSIGNABLE },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const byKey = new Map<string, string | null>();
  const created: string[] = [];
  let order = Math.max(0, ...groups.map((g) => g.sortOrder)) + 1;
  const sameName = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

  for (const m of usedMappings(draft)) {
    const t = m.target;
    if (t.kind === "NONE") byKey.set(m.key, null);
    else if (t.kind === "BUILTIN") byKey.set(m.key, groups.find((g) => g.kind === t.builtin)?.id ?? null);
    else if (t.kind === "EXISTING") {
      if (!groups.some((g) => g.id === t.groupId)) refuse(`“${m.wording}”: nhóm đã chọn không thuộc xã/phường này.`);
      byKey.set(m.key, t.groupId);
    } else {
      const reviewed = t.memberIds !== null;
      const memberIds = [...new Set(t.memberIds ?? fittingUnits(t.keyTerms, units))];
      const name = t.name.trim();
      const existing = groups.find((g) => sameName(g.name, name));
      if (existing && !reviewed) {
        // The same wording in a second plan of the commune: the group made for the first one.
        byKey.set(m.key, existing.id);
        continue;
      }
      if (existing) refuse(`Đã có nhóm “${existing.name}”: chọn nhóm đó hoặc đặt tên khác.`);
      if (memberIds.length === 0) {
        if (reviewed) refuse(`Nhóm “${name}”: chọn ít nhất một đơn vị (hoặc chọn một nhóm đã có).`);
        byKey.set(m.key, null);
        continue;
      }
      if (memberIds.some((id) => !units.some((u) => u.id === id))) refuse(`Nhóm “${name}”: có đơn vị không thuộc xã/phường này.`);
      const id = createId();
      await tx.unitGroup.create({ data: { id, communeId, kind: "CUSTOM", name, sortOrder: order++ } });
      await setGroupMembers(tx, communeId, id, memberIds);
      groups.push({ id, name, kind: "CUSTOM", sortOrder: order });
      created.push(name);
      byKey.set(m.key, id);
    }
  }
  return { groupOf: (phrase) => byKey.get(mappingKey(phrase.text)) ?? null, created };
}
