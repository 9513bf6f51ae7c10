"use client";
// "Đề nghị gia hạn": the lead unit asks for a later deadline with a reason and evidence. What was
// typed stays when the server refuses it (useFormAction); a success clears the form.
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, Field, TextArea, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatDateKey } from "@/lib/dates";
import { requestExtensionAction } from "@/lib/tasks/extensions/actions";
import { MIN_REASON_LENGTH } from "@/lib/tasks/extensions/limits";
import { EvidenceInput, UPLOADING_LABEL } from "./file-input";

export function ExtensionRequestForm({ communeId, taskId, currentDueDate }: { communeId: string; taskId: string; currentDueDate: string }) {
  const [formKey, setFormKey] = useState(0);
  const [uploading, setUploading] = useState(false);
  const { state, onSubmit, pending } = useFormAction<{ extensionId: string }>(requestExtensionAction, () => setFormKey((k) => k + 1));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate data-testid="extension-request-form">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="taskId" value={taskId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã gửi đề nghị gia hạn. Chủ tịch UBND sẽ xem xét và đơn vị sẽ nhận được thông báo.</Alert> : null}
      <DateField
        label="Thời hạn đề nghị"
        name="requestedDueDate"
        hint={`Thời hạn hiện tại: ${formatDateKey(currentDueDate)}`}
        errors={errors?.requestedDueDate}
      />
      <Field label="Lý do đề nghị gia hạn" name="ext-reason" errors={errors?.reason} hint={`Ít nhất ${MIN_REASON_LENGTH} ký tự`}>
        <TextArea id="ext-reason" name="reason" rows={3} invalid={!!errors?.reason} />
      </Field>
      <EvidenceInput communeId={communeId} id="ext-files" errors={errors?.files} onUploading={setUploading} />
      <button type="submit" disabled={pending || uploading} className={buttonClass.primary}>
        {uploading ? UPLOADING_LABEL : pending ? "Đang gửi…" : "Gửi đề nghị gia hạn"}
      </button>
    </form>
  );
}
