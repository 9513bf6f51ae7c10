"use client";
import { useRouter } from "next/navigation";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteIndicatorAction } from "@/lib/indicators/actions";
import { routes } from "@/lib/routes";

export function DeleteIndicatorButton({ communeId, indicatorId, version }: { communeId: string; indicatorId: string; version: number }) {
  const router = useRouter();
  const { state, submitForm, pending } = useFormAction(deleteIndicatorAction, () => router.push(routes.commune(communeId).indicators()));
  const confirm = useConfirm({
    title: "Xóa chỉ tiêu này khỏi kế hoạch?",
    message: "Chỉ tiêu sẽ không còn trong kế hoạch.",
    action: "Xóa chỉ tiêu",
  });
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="space-y-3">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <input type="hidden" name="version" value={version} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <button type="submit" className={buttonClass.danger} disabled={pending}>
        Xóa chỉ tiêu
      </button>
      {confirm.dialog}
    </form>
  );
}
