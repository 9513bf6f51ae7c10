// Who should lead a mandated task the commune has not assigned yet. Most province tasks are already in
// the commune's own plans (communes copied them before): the lead units of the most similar own task
// come first; then the units the province's text names ("Văn phòng HĐND và UBND" in leadText); then the
// standing office itself. Each proposal says why, so the office can judge it at a glance.
import { collapseSpaces, foldText } from "../text";
import { matchUnit, type UnitRef } from "../units/match";

export type ProposalSource = "SIMILAR" | "TEXT" | "OFFICE";
export type Proposal = { source: ProposalSource; unitIds: string[]; groupIds: string[]; reason: string };

/** A task of the commune's other active plans, with its lead side as named (units and groups). */
export type OwnTask = { code: string; title: string; planLabel: string; leadUnitIds: string[]; leadGroupIds: string[] };
export type MandatedInput = { title: string; leadText: string; supportText: string | null };

/** Words that say nothing of what a task is about. */
const STOP = new Set(["va", "cac", "cua", "cho", "tren", "trong", "nam", "de", "voi", "tai", "the", "theo", "nhung", "mot", "duoc"]);

export function titleWords(title: string): Set<string> {
  return new Set(
    foldText(title)
      .replace(/[^a-z0-9]+/g, " ")
      .split(" ")
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Overlap of two titles' words (Jaccard): 1 for the same words, 0 for none in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  return common / (a.size + b.size - common);
}

/** Below this, two titles are about different things (measured on the demo plans: copies score ≥ 0.6). */
export const SIMILAR_ENOUGH = 0.5;

/** The own task most like `title` with someone leading it, or null. Ties go to the lower code, for a stable answer. */
export function mostSimilar(title: string, own: readonly OwnTask[]): { task: OwnTask; score: number } | null {
  const words = titleWords(title);
  let best: { task: OwnTask; score: number } | null = null;
  for (const task of own) {
    if (task.leadUnitIds.length === 0 && task.leadGroupIds.length === 0) continue;
    const score = similarity(words, titleWords(task.title));
    if (score < SIMILAR_ENOUGH) continue;
    if (!best || score > best.score || (score === best.score && task.code.localeCompare(best.task.code, "vi", { numeric: true }) < 0)) {
      best = { task, score };
    }
  }
  return best;
}

/** Units of the commune named in the province's wording ("Văn phòng HĐND và UBND; Công an xã"). */
export function unitsNamedIn(text: string, units: readonly UnitRef[]): string[] {
  const found: string[] = [];
  for (const piece of collapseSpaces(text).split(/[;,]|\s+và\s+(?=[A-ZĐ])/u)) {
    const unit = piece.trim() ? matchUnit(piece.trim(), units) : null;
    if (unit && !found.includes(unit.id)) found.push(unit.id);
  }
  return found;
}

/** The proposal for one mandated task, or null when none of the three sources gives one. */
export function proposeLead(
  task: MandatedInput,
  own: readonly OwnTask[],
  units: readonly UnitRef[],
  officeUnitId: string | null,
): Proposal | null {
  const similar = mostSimilar(task.title, own);
  if (similar) {
    return {
      source: "SIMILAR",
      unitIds: similar.task.leadUnitIds,
      groupIds: similar.task.leadGroupIds,
      reason: `giống nhiệm vụ ${similar.task.code} của ${similar.task.planLabel}`,
    };
  }
  const named = unitsNamedIn(task.leadText, units);
  if (named.length > 0) return { source: "TEXT", unitIds: named, groupIds: [], reason: "theo văn bản tỉnh" };
  if (officeUnitId) return { source: "OFFICE", unitIds: [officeUnitId], groupIds: [], reason: "cơ quan thường trực" };
  return null;
}
