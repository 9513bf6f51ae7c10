"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Field, Select, TextArea, TextInput, buttonClass, optionsOf } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveIndicatorAction } from "@/lib/indicators/actions";
import { COMPARISON_LABEL, COMPARISONS, FREQUENCIES, MEASURE_LABEL, MEASURES, UNIT_LABEL, UNITS } from "@/lib/indicators/vocabulary";
import { FREQUENCY_LABEL } from "@/lib/indicators/periods";
import type { IndicatorFormValues } from "@/lib/indicators/form-values";
import type { CatalogOption } from "@/lib/indicators/queries";
import { routes } from "@/lib/routes";

type Props = {
  communeId: string;
  planId: string;
  /** Editing: the indicator and the version the form is based on. */
  existing?: { id: string; version: number };
  initial: IndicatorFormValues;
  units: { id: string; name: string }[];
  tasks: { id: string; code: string; title: string }[];
  catalog: CatalogOption[];
  backHref: string;
};

export function IndicatorForm(p: Props) {
  const router = useRouter();
  const [v, setV] = useState(p.initial);
  const set = <K extends keyof IndicatorFormValues>(k: K, value: IndicatorFormValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const { state, onSubmit, pending } = useFormAction<{ indicatorId: string }>(saveIndicatorAction, (d) =>
    router.push(routes.commune(p.communeId).indicator(d.indicatorId)),
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  function pickCatalog(code: string) {
    const c = p.catalog.find((x) => x.code === code);
    if (!c) return set("catalogCode", "");
    setV((x) => ({
      ...x,
      catalogCode: c.code,
      name: c.name,
      unit: c.unit,
      comparison: c.comparison,
      measure: c.measure,
      target: String(c.defaultTarget).replace(".", ","),
      dueDate: c.defaultDueDate,
      numeratorLabel: c.numeratorLabel ?? "",
      denominatorLabel: c.denominatorLabel ?? "",
      method: c.method,
      frequency: c.frequency,
      responsibleUnitId: c.responsibleUnitId ?? x.responsibleUnitId,
    }));
  }

  const text = (k: keyof IndicatorFormValues, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} name={k} errors={errors?.[k]}>
      <TextInput name={k} value={v[k] as string} invalid={!!errors?.[k]} onChange={(e) => set(k, e.target.value as never)} {...props} />
    </Field>
  );

  type Choice = "unit" | "comparison" | "measure" | "frequency";
  const choice = <K extends Choice>(
    k: K,
    label: string,
    keys: readonly IndicatorFormValues[K][],
    labels: Record<IndicatorFormValues[K], string>,
  ) => (
    <Field label={label} name={k} errors={errors?.[k]}>
      <Select name={k} value={v[k]} onChange={(e) => set(k, e.target.value as IndicatorFormValues[K])} options={optionsOf(keys, labels)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate data-testid="indicator-form">
      <input type="hidden" name="communeId" value={p.communeId} />
      <input type="hidden" name="planId" value={p.planId} />
      {p.existing ? (
        <>
          <input type="hidden" name="indicatorId" value={p.existing.id} />
          <input type="hidden" name="version" value={p.existing.version} />
        </>
      ) : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}

      <Field
        label="Chỉ tiêu trong danh mục Kế hoạch 02"
        name="catalogCode"
        errors={errors?.catalogCode}
        hint="Chọn để điền sẵn cách đo và chỉ tiêu mặc định; để trống nếu là chỉ tiêu riêng của xã."
      >
        <Select name="catalogCode" value={v.catalogCode} onChange={(e) => pickCatalog(e.target.value)}>
          <option value="">— Chỉ tiêu riêng —</option>
          {p.catalog.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {text("name", "Tên chỉ tiêu", { maxLength: 300 })}
      <div className="grid gap-4 sm:grid-cols-4">
        {choice("unit", "Đơn vị tính", UNITS, UNIT_LABEL)}
        {choice("comparison", "So sánh", COMPARISONS, COMPARISON_LABEL)}
        {text("target", "Chỉ tiêu cần đạt", { inputMode: "decimal" })}
        {text("dueDate", "Thời hạn", { type: "date" })}
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        {text("target2", "Mốc 2: chỉ tiêu (nếu có)", { inputMode: "decimal" })}
        {text("dueDate2", "Mốc 2: thời hạn", { type: "date" })}
        {text("baselineValue", "Giá trị ban đầu", { inputMode: "decimal" })}
        {text("baselineDate", "Ngày của giá trị ban đầu", { type: "date" })}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {choice("measure", "Cách đo", MEASURES, MEASURE_LABEL)}
        {v.measure === "RATIO" ? text("numeratorLabel", "Tên tử số", { maxLength: 200 }) : null}
        {v.measure === "RATIO" ? text("denominatorLabel", "Tên mẫu số", { maxLength: 200 }) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Đơn vị chịu trách nhiệm (nhập số liệu)" name="responsibleUnitId" errors={errors?.responsibleUnitId}>
          <Select name="responsibleUnitId" value={v.responsibleUnitId} onChange={(e) => set("responsibleUnitId", e.target.value)}>
            <option value="">— Chưa giao —</option>
            {p.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        {choice("frequency", "Tần suất cập nhật", FREQUENCIES, FREQUENCY_LABEL)}
      </div>
      <Field label="Cách tính, nguồn số liệu" name="method" errors={errors?.method}>
        <TextArea name="method" rows={2} value={v.method} maxLength={2000} onChange={(e) => set("method", e.target.value)} />
      </Field>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">Nhiệm vụ liên quan</legend>
        {errors?.taskIds ? <p className="mb-1 text-xs text-red-700">{errors.taskIds[0]}</p> : null}
        <div className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 text-sm">
          {p.tasks.map((t) => (
            <label key={t.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="taskIds"
                value={t.id}
                checked={v.taskIds.includes(t.id)}
                onChange={(e) => set("taskIds", e.target.checked ? [...v.taskIds, t.id] : v.taskIds.filter((x) => x !== t.id))}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{t.code}.</span> {t.title}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu chỉ tiêu"}
        </button>
        <a href={p.backHref} className={buttonClass.secondary}>
          Hủy
        </a>
      </div>
    </form>
  );
}
