import Link from "next/link";
import { routes } from "@/lib/routes";
import { Suspense } from "react";
import { ROLE_LABEL, type NavItem } from "@/lib/auth/navigation";
import type { CurrentUser } from "@/lib/auth/session";
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
            <span className="text-right leading-tight">
              <span className="block font-medium">{user.fullName}</span>
              <span className="block text-xs text-blue-100">{ROLE_LABEL[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      {readOnly ? (
        <p className="no-print border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900">
          Chế độ chỉ xem: bạn đang xem dữ liệu của xã/phường thuộc phạm vi theo dõi.
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
