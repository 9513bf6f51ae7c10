"use client";
// The province's communes, one row each. A client component only so that the rows travel as their
// data (a few hundred bytes each) rather than as a rendered element tree next to their HTML, which
// made a hundred-commune page half a megabyte; sorting and search stay server-side, in the URL.
import Link from "next/link";
import type { KEY_INDICATORS } from "@/lib/dashboard/province";
import {
  checkedTodayText,
  openIncidentsText,
  PROVINCE_SORTS,
  sortHref,
  type ProvinceQuery,
  type ProvinceSort,
} from "@/lib/dashboard/province-table";
import type { ProvinceTableRow } from "@/lib/dashboard/province-view";
import { STATUS_META, type IndicatorStatus } from "@/lib/indicators/status";
import { formatPercent, formatValue } from "@/lib/format/number";
import { TONE_CLASSES } from "@/components/ui/status-badge";
import { routes } from "@/lib/routes";

const STATUSES_SHOWN: IndicatorStatus[] = ["MET", "ON_TRACK", "BEHIND", "AT_RISK", "MISSED", "STALE", "NO_DATA"];

/** Legend of the KPI counts: coloured dots with numbers, not badges, to keep a hundred rows light. */
export function IndicatorLegend() {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 px-4 py-2 text-xs text-slate-600" aria-hidden>
      Chỉ tiêu:
      {STATUSES_SHOWN.map((s) => (
        <span key={s} className="inline-flex items-center gap-1">
          <span className={`size-2 rounded-full ${TONE_CLASSES[STATUS_META[s].tone].dot}`} />
          {STATUS_META[s].label}
        </span>
      ))}
    </p>
  );
}

function SortHeader({ query, sort, className = "" }: { query: ProvinceQuery; sort: ProvinceSort; className?: string }) {
  const active = query.sort === sort;
  return (
    <th scope="col" className={className} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={sortHref(query, sort)} className="inline-flex items-center gap-1 hover:text-brand-700">
        {PROVINCE_SORTS[sort]}
        <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>
          {active && query.dir === "desc" ? "▼" : "▲"}
        </span>
      </Link>
    </th>
  );
}

export function ProvinceTable({
  rows,
  query,
  showProvince,
  keyIndicators,
}: {
  rows: ProvinceTableRow[];
  query: ProvinceQuery;
  showProvince: boolean;
  keyIndicators: typeof KEY_INDICATORS;
}) {
  return (
    <div className="overflow-x-auto">
      {/* Cell padding is set once on the table, not repeated on every cell. */}
      <table className="w-full min-w-[1000px] border-collapse text-left text-sm [&_td]:px-3 [&_td]:py-2.5 [&_th]:px-3 [&_th]:py-2 sm:[&_td]:px-4 sm:[&_th]:px-4">
        <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <SortHeader query={query} sort="ten" />
            {showProvince ? <th scope="col">Tỉnh, thành phố</th> : null}
            <SortHeader query={query} sort="hoan-thanh" className="text-right" />
            <SortHeader query={query} sort="qua-han" className="text-right" />
            <SortHeader query={query} sort="chi-tieu" />
            {keyIndicators.map((k) => (
              <th key={k.code} scope="col" className="text-right">
                {k.short}
              </th>
            ))}
            <SortHeader query={query} sort="su-co" className="text-right" />
            <SortHeader query={query} sort="cap-nhat" />
            <th scope="col">Báo cáo gần nhất</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 [&_small]:block [&_small]:text-xs [&_small]:text-slate-500">
          {rows.map((c) => (
            <tr key={c.id} data-commune={c.name}>
              <td>
                {/* A plain link: a hundred prefetching links would load a hundred dashboards. */}
                <a href={routes.commune(c.id).dashboard()} className="font-medium text-brand-700 hover:underline">
                  {c.name}
                </a>
                <small>{c.total} nhiệm vụ</small>
              </td>
              {showProvince ? <td>{c.provinceName}</td> : null}
              <td className="text-right">
                <b className="tabular-nums">{formatPercent(c.completion)}</b>
                <small>
                  {c.done}/{c.total} · tiến độ {formatPercent(c.progress)}
                </small>
              </td>
              <td className={`text-right tabular-nums ${c.overdue ? "font-semibold text-red-700" : ""}`} data-overdue>
                {c.overdue}
              </td>
              <td className="text-xs font-semibold tabular-nums">
                {c.indicatorTotal
                  ? STATUSES_SHOWN.filter((s) => c.indicatorCounts[s]).map((s) => (
                      <span
                        key={s}
                        className="mr-2 inline-flex items-center gap-1"
                        data-indicator-status={s}
                        title={STATUS_META[s].label}
                        aria-label={`${STATUS_META[s].label}: ${c.indicatorCounts[s]}`}
                      >
                        <i aria-hidden className={`size-2 rounded-full ${TONE_CLASSES[STATUS_META[s].tone].dot}`} />
                        {c.indicatorCounts[s]}
                      </span>
                    ))
                  : "—"}
              </td>
              {c.keyIndicators.map((v, i) => (
                <td key={i} className="text-right tabular-nums">
                  {v === null ? "—" : formatValue(v, "PERCENT")}
                </td>
              ))}
              <td className="whitespace-nowrap text-right">
                <b className={`tabular-nums ${c.operations.urgentIncidents ? "text-red-700" : "font-normal"}`} data-open-incidents>
                  {openIncidentsText(c.operations)}
                </b>
                {/* Today's start-of-day check under the count: one column less on a laptop's screen. */}
                <small className={c.operations.checkedToday === false ? "text-red-700!" : undefined} data-checked-today>
                  Kiểm tra hôm nay: {checkedTodayText(c.operations.checkedToday).toLocaleLowerCase("vi-VN")}
                </small>
              </td>
              <td className="text-xs text-slate-600">{c.lastUpdate ?? "Chưa cập nhật"}</td>
              <td className="text-xs" data-report>
                {c.report ? (
                  <a href={routes.commune(c.id).report(c.report.id)} className="text-brand-700 hover:underline">
                    {c.report.label}
                    <small>ký {c.report.signed}</small>
                  </a>
                ) : (
                  <span className="text-slate-500">Chưa có</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
