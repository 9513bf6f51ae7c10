"use client";
// The standing office's help for a person who cannot get in: reset their second factor (lost phone)
// and send a new activation link (they set their own password).
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { issueActivationAction, resetTwoFactorAction, type ShownActivation } from "@/lib/admin/actions";
import { formatDateTime } from "@/lib/dates";

export function ResetTwoFactorForm({ communeId, userId, fullName }: { communeId: string; userId: string; fullName: string }) {
  const { state, submitForm, pending } = useFormAction(resetTwoFactorAction);
  const confirm = useConfirm({
    title: "Đặt lại xác thực hai bước?",
    message: `${fullName} bị đăng xuất khỏi mọi thiết bị; ứng dụng xác thực và mã khôi phục cũ không dùng được nữa. Lần đăng nhập tới phải bật lại.`,
    action: "Đặt lại xác thực hai bước",
  });
  return (
    <form className="space-y-3" onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="userId" value={userId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã đặt lại xác thực hai bước của {state.data.username}.</Alert> : null}
      <button type="submit" disabled={pending} className={buttonClass.danger}>
        {pending ? "Đang đặt lại…" : "Đặt lại xác thực hai bước"}
      </button>
      {confirm.dialog}
    </form>
  );
}

/** An activation link as the manager sees it: where it was e-mailed, or the link to print once. */
export function ActivationNotice({ a }: { a: ShownActivation }) {
  if (a.link === null) {
    return (
      <Alert tone="success">
        Đã gửi liên kết kích hoạt tới {a.email} (hết hạn {formatDateTime(a.expiresAt)}).
      </Alert>
    );
  }
  return (
    <Alert tone="success">
      {a.mailFailed ? "Không gửi được thư; hãy in liên kết và trao tận tay. " : null}
      Liên kết kích hoạt của <b>{a.username}</b> (dùng một lần, hết hạn {formatDateTime(a.expiresAt)}):
      <br />
      <code data-testid="activation-link" className="break-all rounded bg-white px-1.5 py-0.5 font-mono text-sm">
        {a.link}
      </code>
      <br />
      Liên kết chỉ hiển thị một lần: hãy in hoặc chuyển trực tiếp cho người dùng.
    </Alert>
  );
}

export function IssueActivationForm({ communeId, userId }: { communeId: string; userId: string }) {
  const { state, submitForm, pending } = useFormAction(issueActivationAction);
  const confirm = useConfirm({
    title: "Gửi liên kết kích hoạt?",
    message: "Liên kết cũ chưa dùng sẽ hết hiệu lực. Người dùng tự đặt mật khẩu qua liên kết mới.",
    action: "Gửi liên kết kích hoạt",
    tone: "primary",
  });
  return (
    <form className="space-y-3" onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="userId" value={userId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <ActivationNotice a={state.data} /> : null}
      <button type="submit" disabled={pending} className={buttonClass.secondary}>
        {pending ? "Đang tạo…" : "Gửi liên kết kích hoạt"}
      </button>
      {confirm.dialog}
    </form>
  );
}
