// What the KPI list page (app/c/[communeId]/chi-tieu) shows, worked out from the commune's KPIs per
// plan and the URL's filters: pure, so that the page only gates, loads and renders.
import { routes } from "../routes";
import { matchesIndicatorFilters, type IndicatorFilters } from "./list-filters";
import { STATUS_META, type IndicatorStatus } from "./status";

type ListRow = { planId: string; responsibleUnitId: string | null; summary: { status: IndicatorStatus } };

export function indicatorListView<R extends ListRow, Plan extends { id: string }>(
  communeId: string,
  loaded: readonly { plan: Plan; indicators: R[] }[],
  filters: IndicatorFilters,
) {
  // Plan and unit narrow the plans' KPIs; the status chips count those and narrow each table further.
  const plans = loaded
    .filter((p) => !filters.planId || p.plan.id === filters.planId)
    .map((p) => {
      const indicators = p.indicators.filter((r) => matchesIndicatorFilters(r, { ...filters, status: "" }));
      return { plan: p.plan, indicators, shown: indicators.filter((r) => !filters.status || r.summary.status === filters.status) };
    });
  const all = plans.flatMap((p) => p.indicators);
  const counts = new Map<IndicatorStatus, number>();
  for (const r of all) counts.set(r.summary.status, (counts.get(r.summary.status) ?? 0) + 1);
  const chips = (Object.keys(STATUS_META) as IndicatorStatus[]).flatMap((status) => {
    const count = counts.get(status);
    if (!count) return [];
    // A chip toggles its status: clicking the active one shows every status again.
    const active = filters.status === status;
    return [{ status, count, active, href: routes.commune(communeId).indicators({ ...filters, status: active ? "" : status }) }];
  });
  const filtered = Boolean(filters.status || filters.planId || filters.unitId);
  return {
    plans,
    indicatorCount: all.length,
    chips,
    /** "Đang lọc theo …." when any filter is set, for the line that offers to show everything. */
    filterNote: filtered
      ? `Đang lọc${filters.status ? ` theo tình trạng “${STATUS_META[filters.status].label}”` : ""}` +
        `${filters.unitId ? " theo đơn vị chịu trách nhiệm" : ""}${filters.planId ? " theo kế hoạch" : ""}.`
      : null,
  };
}
