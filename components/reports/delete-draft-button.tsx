"use client";
import { useRouter } from "next/navigation";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteReportDraftAction } from "@/lib/reports/actions";
import { routes } from "@/lib/routes";

export function DeleteDraftButton({ communeId, reportId }: { communeId: string; reportId: string }) {
  const router = useRouter();
  const { state, submitForm, pending } = useFormAction(deleteReportDraftAction, () => router.push(routes.commune(communeId).reports()));
  const confirm = useConfirm({ title: "Xóa dự thảo này?", message: "Nội dung đã soạn sẽ mất.", action: "Xóa dự thảo" });
  return (
    <form onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="reportId" value={reportId} />
      <button type="submit" className={buttonClass.danger} disabled={pending}>
        Xóa dự thảo
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {confirm.dialog}
    </form>
  );
}
