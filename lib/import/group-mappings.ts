// The collective wordings of a plan's tasks and what each becomes (PlanDraft.groupMappings): one
// decision per distinct wording, shared by every task that uses it. Pure: the parser makes them, the
// upload preselects a proposal's members from the commune's units, the review edits them, apply
// (lib/import/apply-groups.ts) turns them into groups.
import type { GroupMapping, GroupPhrase, PlanDraft, TaskDraft } from "./types";
import { fittingUnits, foldWording, readGroupWording } from "@/lib/units/group-wording";

export const mappingKey = (wording: string) => foldWording(wording);

/** The mappings the document's wording suggests, in the order the wordings first appear. */
export function draftGroupMappings(tasks: readonly TaskDraft[], warnings: string[]): GroupMapping[] {
  const mappings = new Map<string, GroupMapping>();
  for (const task of tasks) {
    for (const phrase of [...task.leadGroups, ...task.supportGroups]) {
      const key = mappingKey(phrase.text);
      const known = mappings.get(key);
      const wording = known ? null : readGroupWording(phrase.text);
      if (wording?.kind === "BUILTIN")
        mappings.set(key, { key, wording: phrase.text, target: { kind: "BUILTIN", builtin: wording.builtin } });
      else if (wording?.kind === "PROPOSAL")
        mappings.set(key, {
          key,
          wording: phrase.text,
          target: { kind: "NEW", name: wording.name, keyTerms: wording.keyTerms, memberIds: null },
        });
      const target = mappings.get(key)?.target;
      if (target?.kind === "NEW" && task.leadGroups.includes(phrase))
        warnings.push(
          `Nhiệm vụ ${task.code}: “${phrase.text}” không phải một đơn vị cụ thể; đề xuất tạo nhóm “${target.name}”, cần kiểm tra các đơn vị của nhóm`,
        );
    }
  }
  return [...mappings.values()];
}

/** At upload: a proposal's members are preselected from the units whose names fit its wording (often none). */
export function preselectMembers(mappings: readonly GroupMapping[], units: readonly { id: string; name: string }[]): GroupMapping[] {
  return mappings.map((m) =>
    m.target.kind === "NEW" && m.target.memberIds === null
      ? { ...m, target: { ...m.target, memberIds: fittingUnits(m.target.keyTerms, units) } }
      : m,
  );
}

export function mappingOf(mappings: readonly GroupMapping[], phrase: GroupPhrase): GroupMapping | undefined {
  const key = mappingKey(phrase.text);
  return mappings.find((m) => m.key === key);
}

/** The description line that keeps lead wording no group takes ("Chủ trì thực hiện: …."), "" when there is none. */
export const leadNote = (loose: readonly string[]) => (loose.length ? `Chủ trì thực hiện: ${loose.join("; ")}.` : "");

export type SideGroups = { names: string[]; loose: string[] };

/**
 * Per side of a draft task: the names of the groups its wording maps to, given the commune's groups,
 * and the wording no group takes (for comparing and showing).
 */
export function draftGroupNames(mappings: readonly GroupMapping[], groups: readonly { id: string; name: string; kind: string }[]) {
  const nameOf = (phrase: GroupPhrase): string | null => {
    const t = mappingOf(mappings, phrase)?.target;
    if (!t || t.kind === "NONE") return null;
    if (t.kind === "NEW") return t.name;
    if (t.kind === "EXISTING") return groups.find((g) => g.id === t.groupId)?.name ?? null;
    return groups.find((g) => g.kind === t.builtin)?.name ?? null;
  };
  return (task: TaskDraft, side: "lead" | "support"): SideGroups => {
    const phrases = side === "lead" ? task.leadGroups : task.supportGroups;
    const names = phrases.map(nameOf);
    return { names: names.filter((n) => n !== null), loose: phrases.filter((_, i) => names[i] === null).map((p) => p.text) };
  };
}

type StoredTask = Omit<TaskDraft, "leadGroups" | "supportGroups"> & Partial<Pick<TaskDraft, "leadGroups" | "supportGroups">>;
type StoredDraft = Omit<PlanDraft, "tasks" | "groupMappings" | "standingOffice"> &
  Partial<Pick<PlanDraft, "groupMappings" | "standingOffice">> & { tasks: StoredTask[] };

/** A saved draft as the review uses it: drafts saved before unit groups existed have none of their fields. */
export function withGroupFields(draft: StoredDraft): PlanDraft {
  return {
    ...draft,
    groupMappings: draft.groupMappings ?? [],
    standingOffice: draft.standingOffice ?? null,
    tasks: draft.tasks.map((t) => ({ ...t, leadGroups: t.leadGroups ?? [], supportGroups: t.supportGroups ?? [] })),
  };
}
