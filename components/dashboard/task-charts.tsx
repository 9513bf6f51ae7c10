// The dashboard's task charts with their table alternatives. Every bar segment and table cell opens
// the task list filtered to the tasks it counts.
import Link from "next/link";
import type { CommuneDashboard } from "@/lib/dashboard/commune";
import { taskListHref, type DashboardFilters } from "@/lib/dashboard/filters";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";
import { TONE_HEX, type StackedBar } from "./chart-data";
import { ChartWithTable } from "./chart-table";
import { CompletionsChart, StatusBarsChart } from "./charts";

const SERIES = DEADLINE_STATUSES.map((s) => ({
  key: s,
  label: DEADLINE_STATUS_META[s].label,
  color: TONE_HEX[DEADLINE_STATUS_META[s].tone],
}));

type Row = {
  key: string;
  label: string;
  title: string;
  counts: Record<DeadlineStatus, number>;
  total: number;
  link: Parameters<typeof taskListHref>[2];
};

function bars(rows: Row[], communeId: string, filters: DashboardFilters): StackedBar[] {
  return rows.map((r) => ({
    label: r.label,
    title: r.title,
    values: r.counts,
    hrefs: Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, taskListHref(communeId, filters, { ...r.link, status: s })])),
  }));
}

/** Rows × statuses table; the status columns with no task anywhere are left out to keep it narrow. */
function StatusTable({
  rows,
  communeId,
  filters,
  firstColumn,
}: {
  rows: Row[];
  communeId: string;
  filters: DashboardFilters;
  firstColumn: string;
}) {
  const shown = DEADLINE_STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return (
    <table className="w-full border-collapse text-left text-xs">
      <thead className="bg-slate-50 text-slate-600">
        <tr>
          <th scope="col" className="px-2 py-1.5">
            {firstColumn}
          </th>
          {shown.map((s) => (
            <th key={s} scope="col" className="px-2 py-1.5 text-right">
              {DEADLINE_STATUS_META[s].label}
            </th>
          ))}
          <th scope="col" className="px-2 py-1.5 text-right">
            Tổng
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="px-2 py-1.5 font-normal">
              {r.title}
            </th>
            {shown.map((s) => (
              <td key={s} className="px-2 py-1.5 text-right tabular-nums">
                {r.counts[s] ? (
                  <Link className="text-brand-700 hover:underline" href={taskListHref(communeId, filters, { ...r.link, status: s })}>
                    {r.counts[s]}
                  </Link>
                ) : (
                  0
                )}
              </td>
            ))}
            <td className="px-2 py-1.5 text-right font-semibold tabular-nums">
              <Link className="text-brand-700 hover:underline" href={taskListHref(communeId, filters, r.link)}>
                {r.total}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GroupChart({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const rows: Row[] = data.byGroup.map((g) => ({
    key: g.id,
    label: g.label,
    title: `${g.code}. ${g.title}`,
    counts: g.counts,
    total: g.total,
    link: { planId: g.planId, group: g.code },
  }));
  return (
    <ChartWithTable
      title="Nhiệm vụ theo nhóm"
      summary={rows.map((r) => `${r.title}: ${r.total}`).join("; ")}
      chart={<StatusBarsChart bars={bars(rows, communeId, filters)} series={SERIES} />}
      table={<StatusTable rows={rows} communeId={communeId} filters={filters} firstColumn="Nhóm" />}
    />
  );
}

export function UnitChart({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const rows: Row[] = data.byLeadUnit.map((u) => ({
    key: u.unitId,
    label: u.name.length > 16 ? `${u.name.slice(0, 15)}…` : u.name,
    title: u.name,
    counts: u.counts,
    total: u.total,
    link: { unitId: u.unitId },
  }));
  return (
    <ChartWithTable
      title="Đơn vị chủ trì, xếp theo số nhiệm vụ quá hạn"
      summary={data.byLeadUnit.map((u) => `${u.name}: ${u.overdue} quá hạn / ${u.total}`).join("; ")}
      chart={<StatusBarsChart bars={bars(rows, communeId, filters)} series={SERIES} />}
      table={<StatusTable rows={rows} communeId={communeId} filters={filters} firstColumn="Đơn vị chủ trì" />}
    />
  );
}

export function CompletionChart({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const weeks = data.completions.map((w) => ({ ...w, href: taskListHref(communeId, filters, { completedWeek: w.key }) }));
  return (
    <ChartWithTable
      title="Nhiệm vụ hoàn thành theo tuần"
      summary={weeks.map((w) => `${w.label}: ${w.n}`).join("; ")}
      chart={<CompletionsChart weeks={weeks} />}
      table={
        <table className="w-full border-collapse text-left text-xs">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-1.5">
                Tuần
              </th>
              <th scope="col" className="px-2 py-1.5 text-right">
                Hoàn thành
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {weeks.map((w) => (
              <tr key={w.key}>
                <th scope="row" className="px-2 py-1.5 font-normal">
                  {`${w.label} (${w.range})`}
                </th>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  {w.n ? (
                    <Link className="text-brand-700 hover:underline" href={w.href}>
                      {w.n}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
