import { FilterField, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { PERIOD_KIND_LABEL, REPORT_PERIOD_KINDS } from "@/lib/reports/periods";
import type { PeriodSelection } from "@/lib/reports/selection";

/** Short name of a plan for pickers: its number, or the start of its (long) title. */
export function planLabel(p: { number: string | null; title: string }): string {
  if (p.number) return `Kế hoạch số ${p.number}`;
  return p.title.length > 90 ? `${p.title.slice(0, 87)}…` : p.title;
}

/**
 * Plan, kind of period and period, as a plain GET form (works without JavaScript). Changing the
 * kind and pressing "Xem" offers that kind's periods; the period running today is the default.
 */
export function PeriodPicker({
  action,
  selection,
  plans,
  keep = {},
}: {
  action: string;
  selection: PeriodSelection;
  plans: { id: string; number: string | null; title: string }[];
  /** Other query parameters the page keeps (e.g. the unit reported for). */
  keep?: Record<string, string>;
}) {
  return (
    <form
      action={action}
      method="get"
      className="no-print mb-5 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      {plans.length > 1 ? (
        <FilterField label="Kế hoạch">
          <select name="ke-hoach" defaultValue={selection.planId} className={`${filterInputClass} max-w-72`}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {planLabel(p)}
              </option>
            ))}
          </select>
        </FilterField>
      ) : (
        <input type="hidden" name="ke-hoach" value={selection.planId} />
      )}
      <FilterField label="Loại kỳ">
        <select name="loai" defaultValue={selection.kind} className={filterInputClass}>
          {REPORT_PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {PERIOD_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label="Kỳ báo cáo">
        <select name="ky" defaultValue={selection.period.key} className={`${filterInputClass} max-w-80`}>
          {selection.choices.map((p, i) => (
            <option key={p.key} value={p.key}>
              {`${p.label} (${p.range})${i === 0 ? " · kỳ hiện tại" : ""}`}
            </option>
          ))}
        </select>
      </FilterField>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonClass.secondary}>
        Xem
      </button>
    </form>
  );
}
