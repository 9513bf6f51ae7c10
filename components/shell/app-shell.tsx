import Link from "next/link";
import { routes } from "@/lib/routes";
import { Suspense } from "react";
import { ROLE_LABEL, type NavItem } from "@/lib/auth/navigation";
import type { CurrentUser } from "@/lib/auth/session";
import { EnrolBanner } from "@/components/accounts/enrol-banner";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export function AppShell({
  user,
  context,
  nav,
  readOnly,
  children,
}: {
  user: CurrentUser;
  /** "Phường Hải An · Thành phố Hải Phòng" */
  context: string;
  nav: NavItem[];
  readOnly?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2.5">
          <Link href={routes.home()} className="flex items-center gap-3">
            <span aria-hidden className="grid size-9 place-items-center rounded-full bg-flag text-lg font-bold text-yellow-300">
              ★
            </span>
            <span className="leading-tight">
              <span className="block text-sm font-bold uppercase tracking-wide">Theo dõi Kế hoạch Chuyển đổi số</span>
              <span className="block text-xs text-blue-100">{context}</span>
            </span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            {/* Streamed after the page: its two small queries never hold up what the person came for. */}
            <Suspense fallback={<span className="size-9" aria-hidden />}>
              <NotificationBell userId={user.id} />
            </Suspense>
            {/* The name opens "Tài khoản của tôi"; the gear beside it, the notification settings. */}
            <Link
              href={routes.account()}
              title="Tài khoản của tôi"
              data-testid="my-account-link"
              className="rounded-md px-2 py-1 text-right leading-tight hover:bg-white/10"
            >
              <span className="block font-medium">{user.fullName}</span>
              <span className="block text-xs text-blue-100">{ROLE_LABEL[user.role]}</span>
              <span className="sr-only">: tài khoản của tôi</span>
            </Link>
            <Link
              href={routes.notificationPreferences()}
              title="Cài đặt thông báo"
              data-testid="account-link"
              className="flex items-center rounded-md p-2 hover:bg-white/10"
            >
              <svg aria-hidden viewBox="0 0 24 24" className="size-4 shrink-0 fill-none stroke-current stroke-2">
                <circle cx="12" cy="12" r="3" />
                <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
              </svg>
              <span className="sr-only">Cài đặt thông báo</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <Suspense fallback={null}>
        <EnrolBanner userId={user.id} role={user.role} />
      </Suspense>
      {readOnly ? (
        <p className="no-print border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900">
          Chế độ chỉ xem: bạn đang xem dữ liệu của xã/phường thuộc phạm vi theo dõi (riêng sự cố CNTT xã đã chuyển cấp trên thì tổ hỗ trợ
          cấp tỉnh xử lý được).
        </p>
      ) : null}
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-4 md:flex-row md:gap-6 md:py-6">
        <aside className="no-print md:w-52 md:shrink-0">
          <NavLinks items={nav} />
        </aside>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
