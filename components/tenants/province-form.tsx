"use client";
// "Thêm tỉnh" and "Sửa tỉnh": name and official code (mã ĐVHC, digits only).
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createProvinceAction, updateProvinceAction } from "@/lib/tenants/actions";
import { useState } from "react";

export function ProvinceForm({ province }: { province?: { id: string; name: string; adminCode: string | null } }) {
  const [key, setKey] = useState(0);
  const { state, onSubmit, pending } = useFormAction<unknown>(province ? updateProvinceAction : createProvinceAction, () => {
    if (!province) setKey((k) => k + 1);
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const p = province ? `province-${province.id}` : "new-province";
  return (
    <form key={key} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={province ? `Sửa ${province.name}` : "Thêm tỉnh"}>
      {province ? <input type="hidden" name="provinceId" value={province.id} /> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{province ? "Đã lưu." : "Đã thêm tỉnh."}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <Field label="Tên tỉnh, thành phố" name={`${p}-name`} errors={errors?.name}>
          <TextInput id={`${p}-name`} name="name" defaultValue={province?.name} invalid={!!errors?.name} required />
        </Field>
        <Field label="Mã ĐVHC" name={`${p}-adminCode`} errors={errors?.adminCode}>
          <TextInput
            id={`${p}-adminCode`}
            name="adminCode"
            inputMode="numeric"
            defaultValue={province?.adminCode ?? ""}
            invalid={!!errors?.adminCode}
            required
          />
        </Field>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {province ? "Lưu" : "Thêm tỉnh"}
        </button>
      </div>
    </form>
  );
}
