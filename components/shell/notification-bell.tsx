import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { notificationsOf } from "@/lib/notifications/queries";
import { BellMenu } from "./bell-menu";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { NotificationLink } from "@/components/notifications/notification-link";
import { routes } from "@/lib/routes";

/** The header's bell: unread count and the latest messages, in a popover (components/shell/bell-menu.tsx). */
export async function NotificationBell({ userId }: { userId: string }) {
  const { unread, items } = await notificationsOf(userId);
  return (
    <BellMenu
      label={unread ? `Thông báo: ${unread} chưa đọc` : "Thông báo"}
      badge={
        unread ? (
          <span data-testid="unread-count" className="rounded-full bg-red-600 px-1.5 text-xs font-bold tabular-nums">
            {unread}
          </span>
        ) : null
      }
    >
      <>
        <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
          <span className="text-sm font-semibold">Thông báo</span>
          {unread ? <MarkReadButton /> : null}
        </div>
        {items.length === 0 ? (
          <p className="px-3 py-4 text-sm text-slate-500">Chưa có thông báo.</p>
        ) : (
          <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto text-sm">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? "px-3 py-2" : "bg-blue-50 px-3 py-2"}>
                {n.href ? (
                  <NotificationLink id={n.id} href={n.href} unread={!n.readAt} className="font-medium text-brand-700 hover:underline">
                    {n.title}
                  </NotificationLink>
                ) : (
                  <span className="font-medium">{n.title}</span>
                )}
                {/* Scheduled reminders list one task per line; the bell shows three, the list page all. */}
                {n.body ? <p className="mt-0.5 line-clamp-3 whitespace-pre-line text-xs text-slate-600">{n.body}</p> : null}
                <p className="mt-0.5 text-xs text-slate-400">{formatDateTime(n.createdAt)}</p>
              </li>
            ))}
          </ul>
        )}
        <div className="border-t border-slate-200 px-3 py-2 text-center">
          <Link href={routes.notifications()} className="text-sm font-medium text-brand-700 hover:underline">
            Xem tất cả
          </Link>
        </div>
      </>
    </BellMenu>
  );
}
