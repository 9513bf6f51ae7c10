// Filters of the KPI list (Chỉ tiêu), read from the URL: the dashboard's KPI counts link here.
import { searchParam, type SearchParams } from "../validation/search-params";
import { STATUS_META, type IndicatorStatus } from "./status";
import { routes } from "../routes";

export type IndicatorFilters = { status: IndicatorStatus | ""; planId: string; unitId: string };

export function readIndicatorFilters(params: SearchParams): IndicatorFilters {
  const one = (k: string) => searchParam(params, k);
  const status = one("tinh-trang");
  return { status: status in STATUS_META ? (status as IndicatorStatus) : "", planId: one("ke-hoach"), unitId: one("don-vi") };
}

export function matchesIndicatorFilters(
  r: { planId: string; responsibleUnitId: string | null; summary: { status: IndicatorStatus } },
  f: IndicatorFilters,
): boolean {
  return (
    (!f.status || r.summary.status === f.status) && (!f.planId || r.planId === f.planId) && (!f.unitId || r.responsibleUnitId === f.unitId)
  );
}

export function indicatorListHref(communeId: string, f: Partial<IndicatorFilters>): string {
  return routes.commune(communeId).indicators(f);
}
