// Fields of the GET filter forms above lists (tasks, dashboard, communes, audit log): a small label
// over a select whose first option, "Tất cả", clears the filter.

export const filterInputClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function FilterField({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <label className={`flex flex-col gap-1 ${className}`}>
      <span className="text-xs font-medium text-slate-600">{label}</span>
      {children}
    </label>
  );
}

export function FilterSelect({
  label,
  name,
  value,
  options,
  allLabel = "Tất cả",
}: {
  label: string;
  name: string;
  value: string;
  /** [value, text] pairs. */
  options: readonly (readonly [string, string])[];
  allLabel?: string;
}) {
  return (
    <FilterField label={label}>
      <select name={name} defaultValue={value} className={`${filterInputClass} max-w-60`}>
        <option value="">{allLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
