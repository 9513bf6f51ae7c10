"use client";
// "Thêm xã, phường" (its units come from the template) and "Sửa xã, phường": name, kind, code.
import { useState } from "react";
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormAction } from "@/lib/actions/form-action";
import { createCommuneAction, updateCommuneAction } from "@/lib/tenants/actions";
import { COMMUNE_KIND_LABEL, COMMUNE_KINDS } from "@/lib/tenants/schemas";

type Commune = { id: string; name: string; kind: "COMMUNE" | "WARD"; adminCode: string | null };

export function CommuneForm({ provinceId, commune }: { provinceId: string; commune?: Commune }) {
  const [key, setKey] = useState(0);
  const action = (commune ? updateCommuneAction : createCommuneAction) as FormAction<{ createdUnits?: string[] }>;
  const { state, onSubmit, pending } = useFormAction(action, () => {
    if (!commune) setKey((k) => k + 1);
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const p = commune ? `commune-${commune.id}` : `new-commune-${provinceId}`;
  return (
    <form key={key} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={commune ? `Sửa ${commune.name}` : "Thêm xã, phường"}>
      {commune ? <input type="hidden" name="communeId" value={commune.id} /> : <input type="hidden" name="provinceId" value={provinceId} />}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {commune ? "Đã lưu." : `Đã thêm, kèm ${state.data.createdUnits?.length ?? 0} đơn vị theo mẫu và các nhóm đơn vị có sẵn.`}
        </Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <Field label="Tên xã, phường" name={`${p}-name`} errors={errors?.name}>
          <TextInput id={`${p}-name`} name="name" defaultValue={commune?.name} invalid={!!errors?.name} required />
        </Field>
        <Field label="Loại" name={`${p}-kind`} errors={errors?.kind}>
          <Select
            id={`${p}-kind`}
            name="kind"
            defaultValue={commune?.kind ?? "COMMUNE"}
            options={COMMUNE_KINDS.map((k) => [k, COMMUNE_KIND_LABEL[k]] as const)}
          />
        </Field>
        <Field label="Mã ĐVHC" name={`${p}-adminCode`} errors={errors?.adminCode}>
          <TextInput
            id={`${p}-adminCode`}
            name="adminCode"
            inputMode="numeric"
            defaultValue={commune?.adminCode ?? ""}
            invalid={!!errors?.adminCode}
            required
          />
        </Field>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {commune ? "Lưu" : "Thêm xã, phường"}
        </button>
      </div>
    </form>
  );
}
