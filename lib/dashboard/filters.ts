// The dashboard's filters (plan, period, group, lead unit), read from the URL, and the links from
// its numbers to the task list that makes each of them up (the list reads the same parameters).
import { searchParam, type SearchParams } from "../validation/search-params";
import { addDays } from "../dates";
import { periodContaining, periodFromKey, previousPeriod, type Period } from "../indicators/periods";
import { routes, type TaskListQuery } from "../routes";

export type DashboardFilters = {
  planId: string;
  group: string;
  unitId: string;
  /** The period the dashboard is about: "kỳ này" unless the user picked an earlier one. */
  period: Period;
  /** True when `period` contains today: figures are live, not as of the period's end. */
  isCurrent: boolean;
};

/** Weeks and months offered in the period picker, newest first. */
export const PICKER_WEEKS = 8;
export const PICKER_MONTHS = 6;

export function readDashboardFilters(params: SearchParams, today: string): DashboardFilters {
  const one = (k: string) => searchParam(params, k);
  const key = one("ky");
  const picked = key.includes("W") ? periodFromKey(key, "WEEKLY") : periodFromKey(key, "MONTHLY");
  // A future period has nothing to show yet: fall back to the current week.
  const period = picked && picked.start <= today ? picked : periodContaining(today, "WEEKLY");
  return { planId: one("ke-hoach"), group: one("nhom"), unitId: one("don-vi"), period, isCurrent: period.end >= today };
}

/** Choices of the period picker: the last weeks, then the last months (Nghị định 09 months). */
export function periodChoices(today: string): Period[] {
  const list: Period[] = [];
  for (let p = periodContaining(today, "WEEKLY"), i = 0; i < PICKER_WEEKS; i++, p = previousPeriod(p)) list.push(p);
  for (let p = periodContaining(today, "MONTHLY"), i = 0; i < PICKER_MONTHS; i++, p = previousPeriod(p)) list.push(p);
  return list;
}

/**
 * Groups offered in the group filter: the chosen plan's, or every plan's, once per code (plans
 * imported from the same template share codes, and a code filters all of them).
 */
export function groupChoices<G extends { code: string; planId: string }>(groups: readonly G[], planId: string): G[] {
  return [...new Map(groups.filter((g) => !planId || g.planId === planId).map((g) => [g.code, g])).values()];
}

/** The day the dashboard's figures are taken on: today, or the last day of a past period. */
export function asOfDay(f: DashboardFilters, today: string): string {
  return f.isCurrent ? today : f.period.end;
}

/** The day the comparison is made with: the last day of the period before the chosen one. */
export function comparisonDay(f: DashboardFilters): string {
  return addDays(f.period.start, -1);
}

export type TaskListLink = TaskListQuery;

/** The commune's task list filtered as the dashboard is, plus `extra` (which wins over the filters). */
export function taskListHref(
  communeId: string,
  f: Pick<DashboardFilters, "planId" | "group" | "unitId">,
  extra: TaskListLink = {},
): string {
  return routes.commune(communeId).tasks({
    ...extra,
    planId: extra.planId ?? f.planId,
    group: extra.group ?? f.group,
    unitId: extra.unitId ?? f.unitId,
  });
}
