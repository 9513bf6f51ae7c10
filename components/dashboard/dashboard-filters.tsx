import Link from "next/link";
import { buttonClass } from "@/components/ui/form";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { Period } from "@/lib/indicators/periods";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm max-w-60";

/** A plain GET form, like the task list's: filters live in the URL and work without JavaScript. */
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
  return (
    <form
      action={action}
      method="get"
      role="search"
      className="no-print mb-5 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      {plans.length > 1 ? (
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-600">Kế hoạch</span>
          <select name="ke-hoach" defaultValue={filters.planId} className={select}>
            <option value="">Tất cả</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Kỳ</span>
        <select name="ky" defaultValue={picked} className={select}>
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
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Nhóm nhiệm vụ</span>
        <select name="nhom" defaultValue={filters.group} className={select}>
          <option value="">Tất cả</option>
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {`${g.code}. ${g.title}`}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Đơn vị chủ trì</span>
        <select name="don-vi" defaultValue={filters.unitId} className={select}>
          <option value="">Tất cả</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass.primary}>
        Xem
      </button>
      <Link href={action} className="px-2 py-1.5 text-brand-700 hover:underline">
        Bỏ lọc
      </Link>
    </form>
  );
}
