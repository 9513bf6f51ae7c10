"use client";
// "Trao đổi" and photos on an incident: a comment box, and a file picker beside it. Each clears and
// refreshes the page's history after a success.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EvidenceInput, UPLOADING_LABEL } from "@/components/tasks/file-input";
import { Alert, Field, TextArea, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { attachToIncidentAction, commentOnIncidentAction } from "@/lib/incidents/actions";

export function CommentForm({ communeId, incidentId }: { communeId: string; incidentId: string }) {
  const router = useRouter();
  const [key, setKey] = useState(0);
  const { state, onSubmit, pending } = useFormAction(commentOnIncidentAction, () => {
    setKey((k) => k + 1);
    router.refresh();
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form key={key} onSubmit={onSubmit} className="space-y-2" noValidate data-testid="incident-comment-form">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="incidentId" value={incidentId} />
      {state && !state.ok && !errors ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Trao đổi" name="comment-note" errors={errors?.note}>
        <TextArea id="comment-note" name="note" rows={2} maxLength={2000} invalid={!!errors?.note} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass.secondary}>
        {pending ? "Đang gửi…" : "Gửi trao đổi"}
      </button>
    </form>
  );
}

export function AttachForm({ communeId, incidentId }: { communeId: string; incidentId: string }) {
  const router = useRouter();
  const [key, setKey] = useState(0);
  const [uploading, setUploading] = useState(false);
  const { state, onSubmit, pending } = useFormAction(attachToIncidentAction, () => {
    setKey((k) => k + 1);
    router.refresh();
  });
  return (
    <form key={key} onSubmit={onSubmit} className="space-y-2" noValidate data-testid="incident-attach-form">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="incidentId" value={incidentId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <EvidenceInput
        communeId={communeId}
        id="incident-files"
        errors={state && !state.ok ? state.fieldErrors?.files : undefined}
        onUploading={setUploading}
      />
      <button type="submit" disabled={pending || uploading} className={buttonClass.secondary}>
        {uploading ? UPLOADING_LABEL : pending ? "Đang gửi…" : "Đính kèm"}
      </button>
    </form>
  );
}
