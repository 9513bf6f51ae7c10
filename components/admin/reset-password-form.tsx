"use client";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert, buttonClass } from "@/components/ui/form";
import { ShownPassword } from "@/components/admin/shown-password";
import { resetPasswordAction } from "@/lib/admin/actions";

export function ResetPasswordForm({ communeId, userId }: { communeId: string; userId: string }) {
  const { state, submitForm, pending } = useFormAction(resetPasswordAction);
  const confirm = useConfirm({
    title: "Cấp mật khẩu mới?",
    message: "Người dùng sẽ bị đăng xuất khỏi mọi thiết bị.",
    action: "Cấp lại mật khẩu",
  });
  return (
    <form className="space-y-3" onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="userId" value={userId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <ShownPassword label="Mật khẩu mới của" username={state.data.username} password={state.data.password} /> : null}
      <button type="submit" disabled={pending} className={buttonClass.danger}>
        {pending ? "Đang cấp…" : "Cấp lại mật khẩu"}
      </button>
      {confirm.dialog}
    </form>
  );
}
