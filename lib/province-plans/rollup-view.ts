// What the roll-up pages show: labels and colours of the categories (the official ones, then the
// roll-up's own), the page's filters, and why a commune is counted as lagging.
import { DEADLINE_STATUS_META } from "../tasks/status-meta";
import type { Tone } from "../tasks/status-meta";
import type { PairRow } from "./rollup-sql";
import { ROLLUP_CATEGORIES, type RollupCategory, type TaskRollup } from "./rollup";

export const ROLLUP_META: Record<RollupCategory, { label: string; tone: Tone; bar: string }> = {
  ...(Object.fromEntries(Object.entries(DEADLINE_STATUS_META).map(([k, m]) => [k, { ...m, bar: "" }])) as Record<
    keyof typeof DEADLINE_STATUS_META,
    { label: string; tone: Tone; bar: string }
  >),
  NOT_RECEIVED: { label: "Chưa nhận nhiệm vụ", tone: "gray", bar: "bg-slate-200" },
  NOT_APPLICABLE: { label: "Không phát sinh", tone: "gray", bar: "bg-stone-300" },
  ARCHIVED: { label: "Trong kế hoạch đã lưu trữ", tone: "gray", bar: "bg-zinc-300" },
  WITHDRAWN: { label: "Không còn thực hiện", tone: "gray", bar: "" },
};

/** The categories drawn in a task's bar (withdrawn ones are shown apart, not in the bar). */
export const BAR_CATEGORIES = ROLLUP_CATEGORIES.filter((c) => c !== "WITHDRAWN");

/** The order of the bar and the table columns: worst first, done last, then the roll-up's own states. */
export const SHOWN_ORDER: RollupCategory[] = [
  "OVERDUE",
  "DUE_SOON",
  "NOT_STARTED",
  "NO_DEADLINE_NOT_UPDATED",
  "IN_PROGRESS",
  "NO_DEADLINE_UPDATED",
  "DONE_LATE",
  "DONE_ON_TIME",
  "NOT_RECEIVED",
  "NOT_APPLICABLE",
  "ARCHIVED",
];

export type RollupFilters = { group: string; laggardsOnly: boolean };

export function readRollupFilters(params: Record<string, string | string[] | undefined>): RollupFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  return { group: one(params.nhom).slice(0, 40), laggardsOnly: one(params.cham) === "1" };
}

export function filterTasks(tasks: readonly TaskRollup[], f: RollupFilters): TaskRollup[] {
  return tasks.filter((t) => (!f.group || t.task.groupCode === f.group) && (!f.laggardsOnly || t.laggards.length > 0));
}

/** The groups of the plan, in order, for the filter. */
export function groupsOf(tasks: readonly TaskRollup[]): { code: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const t of tasks) if (t.task.groupCode && !seen.has(t.task.groupCode)) seen.set(t.task.groupCode, t.task.groupTitle ?? "");
  return [...seen].map(([code, title]) => ({ code, title }));
}

/** Why a commune is on the laggards' list, in words ("Quá hạn; chưa cập nhật kỳ này"). */
export function lagReason(r: Pick<PairRow, "category" | "stale">, periodLabel: string): string {
  const parts: string[] = [];
  if (r.category === "OVERDUE") parts.push("Quá hạn");
  if (r.category === "NOT_STARTED") parts.push("Chưa triển khai");
  if (r.stale) parts.push(`chưa cập nhật ${periodLabel.toLowerCase()}`);
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
