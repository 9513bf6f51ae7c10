import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { AppShell } from "@/components/shell/app-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/form";
import { adminNav, communeNav } from "@/lib/auth/navigation";
import { ownCommuneOf, requireUser } from "@/lib/auth/session";
import { notificationPage, readNotificationQuery } from "@/lib/notifications/queries";
import { PREFERENCES_PATH } from "@/lib/notifications/render";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Thông báo" };

/** Every signed-in user's own notifications: rows are read by the session's user id, nothing else. */
export default async function NotificationsPage({ searchParams }: PageProps<"/thong-bao">) {
  const user = await requireUser();
  const query = readNotificationQuery(await searchParams);
  const [page, commune] = await Promise.all([notificationPage(user.id, query), ownCommuneOf(user)]);
  const filters = [
    { label: "Tất cả", href: routes.notifications(), current: !query.unread },
    { label: `Chưa đọc (${page.unread})`, href: routes.notifications({ unread: true }), current: query.unread },
  ];
  return (
    <AppShell
      user={user}
      context={commune ? `${commune.name} · ${commune.provinceName}` : "Toàn quốc"}
      nav={commune ? communeNav(user, commune) : adminNav(user)}
    >
      <PageHeader
        title="Thông báo"
        description={
          <>
            Ý kiến chỉ đạo, nhắc hạn, báo cáo trả lại và các thông báo khác gửi cho bạn.{" "}
            <Link href={PREFERENCES_PATH} className="text-brand-700 hover:underline">
              Chọn cách nhận thông báo
            </Link>
          </>
        }
        actions={page.unread ? <MarkReadButton label="Đánh dấu tất cả đã đọc" /> : null}
      />
      <nav aria-label="Lọc thông báo" className="mb-4 flex gap-1 border-b border-slate-200 text-sm font-medium">
        {filters.map((f) => (
          <Link
            key={f.label}
            href={f.href}
            aria-current={f.current ? "page" : undefined}
            className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 ${f.current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300"}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Card>
        {page.items.length ? (
          <NotificationList items={page.items} />
        ) : (
          <EmptyState>{query.unread ? "Không có thông báo chưa đọc." : "Chưa có thông báo."}</EmptyState>
        )}
      </Card>
      {page.paged || page.older ? (
        <div className="mt-4 flex flex-wrap gap-2">
          {page.paged ? (
            <Link href={routes.notifications({ unread: query.unread })} className={buttonClass.secondary}>
              Mới nhất
            </Link>
          ) : null}
          {page.older ? (
            <Link href={routes.notifications({ unread: query.unread, before: page.older })} className={buttonClass.secondary}>
              Cũ hơn
            </Link>
          ) : null}
        </div>
      ) : null}
    </AppShell>
  );
}
