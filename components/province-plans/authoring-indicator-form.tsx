"use client";
// One KPI of the working copy: picked from the catalog (its name, unit, comparison, way of measuring,
// labels, method, frequency and default target fill the form, all still editable) or the province's own.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, buttonClass, Field, optionsOf, Select, TextInput } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatNumber } from "@/lib/format/number";
import { FREQUENCY_LABEL } from "@/lib/indicators/periods";
import { COMPARISON_LABEL, COMPARISONS, FREQUENCIES, MEASURE_LABEL, MEASURES, UNIT_LABEL, UNITS } from "@/lib/indicators/vocabulary";
import { saveProvinceIndicatorAction } from "@/lib/province-plans/actions";
import type { CatalogChoice, WorkingCopyIndicator } from "@/lib/province-plans/queries";
import { PlanTargets } from "./plan-targets";

type Props = {
  provinceId: string;
  planId: string;
  version: number;
  indicator: WorkingCopyIndicator | null;
  catalog: CatalogChoice[];
  communes: { id: string; name: string }[];
  closeHref: string;
};

type Values = Omit<CatalogChoice, "code" | "target"> & { catalogCode: string; target: string };

function valuesOf(k: WorkingCopyIndicator | null): Values {
  return {
    catalogCode: k?.catalogCode ?? "",
    name: k?.name ?? "",
    unit: k?.unit ?? "PERCENT",
    comparison: k?.comparison ?? "GTE",
    measure: k?.measure ?? "DIRECT",
    target: k ? formatNumber(k.target, 4) : "",
    dueDate: k?.dueDate ?? "",
    numeratorLabel: k?.numeratorLabel ?? "",
    denominatorLabel: k?.denominatorLabel ?? "",
    method: k?.method ?? "",
    frequency: k?.frequency ?? "MONTHLY",
  };
}

export function AuthoringIndicatorForm({ provinceId, planId, version, indicator, catalog, communes, closeHref }: Props) {
  const router = useRouter();
  const [v, setV] = useState<Values>(() => valuesOf(indicator));
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));
  const { state, onSubmit, pending } = useFormAction(saveProvinceIndicatorAction, () => router.push(closeHref));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  function pick(code: string) {
    const entry = catalog.find((c) => c.code === code);
    if (!entry) return set({ catalogCode: "" });
    const { code: _c, target, ...rest } = entry;
    setV({
      ...rest,
      catalogCode: code,
      target: formatNumber(target, 4),
      numeratorLabel: rest.numeratorLabel ?? "",
      denominatorLabel: rest.denominatorLabel ?? "",
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="province-indicator-form">
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="indicatorId" value={indicator?.id ?? ""} />
      <Field label="Theo danh mục chỉ tiêu" name="catalogCode" errors={errors?.catalogCode}>
        <Select name="catalogCode" value={v.catalogCode} onChange={(e) => pick(e.target.value)}>
          <option value="">Chỉ tiêu riêng của tỉnh</option>
          {catalog.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Tên chỉ tiêu" name="name" errors={errors?.name}>
        <TextInput name="name" value={v.name} onChange={(e) => set({ name: e.target.value })} invalid={!!errors?.name} />
      </Field>
      <div className="grid gap-2 sm:grid-cols-3">
        <Field label="Đơn vị tính" name="unit" errors={errors?.unit}>
          <Select
            name="unit"
            value={v.unit}
            onChange={(e) => set({ unit: e.target.value as Values["unit"] })}
            options={optionsOf(UNITS, UNIT_LABEL)}
          />
        </Field>
        <Field label="So sánh" name="comparison" errors={errors?.comparison}>
          <Select
            name="comparison"
            value={v.comparison}
            onChange={(e) => set({ comparison: e.target.value as Values["comparison"] })}
            options={optionsOf(COMPARISONS, COMPARISON_LABEL)}
          />
        </Field>
        <Field label="Chỉ tiêu cần đạt" name="target" errors={errors?.target}>
          <TextInput
            name="target"
            inputMode="decimal"
            value={v.target}
            onChange={(e) => set({ target: e.target.value })}
            invalid={!!errors?.target}
          />
        </Field>
      </div>
      <div className="grid gap-2 sm:grid-cols-3">
        <DateField label="Thời hạn" name="dueDate" value={v.dueDate} onChange={(d) => set({ dueDate: d })} errors={errors?.dueDate} />
        <Field label="Cách đo" name="measure" errors={errors?.measure}>
          <Select
            name="measure"
            value={v.measure}
            onChange={(e) => set({ measure: e.target.value as Values["measure"] })}
            options={optionsOf(MEASURES, MEASURE_LABEL)}
          />
        </Field>
        <Field label="Tần suất cập nhật" name="frequency" errors={errors?.frequency}>
          <Select
            name="frequency"
            value={v.frequency}
            onChange={(e) => set({ frequency: e.target.value as Values["frequency"] })}
            options={optionsOf(FREQUENCIES, FREQUENCY_LABEL)}
          />
        </Field>
      </div>
      {v.measure === "RATIO" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label="Tên tử số" name="numeratorLabel" errors={errors?.numeratorLabel}>
            <TextInput name="numeratorLabel" value={v.numeratorLabel ?? ""} onChange={(e) => set({ numeratorLabel: e.target.value })} />
          </Field>
          <Field label="Tên mẫu số" name="denominatorLabel" errors={errors?.denominatorLabel}>
            <TextInput
              name="denominatorLabel"
              value={v.denominatorLabel ?? ""}
              onChange={(e) => set({ denominatorLabel: e.target.value })}
            />
          </Field>
        </div>
      ) : null}
      <Field label="Cách đo, nguồn số liệu" name="method" errors={errors?.method}>
        <TextInput name="method" value={v.method} onChange={(e) => set({ method: e.target.value })} />
      </Field>
      <PlanTargets
        communes={communes}
        targetAll={indicator?.targetAll ?? true}
        targetCommuneIds={indicator?.targetCommuneIds ?? []}
        errors={errors?.targetCommuneIds}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang lưu…" : indicator ? "Lưu chỉ tiêu" : "Thêm chỉ tiêu"}
        </button>
        <a href={closeHref} className={buttonClass.secondary}>
          Đóng
        </a>
      </div>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
