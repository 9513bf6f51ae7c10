"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkReadButton() {
  const { onSubmit, pending } = useFormAction(markNotificationsReadAction);
  return (
    <form onSubmit={onSubmit}>
      <button type="submit" className="text-xs text-brand-700 hover:underline" disabled={pending}>
        Đánh dấu đã đọc
      </button>
    </form>
  );
}
