"use client";
// The standing office's controls on a plan's page: correct its number and date, archive it (it
// leaves dashboards and lists) or restore it.
import { useRouter } from "next/navigation";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { DateField } from "@/components/ui/date-field";
import { Alert, buttonClass, Field, TextInput } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { archivePlanAction, restorePlanAction, updatePlanDetailsAction } from "@/lib/plans/actions";

type PlanRef = { communeId: string; planId: string };

function Hidden({ communeId, planId }: PlanRef) {
  return (
    <>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="planId" value={planId} />
    </>
  );
}

export function PlanDetailsForm(props: PlanRef & { version: number; number: string; issuedDate: string }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(updatePlanDetailsAction, () => router.refresh());
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" data-testid="plan-details-form">
      <Hidden {...props} />
      <input type="hidden" name="version" value={props.version} />
      <Field label="Số, ký hiệu" name="number" errors={errors?.number}>
        <TextInput name="number" defaultValue={props.number} placeholder="05/KH-UBND" invalid={!!errors?.number} />
      </Field>
      <DateField label="Ngày ban hành" name="issuedDate" defaultValue={props.issuedDate} errors={errors?.issuedDate} />
      <button type="submit" className={buttonClass.secondary} disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu số và ngày"}
      </button>
      {state && !state.ok && !errors ? (
        <div className="sm:col-span-3">
          <Alert tone="error">{state.message}</Alert>
        </div>
      ) : null}
      {state?.ok ? (
        <div className="sm:col-span-3">
          <Alert tone="success">Đã lưu số và ngày của kế hoạch.</Alert>
        </div>
      ) : null}
    </form>
  );
}

export function ArchivePlanButton(props: PlanRef & { archived: boolean }) {
  const router = useRouter();
  const { state, submitForm, pending } = useFormAction(props.archived ? restorePlanAction : archivePlanAction, () => router.refresh());
  const confirm = useConfirm(
    props.archived
      ? {
          title: "Khôi phục kế hoạch này?",
          message: "Kế hoạch sẽ hiện lại trên tổng quan, danh sách nhiệm vụ và báo cáo.",
          action: "Khôi phục",
          tone: "primary",
        }
      : {
          title: "Lưu trữ kế hoạch này?",
          message:
            "Kế hoạch sẽ không còn hiện trên tổng quan, danh sách nhiệm vụ và báo cáo; mọi dữ liệu vẫn được giữ và có thể khôi phục.",
          action: "Lưu trữ kế hoạch",
          tone: "primary",
        },
  );
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="flex flex-wrap items-center gap-2">
      <Hidden {...props} />
      <button type="submit" className={props.archived ? buttonClass.primary : buttonClass.secondary} disabled={pending}>
        {props.archived ? "Khôi phục" : "Lưu trữ kế hoạch"}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {confirm.dialog}
    </form>
  );
}
