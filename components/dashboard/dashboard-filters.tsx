import Link from "next/link";
import { FilterField, FilterSelect, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { PhoneFold } from "@/components/ui/phone-fold";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { Period } from "@/lib/indicators/periods";

/**
 * A plain GET form, like the task list's: filters live in the URL. On a phone it folds into one line,
 * "Bộ lọc ▸" with the period and how many other filters are set, so that "Cần xử lý" comes first.
 */
export function DashboardFilterBar({
  action,
  filters,
  periods,
  plans,
  groups,
  units,
}: {
  action: string;
  filters: DashboardFilters;
  periods: Period[];
  plans: { id: string; title: string }[];
  groups: { code: string; title: string }[];
  units: { id: string; name: string }[];
}) {
  const weeks = periods.filter((p) => p.frequency === "WEEKLY");
  const months = periods.filter((p) => p.frequency === "MONTHLY");
  const picked = periods.some((p) => p.key === filters.period.key) ? filters.period.key : "";
  const others = [filters.planId, filters.group, filters.unitId].filter(Boolean).length;
  const summary = `${filters.period.label}${others ? ` · ${others} bộ lọc khác` : ""}`;
  return (
    <PhoneFold label="Bộ lọc" summary={summary} className="no-print mb-5">
      <form
        action={action}
        method="get"
        role="search"
        aria-label="Bộ lọc"
        className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        {plans.length > 1 ? (
          <FilterSelect label="Kế hoạch" name="ke-hoach" value={filters.planId} options={plans.map((p) => [p.id, p.title])} />
        ) : null}
        <FilterField label="Kỳ">
          <select name="ky" defaultValue={picked} className={`${filterInputClass} max-w-60`}>
            {picked ? null : <option value="">{filters.period.label}</option>}
            <optgroup label="Theo tuần">
              {weeks.map((p, i) => (
                <option key={p.key} value={i === 0 ? "" : p.key}>
                  {`${p.label} (${p.range})${i === 0 ? " · tuần này" : ""}`}
                </option>
              ))}
            </optgroup>
            <optgroup label="Theo tháng (Nghị định 09/2019)">
              {months.map((p) => (
                <option key={p.key} value={p.key}>
                  {`${p.label} (${p.range})`}
                </option>
              ))}
            </optgroup>
          </select>
        </FilterField>
        <FilterSelect
          label="Nhóm nhiệm vụ"
          name="nhom"
          value={filters.group}
          options={groups.map((g) => [g.code, `${g.code}. ${g.title}`])}
        />
        <FilterSelect label="Đơn vị chủ trì" name="don-vi" value={filters.unitId} options={units.map((u) => [u.id, u.name])} />
        <button type="submit" className={buttonClass.primary}>
          Xem
        </button>
        <Link href={action} className="px-2 py-1.5 text-brand-700 hover:underline">
          Bỏ lọc
        </Link>
      </form>
    </PhoneFold>
  );
}
