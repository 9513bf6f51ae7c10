// The province KPIs across the targeted communes: met / not met / no value, min–median–max, how far
// along the way the communes that have not met it are (a stacked bar per KPI, with its table), and
// the communes below the target with a link to their KPI.
import Link from "next/link";
import { ChartWithTable } from "@/components/dashboard/chart-table";
import { StatusBarsChart } from "@/components/dashboard/charts";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { formatValue } from "@/lib/format/number";
import { COMPARISON_SYMBOL } from "@/lib/indicators/status";
import type { KpiRollup } from "@/lib/province-plans/rollup";
import { KPI_BUCKETS } from "@/lib/province-plans/rollup-kpi";
import { routes } from "@/lib/routes";

const BUCKET_COLORS: Record<string, string> = {
  Q0: "#dc2626",
  Q1: "#f97316",
  Q2: "#f59e0b",
  Q3: "#60a5fa",
  MET: "#16a34a",
  NONE: "#cbd5e1",
};
const SERIES = [...KPI_BUCKETS.map((b) => ({ key: b.key, label: b.label })), { key: "NONE", label: "Chưa có số liệu" }].map((s) => ({
  ...s,
  color: BUCKET_COLORS[s.key] ?? "#94a3b8",
}));

const fmt = (k: KpiRollup, n: number | null) => (n === null ? "—" : formatValue(n, k.indicator.unit));
const goal = (k: KpiRollup) => `${COMPARISON_SYMBOL[k.indicator.comparison]} ${formatValue(k.indicator.target, k.indicator.unit)}`;

export function RollupKpis({ kpis }: { kpis: KpiRollup[] }) {
  if (kpis.length === 0) return null;
  const bars = kpis.map((k) => ({
    label: k.indicator.code,
    title: `${k.indicator.name} (${goal(k)})`,
    values: { ...k.distribution.buckets, NONE: k.distribution.noValue },
    hrefs: {},
  }));
  return (
    <Card className="break-inside-avoid">
      <CardHeader
        title="Chỉ tiêu của tỉnh: phân bố giữa các xã"
        description="Số liệu kỳ gần nhất của chỉ tiêu tương ứng ở mỗi xã được giao, so với chỉ tiêu của tỉnh; các khoảng là phần đã đạt được so với chỉ tiêu."
      />
      <div className="space-y-5 p-4">
        <ChartWithTable
          title="Phân bố các xã theo mức đạt chỉ tiêu"
          summary={kpis.map((k) => `${k.indicator.code}: ${k.distribution.met}/${k.distribution.targeted} xã đạt`).join("; ")}
          chart={<StatusBarsChart bars={bars} series={SERIES} />}
          table={{
            columns: ["Chỉ tiêu", ...SERIES.map((s) => s.label)],
            rows: bars.map((b) => ({
              key: b.label,
              header: b.title,
              cells: SERIES.map((s) => ({ text: String(b.values[s.key as keyof typeof b.values] ?? 0) })),
            })),
          }}
        />
        {kpis.map((k) => (
          <KpiBlock key={k.indicator.id} k={k} />
        ))}
      </div>
    </Card>
  );
}

/**
 * Communes named under each KPI: the farthest from the target first. A province of 100 communes would
 * otherwise send every name twice (HTML and RSC payload) on a page read by many; the counts above say how many.
 */
const SHOWN = 10;

function KpiBlock({ k }: { k: KpiRollup }) {
  const d = k.distribution;
  return (
    <section className="break-inside-avoid rounded-md border border-slate-200 p-3">
      <h3 className="font-semibold text-slate-900">
        {k.indicator.code}. {k.indicator.name} <span className="font-normal text-slate-600">(chỉ tiêu {goal(k)})</span>
      </h3>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-6">
        {[
          ["Xã được giao", String(d.targeted)],
          ["Đạt", String(d.met)],
          ["Chưa đạt", String(d.notMet)],
          ["Chưa có số liệu", String(d.noValue)],
          ["Thấp nhất / trung vị", `${fmt(k, d.min)} / ${fmt(k, d.median)}`],
          ["Cao nhất", fmt(k, d.max)],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {d.below.length === 0 && d.missing.length === 0 ? (
        <EmptyState>Mọi xã được giao đều đạt chỉ tiêu.</EmptyState>
      ) : (
        <div className="mt-2 text-sm">
          {d.below.length ? (
            <p>
              <span className="text-slate-600">Chưa đạt{d.below.length > SHOWN ? ` (${SHOWN} xã xa chỉ tiêu nhất)` : ""}: </span>
              {d.below.slice(0, SHOWN).map((b, i) => (
                <span key={b.communeId}>
                  {i ? ", " : ""}
                  <Link href={routes.commune(b.communeId).indicator(b.indicatorId ?? "")} className="text-brand-700 hover:underline">
                    {b.communeName}
                  </Link>{" "}
                  ({fmt(k, b.value)})
                </span>
              ))}
              {d.below.length > SHOWN ? <span className="text-slate-600"> và {d.below.length - SHOWN} xã khác</span> : null}
            </p>
          ) : null}
          {d.missing.length ? (
            <p className="mt-1">
              <span className="text-slate-600">Chưa có số liệu: </span>
              {d.missing
                .slice(0, SHOWN)
                .map((m) => m.communeName)
                .join(", ")}
              {d.missing.length > SHOWN ? ` và ${d.missing.length - SHOWN} xã khác` : ""}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
