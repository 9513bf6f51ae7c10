// Search and filters of the task lists (Nhiệm vụ của tôi / Nhiệm vụ), read from the URL. The
// dashboard links here with the same parameters, so every number it shows opens the tasks behind it.
import type { TaskListQuery } from "../routes";
import { searchParam, type SearchParams } from "../validation/search-params";
import { localDateKey } from "../dates";
import { foldText } from "@/lib/text";
import { periodContaining } from "../indicators/periods";
import { DEADLINE_STATUSES, type DeadlineStatus } from "./deadline-status";

/** Lists the dashboard's action lists open, decided by a query rather than by a column of the row. */
export const TASK_FLAGS = {
  "cho-chi-dao": "Khó khăn, đề xuất chờ lãnh đạo cho ý kiến",
  "chi-dao-chua-tiep-nhan": "Có ý kiến chỉ đạo chưa tiếp nhận",
} as const;

export type TaskFlag = keyof typeof TASK_FLAGS;

/** "Đã hoàn thành" in the filter: both completed categories (the dashboard's done count opens it). */
export const DONE_FILTER = "DONE";
const DONE_STATUSES: readonly DeadlineStatus[] = ["DONE_ON_TIME", "DONE_LATE"];

export type TaskFilters = {
  q: string;
  planId: string;
  group: string;
  status: DeadlineStatus | typeof DONE_FILTER | "";
  role: "LEAD" | "SUPPORT" | "";
  /** A lead unit (chủ trì). */
  unitId: string;
  flag: TaskFlag | "";
  /** An ISO week key ("2026-W47"): tasks completed in that week. */
  completedWeek: string;
};

export type Filterable = {
  id: string;
  code: string;
  title: string;
  description: string;
  planId: string;
  group: { code: string } | null;
  status: DeadlineStatus;
  role?: "LEAD" | "SUPPORT";
  leadUnits: { id: string }[];
  workStatus: string;
  completedAt: Date | null;
  lastUpdateAt: Date | null;
};

export function readTaskFilters(params: SearchParams): TaskFilters {
  const one = (k: string) => searchParam(params, k, 200);
  const status = one("trang-thai");
  const role = one("vai-tro");
  const flag = one("loc");
  const week = one("hoan-thanh");
  return {
    q: one("q"),
    planId: one("ke-hoach"),
    group: one("nhom"),
    status:
      status === DONE_FILTER || (DEADLINE_STATUSES as readonly string[]).includes(status)
        ? (status as DeadlineStatus | typeof DONE_FILTER)
        : "",
    role: role === "LEAD" || role === "SUPPORT" ? role : "",
    unitId: one("don-vi"),
    flag: flag in TASK_FLAGS ? (flag as TaskFlag) : "",
    completedWeek: /^\d{4}-W\d{2}$/.test(week) ? week : "",
  };
}

/** The filters as a route's query (lib/routes.ts): the page's "Xuất Excel" link keeps every one of them. */
export function taskListQuery(f: TaskFilters): TaskListQuery {
  return {
    q: f.q,
    planId: f.planId,
    group: f.group,
    unitId: f.unitId,
    status: f.status || undefined,
    role: f.role || undefined,
    flag: f.flag || undefined,
    completedWeek: f.completedWeek,
  };
}

/** The ISO week a completed task counts in: its completion date, or its last report when none was given. */
export function completionWeek(t: { completedAt: Date | null; lastUpdateAt: Date | null }): string | null {
  const at = t.completedAt ?? t.lastUpdateAt;
  return at ? periodContaining(localDateKey(at), "WEEKLY").key : null;
}

/** `flagged`: the ids a `flag` filter keeps (from a query), ignored when no flag is set. */
export function filterTasks<T extends Filterable>(rows: T[], f: TaskFilters, flagged?: ReadonlySet<string>): T[] {
  const words = foldText(f.q).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.planId && r.planId !== f.planId) return false;
    if (f.group && r.group?.code !== f.group) return false;
    if (f.status === DONE_FILTER ? !DONE_STATUSES.includes(r.status) : f.status && r.status !== f.status) return false;
    if (f.role && r.role !== f.role) return false;
    if (f.unitId && !r.leadUnits.some((u) => u.id === f.unitId)) return false;
    if (f.flag && !flagged?.has(r.id)) return false;
    if (f.completedWeek && (r.workStatus !== "DONE" || completionWeek(r) !== f.completedWeek)) return false;
    if (words.length) {
      const hay = foldText(`${r.code} ${r.title} ${r.description}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** Most urgent first: the order of DEADLINE_STATUSES, then by due date, then by code. */
export function sortByUrgency<T extends { status: DeadlineStatus; dueDate: Date | null; code: string }>(rows: T[]): T[] {
  const rank = (s: DeadlineStatus) => DEADLINE_STATUSES.indexOf(s);
  return [...rows].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity) ||
      a.code.localeCompare(b.code, "vi", { numeric: true }),
  );
}
