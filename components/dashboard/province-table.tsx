import Link from "next/link";
import { IndicatorBadge } from "@/components/indicators/indicator-badge";
import type { ProvinceRow } from "@/lib/dashboard/province";
import { PROVINCE_SORTS, sortHref, type ProvinceQuery, type ProvinceSort } from "@/lib/dashboard/province-table";
import { formatDateTime } from "@/lib/dates";
import type { IndicatorStatus } from "@/lib/indicators/status";

const KPI_SHOWN: IndicatorStatus[] = ["MET", "ON_TRACK", "BEHIND", "AT_RISK", "MISSED"];

function SortHeader({ base, query, sort, className = "" }: { base: string; query: ProvinceQuery; sort: ProvinceSort; className?: string }) {
  const active = query.sort === sort;
  return (
    <th
      scope="col"
      className={`px-3 py-2 font-semibold sm:px-4 ${className}`}
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}
    >
      <Link href={sortHref(base, query, sort)} className="inline-flex items-center gap-1 hover:text-brand-700">
        {PROVINCE_SORTS[sort]}
        <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>
          {active && query.dir === "desc" ? "▼" : "▲"}
        </span>
      </Link>
    </th>
  );
}

/** The province's communes, sortable by any figure; a name opens that commune's dashboard (read-only). */
export function ProvinceTable({
  rows,
  base,
  query,
  showProvince,
}: {
  rows: ProvinceRow[];
  base: string;
  query: ProvinceQuery;
  showProvince: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[860px] border-collapse text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <SortHeader base={base} query={query} sort="ten" />
            {showProvince ? (
              <th scope="col" className="px-3 py-2 font-semibold sm:px-4">
                Tỉnh, thành phố
              </th>
            ) : null}
            <SortHeader base={base} query={query} sort="hoan-thanh" className="text-right" />
            <SortHeader base={base} query={query} sort="qua-han" className="text-right" />
            <SortHeader base={base} query={query} sort="chi-tieu" />
            <SortHeader base={base} query={query} sort="cap-nhat" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((c) => (
            <tr key={c.id} data-commune={c.name}>
              <td className="px-3 py-2.5 sm:px-4">
                <Link href={`/c/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.name}
                </Link>
                <div className="text-xs text-slate-500">{c.total} nhiệm vụ</div>
              </td>
              {showProvince ? <td className="px-3 py-2.5 text-slate-700 sm:px-4">{c.provinceName}</td> : null}
              <td className="px-3 py-2.5 text-right sm:px-4">
                <span className="font-semibold tabular-nums" data-completion>
                  {c.completion}%
                </span>
                <div className="text-xs text-slate-500">
                  {c.done}/{c.total} · tiến độ {c.progress}%
                </div>
              </td>
              <td className={`px-3 py-2.5 text-right tabular-nums sm:px-4 ${c.overdue ? "font-semibold text-red-700" : ""}`} data-overdue>
                {c.overdue}
              </td>
              <td className="px-3 py-2.5 sm:px-4">
                {c.kpiTotal ? (
                  <span className="flex flex-wrap gap-1">
                    {KPI_SHOWN.filter((s) => c.kpis[s]).map((s) => (
                      <span key={s} className="inline-flex items-center gap-1" data-kpi={s}>
                        <IndicatorBadge status={s} />
                        <span className="text-xs font-semibold tabular-nums">{c.kpis[s]}</span>
                      </span>
                    ))}
                    {c.kpis.NO_DATA ? <span className="text-xs text-slate-500">{c.kpis.NO_DATA} chưa có số liệu</span> : null}
                  </span>
                ) : (
                  <span className="text-xs text-slate-400">Chưa có chỉ tiêu</span>
                )}
              </td>
              <td className="px-3 py-2.5 text-xs text-slate-600 sm:px-4">
                {c.lastUpdateAt ? formatDateTime(c.lastUpdateAt) : "Chưa cập nhật"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
