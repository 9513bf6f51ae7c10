import Link from "next/link";
import { IndicatorBadge } from "@/components/indicators/indicator-badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import type { CommuneDashboard } from "@/lib/dashboard/commune";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { indicatorListHref } from "@/lib/indicators/list-filters";
import { STATUS_META, type IndicatorStatus } from "@/lib/indicators/status";
import { formatValue } from "@/lib/format/number";
import type { IndicatorTrendRow } from "./chart-data";
import { ChartWithTable } from "./chart-table";
import { IndicatorTrendChart } from "./charts";
import { IndicatorCards } from "./indicator-cards";

const LINE_COLORS = ["#1d5bd8", "#16a34a", "#f97316", "#9333ea", "#0d9488"];
/** Lines in the trend chart: more is unreadable; the cards have every indicator's sparkline. */
const TREND_LINES = 5;

/** Percent KPIs with the most values, as rows of period → value per indicator. */
function trendOf(cards: CommuneDashboard["indicators"]["cards"]) {
  const picked = cards
    .filter((c) => c.unit === "PERCENT" && c.summary.trend.length >= 2)
    .sort((a, b) => b.summary.trend.length - a.summary.trend.length)
    .slice(0, TREND_LINES);
  const byPeriod = new Map<string, IndicatorTrendRow & { end: string }>();
  for (const c of picked) {
    for (const t of c.summary.trend) {
      const row = byPeriod.get(t.periodKey) ?? { label: t.label, end: t.periodEnd };
      row[c.code] = t.value;
      byPeriod.set(t.periodKey, row);
    }
  }
  const rows = [...byPeriod.values()].sort((a, b) => (a.end < b.end ? -1 : 1));
  return { rows, lines: picked.map((c, i) => ({ key: c.code, name: c.name, color: LINE_COLORS[i % LINE_COLORS.length]! })) };
}

export function IndicatorSection({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const { cards, counts } = data.indicators;
  const trend = trendOf(cards);
  return (
    <Card className="mb-5">
      <CardHeader
        title="Chỉ tiêu"
        description={
          filters.group ? "Chỉ tiêu không chia theo nhóm nhiệm vụ: đang hiện mọi chỉ tiêu của kế hoạch." : `${cards.length} chỉ tiêu`
        }
        actions={
          <ul className="flex flex-wrap gap-2" aria-label="Số chỉ tiêu theo tình trạng">
            {(Object.keys(STATUS_META) as IndicatorStatus[])
              .filter((s) => counts[s])
              .map((s) => (
                <li key={s}>
                  <Link
                    prefetch={false}
                    href={indicatorListHref(communeId, { status: s, planId: filters.planId, unitId: filters.unitId })}
                    className="flex items-center gap-1.5 rounded-md border border-slate-200 px-2 py-1 text-sm hover:border-brand-600"
                    data-indicator-count={s}
                  >
                    <IndicatorBadge status={s} />
                    <span className="font-semibold tabular-nums">{counts[s]}</span>
                  </Link>
                </li>
              ))}
          </ul>
        }
      />
      {cards.length === 0 ? (
        <EmptyState>Chưa có chỉ tiêu nào.</EmptyState>
      ) : (
        <div className="space-y-4 p-4 sm:p-5">
          <IndicatorCards cards={cards} communeId={communeId} />
          {trend.lines.length ? (
            <div className="break-inside-avoid">
              <h3 className="mb-1 text-sm font-semibold text-slate-700">Xu hướng các chỉ tiêu tỷ lệ</h3>
              <ChartWithTable
                title="Xu hướng các chỉ tiêu tỷ lệ"
                summary={trend.lines.map((l) => l.name).join("; ")}
                chart={<IndicatorTrendChart rows={trend.rows} lines={trend.lines} />}
                table={{
                  columns: ["Kỳ", ...trend.lines.map((l) => l.name)],
                  rows: trend.rows.map((r) => ({
                    key: r.label,
                    header: r.label,
                    cells: trend.lines.map((l) => ({
                      text: typeof r[l.key] === "number" ? formatValue(r[l.key] as number, "PERCENT") : "—",
                    })),
                  })),
                }}
              />
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}
