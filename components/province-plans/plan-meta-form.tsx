"use client";
// The province plan's details: created here ("Tạo kế hoạch"), corrected in the editor (at the version
// the page was drawn with: a stale form is refused and keeps what was typed).
import { useRouter } from "next/navigation";
import { DateField } from "@/components/ui/date-field";
import { Alert, buttonClass, Field, TextArea, TextInput } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createProvincePlanAction, editProvincePlanAction } from "@/lib/province-plans/actions";
import { routes } from "@/lib/routes";

export type PlanMeta = {
  number: string | null;
  title: string;
  issuer: string;
  issuedDate: string | null;
  signerName: string | null;
  signerTitle: string | null;
  parentRefs: string;
  periodStart: string | null;
  periodEnd: string | null;
};

type Props = { provinceId: string; provinceName: string } & ({ plan: null } | { plan: PlanMeta & { id: string; version: number } });

export function PlanMetaForm({ provinceId, provinceName, plan }: Props) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(plan ? editProvincePlanAction : createProvincePlanAction, (data) =>
    plan ? router.refresh() : router.push(routes.province(provinceId).plan(data.planId)),
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" data-testid="province-plan-meta-form">
      <input type="hidden" name="provinceId" value={provinceId} />
      {plan ? (
        <>
          <input type="hidden" name="planId" value={plan.id} />
          <input type="hidden" name="version" value={plan.version} />
        </>
      ) : null}
      <div className="sm:col-span-2">
        <Field label="Tên kế hoạch" name="title" errors={errors?.title}>
          <TextArea name="title" rows={2} required defaultValue={plan?.title ?? ""} invalid={!!errors?.title} />
        </Field>
      </div>
      <Field label="Số, ký hiệu" name="number" errors={errors?.number}>
        <TextInput name="number" defaultValue={plan?.number ?? ""} placeholder="120/KH-UBND" />
      </Field>
      <DateField label="Ngày ban hành" name="issuedDate" defaultValue={plan?.issuedDate ?? ""} errors={errors?.issuedDate} />
      <Field label="Cơ quan ban hành" name="issuer" errors={errors?.issuer} hint={`Để trống: UBND ${provinceName}`}>
        <TextInput name="issuer" defaultValue={plan?.issuer ?? ""} />
      </Field>
      <Field label="Người ký" name="signerName" errors={errors?.signerName}>
        <TextInput name="signerName" defaultValue={plan?.signerName ?? ""} />
      </Field>
      <Field label="Chức vụ người ký" name="signerTitle" errors={errors?.signerTitle}>
        <TextInput name="signerTitle" defaultValue={plan?.signerTitle ?? ""} placeholder="Phó Chủ tịch" />
      </Field>
      <Field label="Căn cứ (kế hoạch cấp trên)" name="parentRefs" errors={errors?.parentRefs}>
        <TextInput name="parentRefs" defaultValue={plan?.parentRefs ?? ""} placeholder="Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025" />
      </Field>
      <DateField label="Thực hiện từ ngày" name="periodStart" defaultValue={plan?.periodStart ?? ""} errors={errors?.periodStart} />
      <DateField label="Đến ngày" name="periodEnd" defaultValue={plan?.periodEnd ?? ""} errors={errors?.periodEnd} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang lưu…" : plan ? "Lưu thông tin kế hoạch" : "Tạo kế hoạch"}
        </button>
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {state?.ok && plan ? <Alert tone="success">Đã lưu thông tin kế hoạch.</Alert> : null}
      </div>
    </form>
  );
}
