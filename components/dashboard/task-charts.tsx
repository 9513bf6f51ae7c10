// The dashboard's task charts with their table alternatives. Every bar segment and table cell opens
// the task list filtered to the tasks it counts.
import type { CommuneDashboard } from "@/lib/dashboard/commune";
import { taskListHref, type DashboardFilters } from "@/lib/dashboard/filters";
import { ChartWithTable } from "./chart-table";
import { CompletionsChart } from "./charts";
import { StatusChartBlock, type StatusRow } from "./status-chart-block";

const scopeOf = (f: DashboardFilters) => ({ planId: f.planId, group: f.group, unitId: f.unitId });

export function GroupChart({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const rows: StatusRow[] = data.byGroup.map((g) => ({
    key: g.id,
    label: g.label,
    title: `${g.code}. ${g.title}`,
    counts: g.counts,
    total: g.total,
    link: { planId: g.planId, group: g.code },
  }));
  return (
    <StatusChartBlock
      title="Nhiệm vụ theo nhóm"
      summary={rows.map((r) => `${r.title}: ${r.total}`).join("; ")}
      firstColumn="Nhóm"
      rows={rows}
      communeId={communeId}
      scope={scopeOf(filters)}
    />
  );
}

export function UnitChart({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const rows: StatusRow[] = data.byLeadUnit.map((u) => ({
    key: u.unitId,
    label: u.name.length > 16 ? `${u.name.slice(0, 15)}…` : u.name,
    title: u.name,
    counts: u.counts,
    total: u.total,
    link: { unitId: u.unitId },
  }));
  return (
    <StatusChartBlock
      title="Đơn vị chủ trì, xếp theo số nhiệm vụ quá hạn"
      summary={data.byLeadUnit.map((u) => `${u.name}: ${u.overdue} quá hạn / ${u.total}`).join("; ")}
      firstColumn="Đơn vị chủ trì"
      rows={rows}
      communeId={communeId}
      scope={scopeOf(filters)}
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
      table={{
        columns: ["Tuần", "Hoàn thành"],
        rows: weeks.map((w) => ({
          key: w.key,
          header: `${w.label} (${w.range})`,
          cells: [{ text: String(w.n), href: w.n ? w.href : undefined }],
        })),
      }}
    />
  );
}
