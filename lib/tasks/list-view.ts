// What the task list page (app/c/[communeId]/nhiem-vu) shows, worked out from the loaded tasks and the
// URL's filters: pure, so that the page only gates, loads and renders.
import { DEADLINE_STATUSES, type DeadlineStatus } from "./deadline-status";
import { filterTasks, sortByUrgency, TASK_FLAGS, type Filterable, type TaskFilters } from "./filters";

export type ListTask = Omit<Filterable, "group" | "leadUnits"> & {
  dueDate: Date | null;
  plan: { title: string };
  group: { code: string; title: string } | null;
  leadUnits: { id: string; name: string }[];
};

/** Rows in the order of DEADLINE_STATUSES, one group per status that has any. */
function groupByStatus<T extends { status: DeadlineStatus }>(rows: T[]) {
  return DEADLINE_STATUSES.map((status) => ({ status, rows: rows.filter((r) => r.status === status) })).filter((g) => g.rows.length > 0);
}

/** Distinct values in first-seen order, keyed by `key`. */
function distinct<T, K>(items: readonly T[], key: (t: T) => K): T[] {
  return [...new Map(items.map((t) => [key(t), t])).values()];
}

/**
 * Filters the dashboard's links add beyond the form's fields (lead unit, action-list flag, week of
 * completion), written out so that the user knows why the list is short.
 */
export function extraFilterParts(filters: TaskFilters, leadUnitNames: ReadonlyMap<string, string>): string[] {
  const parts = [
    filters.unitId ? `đơn vị chủ trì: ${leadUnitNames.get(filters.unitId) ?? "đơn vị đã chọn"}` : null,
    filters.flag ? TASK_FLAGS[filters.flag].toLowerCase() : null,
    filters.completedWeek ? `hoàn thành trong tuần ${Number(filters.completedWeek.slice(6))}/${filters.completedWeek.slice(0, 4)}` : null,
  ];
  return parts.filter((p): p is string => p !== null);
}

/**
 * `ownUnit`: set for a user who has tasks of their own (unit staff), whose list holds their unit's tasks.
 * `flagged`: the task ids a flag filter keeps (see filterTasks).
 */
export function taskListView<T extends ListTask>(p: {
  all: T[];
  filters: TaskFilters;
  flagged?: ReadonlySet<string>;
  ownUnit: { name: string | null } | null;
  communeName: string;
}) {
  const { all, filters, ownUnit } = p;
  const shown = sortByUrgency(filterTasks(all, filters, p.flagged));
  const leadUnitNames = new Map(all.flatMap((t) => t.leadUnits.map((u) => [u.id, u.name] as const)));
  return {
    title: ownUnit ? "Nhiệm vụ của tôi" : "Nhiệm vụ",
    description: ownUnit ? `Nhiệm vụ ${ownUnit.name ?? "đơn vị"} chủ trì hoặc phối hợp thực hiện` : `Tất cả nhiệm vụ của ${p.communeName}`,
    groups: groupByStatus(shown),
    /** The plans and groups of the loaded tasks: the filter bar's choices. */
    plans: distinct(all, (t) => t.planId).map((t) => ({ id: t.planId, title: t.plan.title })),
    planGroups: distinct(
      all.flatMap((t) => (t.group ? [{ code: t.group.code, title: t.group.title }] : [])),
      (g) => g.code,
    ),
    extraFilters: extraFilterParts(filters, leadUnitNames),
    countLine: shown.length === all.length ? `${all.length} nhiệm vụ` : `${shown.length} / ${all.length} nhiệm vụ phù hợp`,
    emptyMessage: all.length === 0 && ownUnit ? "Đơn vị của bạn chưa được giao nhiệm vụ nào." : "Không có nhiệm vụ phù hợp.",
  };
}
