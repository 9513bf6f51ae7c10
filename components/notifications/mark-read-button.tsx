"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

/** "Đánh dấu đã đọc": one message (with its id) or all of the user's unread ones. */
export function MarkReadButton({ notificationId, label = "Đánh dấu đã đọc" }: { notificationId?: string; label?: string }) {
  const { onSubmit, pending, state } = useFormAction(markNotificationsReadAction);
  return (
    <form onSubmit={onSubmit} className="inline">
      {notificationId ? <input type="hidden" name="notificationId" value={notificationId} /> : null}
      <button type="submit" className="text-xs text-brand-700 hover:underline disabled:opacity-60" disabled={pending}>
        {pending ? "Đang ghi…" : label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
