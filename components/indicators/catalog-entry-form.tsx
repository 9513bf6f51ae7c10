"use client";
import { Alert, Field, Select, TextArea, TextInput, buttonClass, optionsOf } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createCatalogEntryAction, saveCatalogEntryAction } from "@/lib/indicators/actions";
import { FREQUENCY_LABEL } from "@/lib/indicators/periods";
import { COMPARISON_LABEL, COMPARISONS, FREQUENCIES, MEASURE_LABEL, MEASURES, UNIT_LABEL, UNITS } from "@/lib/indicators/vocabulary";

export type CatalogEntryValues = {
  code: string;
  name: string;
  unit: string;
  comparison: string;
  measure: string;
  defaultTarget: number;
  defaultDueDate: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  method: string;
  responsibleHint: string | null;
  frequency: string;
  active: boolean;
};

/** A new entry's starting values: the shipped entries' usual end date and a typed percentage. */
const NEW_ENTRY: CatalogEntryValues = {
  code: "new",
  name: "",
  unit: "PERCENT",
  comparison: "GTE",
  measure: "DIRECT",
  defaultTarget: 100,
  defaultDueDate: `${new Date().getFullYear()}-12-31`,
  numeratorLabel: null,
  denominatorLabel: null,
  method: "",
  responsibleHint: null,
  frequency: "MONTHLY",
  active: true,
};

/** Edits `entry`; without one, "Thêm chỉ tiêu vào danh mục" (a code of its own, then the same fields). */
export function CatalogEntryForm({ entry: given }: { entry?: CatalogEntryValues }) {
  const adding = !given;
  const entry = given ?? NEW_ENTRY;
  const { state, onSubmit, pending } = useFormAction<{ code: string }>(adding ? createCatalogEntryAction : saveCatalogEntryAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const select = <K extends string>(name: string, label: string, options: readonly K[], labels: Record<K, string>, value: string) => (
    <Field label={label} name={`${entry.code}-${name}`} errors={errors?.[name]}>
      <Select name={name} id={`${entry.code}-${name}`} defaultValue={value} options={optionsOf(options, labels)} />
    </Field>
  );
  const input = (name: string, label: string, value: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} name={`${entry.code}-${name}`} errors={errors?.[name]}>
      <TextInput name={name} id={`${entry.code}-${name}`} defaultValue={value} invalid={!!errors?.[name]} {...props} />
    </Field>
  );
  return (
    // After an addition the form starts empty again (a new key remounts it); the list shows the entry.
    <form
      key={adding && state?.ok ? state.data.code : "form"}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={adding ? "Thêm chỉ tiêu vào danh mục" : undefined}
    >
      {adding ? null : <input type="hidden" name="code" value={entry.code} />}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">{adding ? `Đã thêm chỉ tiêu ${state.data.code} vào danh mục.` : `Đã lưu chỉ tiêu “${entry.name}”.`}</Alert>
      ) : null}
      {adding
        ? input("code", "Mã chỉ tiêu", "", {
            maxLength: 64,
            autoComplete: "off",
            placeholder: "VD: HO_SO_SO_HOA_DAU_VAO",
          })
        : null}
      {adding ? (
        <p className="-mt-2 text-xs text-slate-500">Chữ in hoa không dấu, số và dấu _, như các mã có sẵn; không đổi được sau khi thêm.</p>
      ) : null}
      {input("name", "Tên chỉ tiêu", entry.name, { maxLength: 300 })}
      <div className="grid gap-3 sm:grid-cols-4">
        {select("unit", "Đơn vị tính", UNITS, UNIT_LABEL, entry.unit)}
        {select("comparison", "So sánh", COMPARISONS, COMPARISON_LABEL, entry.comparison)}
        {input("defaultTarget", "Chỉ tiêu mặc định", String(entry.defaultTarget).replace(".", ","), { inputMode: "decimal" })}
        {input("defaultDueDate", "Thời hạn mặc định", entry.defaultDueDate, { type: "date" })}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {select("measure", "Cách đo", MEASURES, MEASURE_LABEL, entry.measure)}
        {input("numeratorLabel", "Tên tử số", entry.numeratorLabel ?? "")}
        {input("denominatorLabel", "Tên mẫu số", entry.denominatorLabel ?? "")}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {input("responsibleHint", "Đơn vị thường chịu trách nhiệm", entry.responsibleHint ?? "")}
        {select("frequency", "Tần suất", FREQUENCIES, FREQUENCY_LABEL, entry.frequency)}
      </div>
      <Field label="Cách tính, nguồn số liệu" name={`${entry.code}-method`} errors={errors?.method}>
        <TextArea name="method" id={`${entry.code}-method`} rows={2} defaultValue={entry.method} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" value="true" defaultChecked={entry.active} /> Đang dùng (hiện trong danh sách chọn khi thêm chỉ
        tiêu)
      </label>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Đang lưu…" : adding ? "Thêm vào danh mục" : "Lưu"}
      </button>
    </form>
  );
}
