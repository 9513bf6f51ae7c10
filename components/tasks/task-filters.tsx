import Link from "next/link";
import { buttonClass } from "@/components/ui/form";
import { DEADLINE_STATUSES } from "@/lib/tasks/deadline-status";
import { DONE_FILTER, type TaskFilters } from "@/lib/tasks/filters";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function TaskFilterBar({
  action,
  filters,
  plans,
  groups,
  showRole,
}: {
  action: string;
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
      <label className="flex min-w-48 flex-1 flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Tìm kiếm</span>
        <input name="q" defaultValue={filters.q} placeholder="Mã, tên hoặc nội dung nhiệm vụ" className={select} />
      </label>
      {plans.length > 1 ? (
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-600">Kế hoạch</span>
          <select name="ke-hoach" defaultValue={filters.planId} className={`${select} max-w-56`}>
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
        <span className="text-xs font-medium text-slate-600">Nhóm</span>
        <select name="nhom" defaultValue={filters.group} className={`${select} max-w-56`}>
          <option value="">Tất cả</option>
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {`${g.code}. ${g.title}`}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-600">Tình trạng</span>
        <select name="trang-thai" defaultValue={filters.status} className={select}>
          <option value="">Tất cả</option>
          <option value={DONE_FILTER}>Đã hoàn thành (đúng hạn và quá hạn)</option>
          {DEADLINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {DEADLINE_STATUS_META[s].label}
            </option>
          ))}
        </select>
      </label>
      {showRole ? (
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-600">Vai trò</span>
          <select name="vai-tro" defaultValue={filters.role} className={select}>
            <option value="">Chủ trì và phối hợp</option>
            <option value="LEAD">Đơn vị chủ trì</option>
            <option value="SUPPORT">Đơn vị phối hợp</option>
          </select>
        </label>
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
    </form>
  );
}
