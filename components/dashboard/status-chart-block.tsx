"use client";
// A stacked status chart with its table. The links of every segment and cell are built here from the
// counts and the filters, so that the page sends each number once instead of once per link.
import { taskListHref, type DashboardFilters, type TaskListLink } from "@/lib/dashboard/filters";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";
import { TONE_HEX, type StackedBar } from "./chart-data";
import { ChartWithTable, type TableModel } from "./chart-table";
import { StatusBarsChart } from "./charts";

const SERIES = DEADLINE_STATUSES.map((s) => ({
  key: s,
  label: DEADLINE_STATUS_META[s].label,
  color: TONE_HEX[DEADLINE_STATUS_META[s].tone],
}));

export type StatusRow = {
  key: string;
  label: string;
  title: string;
  counts: Record<DeadlineStatus, number>;
  total: number;
  link: TaskListLink;
};

type Scope = Pick<DashboardFilters, "planId" | "group" | "unitId">;

function bars(rows: StatusRow[], communeId: string, scope: Scope): StackedBar[] {
  return rows.map((r) => ({
    label: r.label,
    title: r.title,
    values: r.counts,
    hrefs: Object.fromEntries(
      DEADLINE_STATUSES.filter((s) => r.counts[s]).map((s) => [s, taskListHref(communeId, scope, { ...r.link, status: s })]),
    ),
  }));
}

/** Rows × statuses; the status columns with no task anywhere are left out to keep it narrow. */
function table(rows: StatusRow[], communeId: string, scope: Scope, firstColumn: string): TableModel {
  const shown = DEADLINE_STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return {
    columns: [firstColumn, ...shown.map((s) => DEADLINE_STATUS_META[s].label), "Tổng"],
    rows: rows.map((r) => ({
      key: r.key,
      header: r.title,
      cells: [
        ...shown.map((s) => ({
          text: String(r.counts[s]),
          href: r.counts[s] ? taskListHref(communeId, scope, { ...r.link, status: s }) : undefined,
        })),
        { text: String(r.total), href: taskListHref(communeId, scope, r.link) },
      ],
    })),
  };
}

export function StatusChartBlock({
  title,
  summary,
  firstColumn,
  rows,
  communeId,
  scope,
}: {
  title: string;
  summary: string;
  firstColumn: string;
  rows: StatusRow[];
  communeId: string;
  scope: Scope;
}) {
  return (
    <ChartWithTable
      title={title}
      summary={summary}
      chart={<StatusBarsChart bars={bars(rows, communeId, scope)} series={SERIES} />}
      table={table(rows, communeId, scope, firstColumn)}
    />
  );
}
