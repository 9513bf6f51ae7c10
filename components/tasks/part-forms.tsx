"use client";
// "Không phát sinh" on a unit's part: the member unit says so with a reason, the standing office
// reopens it. Both ask first (useConfirm) and keep the typed reason when the server refuses.
import { useState } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, Field, TextArea, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { markPartNotApplicableAction, reopenPartAction } from "@/lib/tasks/actions";
import { NOT_APPLICABLE_REASON_MIN } from "@/lib/tasks/part-limits";

type Ids = { communeId: string; taskId: string; version: number };

/** The member unit's "Nhiệm vụ không phát sinh ở đơn vị", folded under its progress form. */
export function NotApplicableForm({ communeId, taskId, version }: Ids) {
  const [reason, setReason] = useState("");
  const { state, submitForm, pending } = useFormAction<{ version: number }>(markPartNotApplicableAction);
  const confirm = useConfirm({
    title: "Báo nhiệm vụ không phát sinh ở đơn vị?",
    message:
      "Phần việc của đơn vị sẽ không tính vào tiến độ chung của nhiệm vụ. Văn phòng UBND (Phòng Văn hóa - Xã hội) thấy lý do và có thể mở lại.",
    action: "Báo không phát sinh",
    tone: "primary",
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <details className="rounded-md border border-slate-200 px-3 py-2 text-sm" data-testid="not-applicable">
      <summary className="cursor-pointer text-slate-700">Nhiệm vụ không phát sinh ở đơn vị?</summary>
      <form onSubmit={confirm.onSubmit(submitForm)} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="communeId" value={communeId} />
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="version" value={version} />
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {state?.ok ? <Alert tone="success">Đã báo phần việc của đơn vị không phát sinh.</Alert> : null}
        <Field
          label="Lý do không phát sinh"
          name="reason"
          errors={errors?.reason}
          hint={`Ví dụ: đơn vị không quản lý cơ sở dữ liệu chuyên ngành nào (ít nhất ${NOT_APPLICABLE_REASON_MIN} ký tự).`}
        >
          <TextArea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} invalid={!!errors?.reason} />
        </Field>
        <button type="submit" disabled={pending || state?.ok} className={buttonClass.secondary}>
          {pending ? "Đang gửi…" : "Báo không phát sinh"}
        </button>
      </form>
      {confirm.dialog}
    </details>
  );
}

/** The standing office takes a "không phát sinh" back: the unit reports its part again. */
export function ReopenPartButton({ communeId, taskId, version, unitId, unitName }: Ids & { unitId: string; unitName: string }) {
  const { state, submitForm, pending } = useFormAction<{ version: number }>(reopenPartAction);
  const confirm = useConfirm({
    title: `Mở lại phần việc của ${unitName}?`,
    message: "Đơn vị sẽ phải báo cáo phần việc của mình, và phần việc được tính lại vào tiến độ chung của nhiệm vụ.",
    action: "Mở lại",
    tone: "primary",
  });
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending || state?.ok} className={buttonClass.secondary}>
        {pending ? "Đang mở lại…" : "Mở lại"}
      </button>
      {state && !state.ok ? <span className="text-xs text-red-700">{state.message}</span> : null}
      {confirm.dialog}
    </form>
  );
}
