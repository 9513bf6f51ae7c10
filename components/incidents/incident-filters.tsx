// The incident log's filters (a GET form): open ones by default, all, or one state; one severity.
import { FilterField, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { INCIDENT_STATUS_LABEL, SEVERITY_LABEL } from "@/lib/incidents/labels";
import type { IncidentListQuery } from "@/lib/routes";

export function IncidentFilters({ action, query }: { action: string; query: IncidentListQuery }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 px-4 py-3 sm:px-5">
      <FilterField label="Trạng thái">
        <select name="trang-thai" defaultValue={query.status ?? "open"} className={filterInputClass}>
          <option value="open">Đang mở</option>
          <option value="all">Tất cả</option>
          {Object.entries(INCIDENT_STATUS_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label="Mức độ">
        <select name="muc-do" defaultValue={query.severity ?? ""} className={filterInputClass}>
          <option value="">Tất cả</option>
          {Object.entries(SEVERITY_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FilterField>
      <button type="submit" className={buttonClass.secondary}>
        Lọc
      </button>
    </form>
  );
}
