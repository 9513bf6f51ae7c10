"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert, Field, Select, TextInput, buttonClass } from "@/components/ui/form";
import { createUnitAction, updateUnitAction } from "@/lib/admin/actions";
import { UNIT_KIND_LABEL } from "@/lib/admin/labels";
import { UNIT_KINDS_IN_COMMUNE } from "@/lib/admin/schemas";

type Unit = { id: string; name: string; shortName: string | null; kind: string; active: boolean };

export function UnitForm({ communeId, unit }: { communeId: string; unit?: Unit }) {
  const { state, onSubmit, pending } = useFormAction(unit ? updateUnitAction : createUnitAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // After a successful create the form starts empty again (new key); an edit keeps its values.
  const formKey = !unit && state?.ok ? state.data.id : "form";
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="communeId" value={communeId} />
      {unit ? <input type="hidden" name="unitId" value={unit.id} /> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{unit ? "Đã lưu thay đổi." : "Đã thêm đơn vị."}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Tên đơn vị" name="name" errors={errors?.name}>
          <TextInput name="name" defaultValue={unit?.name} required maxLength={200} invalid={!!errors?.name} />
        </Field>
        <Field label="Tên viết tắt" name="shortName" errors={errors?.shortName} hint="Ví dụ: Phòng VH-XH">
          <TextInput name="shortName" defaultValue={unit?.shortName ?? ""} maxLength={50} invalid={!!errors?.shortName} />
        </Field>
        <Field
          label="Loại đơn vị"
          name="kind"
          errors={errors?.kind}
          hint="Phòng, văn phòng và trung tâm tự vào các nhóm đơn vị dựng sẵn, nhận phần việc của nhiệm vụ giao cho nhóm"
        >
          <Select name="kind" defaultValue={unit?.kind ?? "OFFICE"} invalid={!!errors?.kind}>
            {UNIT_KINDS_IN_COMMUNE.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABEL[k]}
              </option>
            ))}
          </Select>
        </Field>
        {unit ? (
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={unit.active} className="size-4 rounded border-slate-300" />
            Đang hoạt động
          </label>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : unit ? "Lưu thay đổi" : "Thêm đơn vị"}
      </button>
    </form>
  );
}
