"use client";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveKpiNationalCodeAction } from "@/lib/indicators/actions";

export type NationalCodeRow = { code: string; name: string; active: boolean; nationalCode: string; nationalName: string };

/** One catalog KPI's national code and name; saving an empty code removes the mapping. */
export function NationalCodeForm({ entry }: { entry: NationalCodeRow }) {
  const { state, onSubmit, pending } = useFormAction<{ catalogCode: string; nationalCode: string | null }>(saveKpiNationalCodeAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = (name: string) => `${entry.code}-${name}`;
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate aria-label={`Mã quốc gia của ${entry.name}`}>
      <input type="hidden" name="catalogCode" value={entry.code} />
      <div className="text-sm">
        <span className="font-medium text-slate-900">{entry.name}</span>{" "}
        <span className="text-slate-500">
          · mã danh mục {entry.code}
          {entry.active ? "" : " · ngừng dùng"}
        </span>
      </div>
      <div className="grid items-end gap-3 sm:grid-cols-[12rem_1fr_auto]">
        <Field label="Mã quốc gia" name={id("nationalCode")} errors={errors?.nationalCode}>
          <TextInput
            name="nationalCode"
            id={id("nationalCode")}
            defaultValue={entry.nationalCode}
            maxLength={30}
            placeholder="Chưa có"
            invalid={!!errors?.nationalCode}
          />
        </Field>
        <Field label="Tên theo danh mục quốc gia (nếu khác)" name={id("nationalName")} errors={errors?.nationalName}>
          <TextInput name="nationalName" id={id("nationalName")} defaultValue={entry.nationalName} maxLength={300} />
        </Field>
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu"}
        </button>
      </div>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {state.data.nationalCode ? `Đã lưu mã quốc gia ${state.data.nationalCode}.` : "Đã bỏ mã quốc gia: chỉ tiêu gửi theo mã danh mục."}
        </Alert>
      ) : null}
    </form>
  );
}
