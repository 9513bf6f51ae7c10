"use client";
// "Gửi lại" of one message and "Gửi lại tất cả" on the page "Thư chưa gửi được". A resent message
// leaves the list (it is pending again): the answer stays visible next to the button that asked.
import { Alert, buttonClass } from "@/components/ui/form";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { resendAllFailedAction, resendOutboxMessageAction } from "@/lib/notifications/delivery/actions";

export function ResendButton({ messageId, label }: { messageId: string; label: string }) {
  const { state, onSubmit, pending } = useFormAction(resendOutboxMessageAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="messageId" value={messageId} />
      <button type="submit" className={buttonClass.secondary} disabled={pending} aria-label={`Gửi lại: ${label}`}>
        {pending ? "Đang xếp lại…" : "Gửi lại"}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}

export function ResendAllButton({ count }: { count: number }) {
  const { state, submitForm, pending } = useFormAction(resendAllFailedAction);
  const confirm = useConfirm({
    title: "Gửi lại tất cả thư chưa gửi được?",
    message: `${count} thư sẽ được đưa lại vào hàng đợi và thử gửi lại từ đầu (tối đa 6 lần). Nên sửa lỗi (máy chủ thư, địa chỉ webhook) trước khi gửi lại.`,
    action: "Gửi lại tất cả",
    tone: "primary",
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <form onSubmit={confirm.onSubmit(submitForm)}>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang xếp lại…" : "Gửi lại tất cả"}
        </button>
      </form>
      {state ? (
        state.ok ? (
          <Alert tone="success">Đã xếp lại {state.data.resent} thư để gửi.</Alert>
        ) : (
          <Alert tone="error">{state.message}</Alert>
        )
      ) : null}
      {confirm.dialog}
    </div>
  );
}
