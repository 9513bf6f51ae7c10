import Link from "next/link";
import { FilterField, FilterSelect, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { DEADLINE_STATUSES } from "@/lib/tasks/deadline-status";
import { DONE_FILTER, type TaskFilters } from "@/lib/tasks/filters";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function TaskFilterBar({
  action,
  exportHref,
  filters,
  plans,
  groups,
  showRole,
}: {
  action: string;
  /** The list as filtered now, as an XLSX file (a plain link: the filters are in its query). */
  exportHref: string;
  filters: TaskFilters;
  plans: { id: string; title: string }[];
  groups: { code: string; title: string }[];
  showRole: boolean;
}) {
  return (
    <form
      action={action}
      method="get"
      className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      role="search"
    >
      <FilterField label="Tìm kiếm" className="min-w-48 flex-1">
        <input name="q" defaultValue={filters.q} placeholder="Mã, tên hoặc nội dung nhiệm vụ" className={filterInputClass} />
      </FilterField>
      {plans.length > 1 ? (
        <FilterSelect label="Kế hoạch" name="ke-hoach" value={filters.planId} options={plans.map((p) => [p.id, p.title])} />
      ) : null}
      <FilterSelect label="Nhóm" name="nhom" value={filters.group} options={groups.map((g) => [g.code, `${g.code}. ${g.title}`])} />
      <FilterSelect
        label="Tình trạng"
        name="trang-thai"
        value={filters.status}
        options={[
          [DONE_FILTER, "Đã hoàn thành (đúng hạn và quá hạn)"],
          ...DEADLINE_STATUSES.map((s) => [s, DEADLINE_STATUS_META[s].label] as const),
        ]}
      />
      {showRole ? (
        <FilterSelect
          label="Vai trò"
          name="vai-tro"
          value={filters.role}
          allLabel="Chủ trì và phối hợp"
          options={[
            ["LEAD", "Đơn vị chủ trì"],
            ["SUPPORT", "Đơn vị phối hợp"],
          ]}
        />
      ) : null}
      {/* Filters set by the dashboard's links stay while the user narrows the list further. */}
      {filters.unitId ? <input type="hidden" name="don-vi" value={filters.unitId} /> : null}
      {filters.flag ? <input type="hidden" name="loc" value={filters.flag} /> : null}
      {filters.completedWeek ? <input type="hidden" name="hoan-thanh" value={filters.completedWeek} /> : null}
      <button type="submit" className={buttonClass.primary}>
        Lọc
      </button>
      <Link href={action} className="px-2 py-1.5 text-brand-700 hover:underline">
        Bỏ lọc
      </Link>
      {/* A download, not a page: a plain <a> so that the router does not try to render it. */}
      <a href={exportHref} className={`${buttonClass.secondary} sm:ml-auto`} download>
        Xuất Excel
      </a>
    </form>
  );
}
