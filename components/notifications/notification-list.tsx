import { formatDateTime } from "@/lib/dates";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import type { NotificationItem } from "@/lib/notifications/queries";
import { MarkReadButton } from "./mark-read-button";
import { NotificationLink } from "./notification-link";

/** The kind's name without the preference page's detail in brackets ("Sắp đến hạn nhiệm vụ (7, 3, 1 ngày)"). */
export const kindLabel = (kind: NotificationItem["kind"]) => NOTIFICATION_KINDS[kind].label.replace(/\s*\(.*\)$/, "");

/** The user's messages on the list page: kind, title (a link that marks it read), text, time; unread ones highlighted. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="notification-list">
      {items.map((n) => (
        <li
          key={n.id}
          className={`px-4 py-3 text-sm sm:px-5 ${n.readAt ? "" : "bg-blue-50/70"}`}
          data-testid="notification"
          data-unread={n.readAt ? undefined : ""}
        >
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
            <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">{kindLabel(n.kind)}</span>
            <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
            {n.readAt ? null : <span className="font-semibold text-blue-800">Chưa đọc</span>}
          </p>
          <p className="mt-1 font-medium text-slate-900">
            {n.href ? (
              <NotificationLink id={n.id} href={n.href} unread={!n.readAt} className="text-brand-700 hover:underline">
                {n.title}
              </NotificationLink>
            ) : (
              n.title
            )}
          </p>
          {n.body ? <p className="mt-0.5 whitespace-pre-line break-words text-slate-700">{n.body}</p> : null}
          {n.readAt ? null : (
            <div className="mt-1">
              <MarkReadButton notificationId={n.id} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
