"use client";
import { useState } from "react";
import { EvidenceInput, UPLOADING_LABEL } from "@/components/tasks/file-input";
import { Alert, Field, Select, TextArea, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { enterIndicatorValueAction } from "@/lib/indicators/actions";
import type { PeriodOption } from "@/lib/indicators/entry-periods";
import { checkValue } from "@/lib/indicators/value-rules";
import { formatValue } from "@/lib/format/number";

type Props = {
  communeId: string;
  indicatorId: string;
  unit: "PERCENT" | "COUNT";
  measure: "DIRECT" | "RATIO";
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  periods: PeriodOption[];
  defaultPeriod: string;
};

/** Entry and correction of a period's value; a ratio's percentage is shown as computed, never typed. */
export function IndicatorValueForm(p: Props) {
  const [periodKey, setPeriodKey] = useState(p.defaultPeriod);
  const [fields, setFields] = useState({ value: "", numerator: "", denominator: "" });
  const [uploading, setUploading] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const { state, onSubmit, pending } = useFormAction<{ valueId: string; revision: number }>(enterIndicatorValueAction, () => {
    setFields({ value: "", numerator: "", denominator: "" });
    setFormKey((k) => k + 1);
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const period = p.periods.find((x) => x.key === periodKey) ?? p.periods[0];
  const ratio = p.measure === "RATIO";
  const computed = ratio && fields.numerator && fields.denominator ? checkValue(p, fields) : null;

  return (
    <form
      key={formKey}
      onSubmit={(e) => (uploading ? e.preventDefault() : onSubmit(e))}
      className="space-y-4"
      noValidate
      data-testid="value-form"
    >
      <input type="hidden" name="communeId" value={p.communeId} />
      <input type="hidden" name="indicatorId" value={p.indicatorId} />
      <input type="hidden" name="baseRevision" value={period?.current?.revision ?? 0} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã lưu số liệu (lần nhập thứ {state.data.revision} của kỳ).</Alert> : null}

      <Field label="Kỳ số liệu" name="periodKey" errors={errors?.periodKey} hint={period ? `Từ ${period.range}` : undefined}>
        <Select name="periodKey" value={periodKey} onChange={(e) => setPeriodKey(e.target.value)}>
          {p.periods.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
              {x.current ? ` — đã có ${formatValue(x.current.value, p.unit)}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      {period?.current ? (
        <Alert tone="info">
          {period.label} đã có số liệu {formatValue(period.current.value, p.unit)}
          {period.current.numerator !== null ? ` (${period.current.numerator}/${period.current.denominator})` : ""}. Gửi số liệu mới sẽ điều
          chỉnh số liệu này; số cũ vẫn được lưu trong lịch sử.
        </Alert>
      ) : null}

      {ratio ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={p.numeratorLabel ?? "Tử số"} name="numerator" errors={errors?.numerator}>
            <TextInput
              name="numerator"
              inputMode="decimal"
              value={fields.numerator}
              invalid={!!errors?.numerator}
              onChange={(e) => setFields((f) => ({ ...f, numerator: e.target.value }))}
            />
          </Field>
          <Field label={p.denominatorLabel ?? "Mẫu số"} name="denominator" errors={errors?.denominator}>
            <TextInput
              name="denominator"
              inputMode="decimal"
              value={fields.denominator}
              invalid={!!errors?.denominator}
              onChange={(e) => setFields((f) => ({ ...f, denominator: e.target.value }))}
            />
          </Field>
          <div>
            <p className="mb-1 block text-sm font-medium text-slate-700">Tỷ lệ (tự tính)</p>
            <p
              className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm tabular-nums"
              data-testid="computed-value"
              aria-live="polite"
            >
              {computed === null ? "—" : computed.ok ? formatValue(computed.value, "PERCENT") : Object.values(computed.errors)[0]}
            </p>
          </div>
        </div>
      ) : (
        <Field label={p.unit === "PERCENT" ? "Giá trị (%)" : "Giá trị (số lượng)"} name="value" errors={errors?.value}>
          <TextInput
            name="value"
            inputMode="decimal"
            value={fields.value}
            invalid={!!errors?.value}
            onChange={(e) => setFields((f) => ({ ...f, value: e.target.value }))}
          />
        </Field>
      )}

      <Field
        label="Nguồn số liệu, ghi chú"
        name="sourceNote"
        errors={errors?.sourceNote}
        hint="Ví dụ: Hệ thống thông tin giải quyết TTHC tỉnh, trích xuất ngày 15/11"
      >
        <TextInput name="sourceNote" maxLength={1000} />
      </Field>
      {period?.current ? (
        <Field label="Lý do điều chỉnh" name="correctionReason" errors={errors?.correctionReason}>
          <TextArea name="correctionReason" rows={2} maxLength={1000} invalid={!!errors?.correctionReason} />
        </Field>
      ) : null}
      <EvidenceInput communeId={p.communeId} errors={errors?.files} onUploading={setUploading} />
      <button type="submit" className={buttonClass.primary} disabled={pending || uploading}>
        {uploading ? UPLOADING_LABEL : pending ? "Đang lưu…" : period?.current ? "Lưu điều chỉnh" : "Lưu số liệu"}
      </button>
    </form>
  );
}
