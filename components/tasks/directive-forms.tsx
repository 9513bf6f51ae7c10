"use client";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, Field, TextArea, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { acknowledgeDirectiveAction, giveDirectiveAction, returnUpdateAction } from "@/lib/tasks/actions";

/** Ý kiến chỉ đạo of the chairperson or the standing office, optionally with a new deadline. */
export function DirectiveForm({ communeId, taskId, version }: { communeId: string; taskId: string; version: number }) {
  const [formKey, setFormKey] = useState(0);
  const { state, onSubmit, pending } = useFormAction<{ directiveId: string }>(giveDirectiveAction, () => setFormKey((k) => k + 1));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate data-testid="directive-form">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã gửi ý kiến chỉ đạo.</Alert> : null}
      <Field label="Nội dung chỉ đạo" name="content" errors={errors?.content}>
        <TextArea name="content" rows={3} invalid={!!errors?.content} />
      </Field>
      <DateField label="Hạn mới (không bắt buộc)" name="newDueDate" errors={errors?.newDueDate ?? errors?.version} />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang gửi…" : "Gửi ý kiến chỉ đạo"}
      </button>
    </form>
  );
}

export function AcknowledgeButton({ communeId, directiveId }: { communeId: string; directiveId: string }) {
  const { state, onSubmit, pending } = useFormAction<{ directiveId: string }>(acknowledgeDirectiveAction);
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="directiveId" value={directiveId} />
      <button type="submit" disabled={pending || state?.ok} className={buttonClass.secondary}>
        {pending ? "Đang ghi nhận…" : "Đã tiếp nhận"}
      </button>
      {state && !state.ok ? <span className="text-xs text-red-700">{state.message}</span> : null}
    </form>
  );
}

/** The standing office sends a report back to the unit for correction. */
export function ReturnUpdateForm({ communeId, updateId }: { communeId: string; updateId: string }) {
  const { state, onSubmit, pending } = useFormAction<{ updateId: string }>(returnUpdateAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-red-700">Trả lại để đơn vị sửa</summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="communeId" value={communeId} />
        <input type="hidden" name="updateId" value={updateId} />
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        <Field label="Lý do trả lại" name={`comment-${updateId}`} errors={errors?.comment}>
          <TextArea id={`comment-${updateId}`} name="comment" rows={2} invalid={!!errors?.comment} />
        </Field>
        <button type="submit" disabled={pending} className={buttonClass.danger}>
          {pending ? "Đang gửi…" : "Trả lại"}
        </button>
      </form>
    </details>
  );
}
