// The dashboard's filters (plan, period, group, lead unit), read from the URL, and the links from
// its numbers to the task list that makes each of them up (the list reads the same parameters).
import { searchParam, type SearchParams } from "../validation/search-params";
import { addDays } from "../dates";
import { periodContaining, periodFromKey, previousPeriod, type Period } from "../indicators/periods";
import type { DeadlineStatus } from "../tasks/deadline-status";
import type { DONE_FILTER, TaskFlag } from "../tasks/filters";

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

/** The day the dashboard's figures are taken on: today, or the last day of a past period. */
export function asOfDay(f: DashboardFilters, today: string): string {
  return f.isCurrent ? today : f.period.end;
}

/** The day the comparison is made with: the last day of the period before the chosen one. */
export function comparisonDay(f: DashboardFilters): string {
  return addDays(f.period.start, -1);
}

export type TaskListLink = {
  status?: DeadlineStatus | typeof DONE_FILTER;
  flag?: TaskFlag;
  completedWeek?: string;
  unitId?: string;
  group?: string;
  planId?: string;
};

/** The commune's task list filtered as the dashboard is, plus `extra` (which wins over the filters). */
export function taskListHref(
  communeId: string,
  f: Pick<DashboardFilters, "planId" | "group" | "unitId">,
  extra: TaskListLink = {},
): string {
  const params = new URLSearchParams();
  const set = (k: string, v: string | undefined) => {
    if (v) params.set(k, v);
  };
  set("ke-hoach", extra.planId ?? f.planId);
  set("nhom", extra.group ?? f.group);
  set("don-vi", extra.unitId ?? f.unitId);
  set("trang-thai", extra.status);
  set("loc", extra.flag);
  set("hoan-thanh", extra.completedWeek);
  const query = params.toString();
  return `/c/${communeId}/nhiem-vu${query ? `?${query}` : ""}`;
}

/** The dashboard's own URL with its filters (for the period picker and the province's links). */
export function dashboardHref(
  communeId: string,
  f: Partial<Pick<DashboardFilters, "planId" | "group" | "unitId">> & { periodKey?: string },
) {
  const params = new URLSearchParams();
  if (f.planId) params.set("ke-hoach", f.planId);
  if (f.periodKey) params.set("ky", f.periodKey);
  if (f.group) params.set("nhom", f.group);
  if (f.unitId) params.set("don-vi", f.unitId);
  const query = params.toString();
  return `/c/${communeId}${query ? `?${query}` : ""}`;
}
