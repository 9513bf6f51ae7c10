"use client";
// The actions on one province or admin account, each behind a confirmation: a new password (shown
// once), a reset of the second factor (enrolment again at the next sign-in), a new activation link.
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Alert, buttonClass } from "@/components/ui/form";
import { ShownPassword } from "@/components/admin/shown-password";
import { useFormAction } from "@/components/ui/use-form-action";
import {
  issueSystemAccountActivationAction,
  resetSystemAccountPasswordAction,
  resetSystemAccountSecondFactorAction,
} from "@/lib/system-accounts/actions";
import { ActivationOutcomePanel } from "./activation-outcome";

function ResetPassword({ userId }: { userId: string }) {
  const { state, submitForm, pending } = useFormAction(resetSystemAccountPasswordAction);
  const confirm = useConfirm({
    title: "Cấp mật khẩu mới?",
    message: "Người dùng bị đăng xuất khỏi mọi thiết bị và phải đổi mật khẩu này khi đăng nhập lại.",
    action: "Cấp lại mật khẩu",
  });
  return (
    <form className="space-y-2" onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="userId" value={userId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <ShownPassword label="Mật khẩu tạm của" username={state.data.username} password={state.data.password} /> : null}
      <button type="submit" disabled={pending} className={buttonClass.secondary}>
        {pending ? "Đang cấp…" : "Cấp lại mật khẩu"}
      </button>
      {confirm.dialog}
    </form>
  );
}

function ResetSecondFactor({ userId }: { userId: string }) {
  const { state, submitForm, pending } = useFormAction(resetSystemAccountSecondFactorAction);
  const confirm = useConfirm({
    title: "Đặt lại xác thực hai bước?",
    message: "Ứng dụng xác thực và mã khôi phục cũ hết hiệu lực; người dùng bị đăng xuất và phải đăng ký lại khi đăng nhập lần sau.",
    action: "Đặt lại",
  });
  return (
    <form className="space-y-2" onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="userId" value={userId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã đặt lại xác thực hai bước của {state.data.username}.</Alert> : null}
      <button type="submit" disabled={pending} className={buttonClass.secondary}>
        {pending ? "Đang đặt lại…" : "Đặt lại xác thực hai bước"}
      </button>
      {confirm.dialog}
    </form>
  );
}

function NewActivation({ userId }: { userId: string }) {
  const { state, submitForm, pending } = useFormAction(issueSystemAccountActivationAction);
  const confirm = useConfirm({
    title: "Cấp liên kết kích hoạt mới?",
    message: "Liên kết cũ chưa dùng hết hiệu lực. Người dùng mở liên kết mới để tự đặt mật khẩu.",
    action: "Cấp liên kết",
    tone: "primary",
  });
  return (
    <form className="space-y-2" onSubmit={confirm.onSubmit(submitForm)}>
      <input type="hidden" name="userId" value={userId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <ActivationOutcomePanel outcome={state.data} /> : null}
      <button type="submit" disabled={pending} className={buttonClass.secondary}>
        {pending ? "Đang cấp…" : "Cấp liên kết kích hoạt mới"}
      </button>
      {confirm.dialog}
    </form>
  );
}

export function AccountActions({ userId, active }: { userId: string; active: boolean }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ResetPassword userId={userId} />
      <ResetSecondFactor userId={userId} />
      {active ? <NewActivation userId={userId} /> : null}
    </div>
  );
}
