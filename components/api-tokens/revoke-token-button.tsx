"use client";
// "Thu hồi": asks first; a revoked token stops working at once (401) and cannot be brought back.
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { revokeAnyApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";

export function RevokeTokenButton({ tokenId, name, communeId }: { tokenId: string; name: string; communeId?: string }) {
  const { state, submitForm, pending } = useFormAction(communeId ? revokeApiTokenAction : revokeAnyApiTokenAction);
  const confirm = useConfirm({
    title: `Thu hồi khóa "${name}"?`,
    message: "Hệ thống đang dùng khóa này sẽ không truy cập được nữa. Không thể khôi phục khóa đã thu hồi.",
    action: "Thu hồi",
  });
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="flex flex-col items-start gap-1">
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className={`${buttonClass.secondary} whitespace-nowrap`} disabled={pending} aria-label={`Thu hồi khóa ${name}`}>
        {pending ? "Đang thu hồi…" : "Thu hồi"}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {confirm.dialog}
    </form>
  );
}
