"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/auth/navigation";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The most specific matching item is the active one ("/c/x" must not light up on "/c/x/ke-hoach").
  const under = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const matched = (i: NavItem) => [i.href, ...(i.also ?? [])].filter(under).sort((a, b) => b.length - a.length)[0]?.length ?? 0;
  const active = items.filter((i) => matched(i) > 0).sort((a, b) => matched(b) - matched(a))[0];
  return (
    <nav aria-label="Điều hướng chính" className="flex gap-1 overflow-x-auto md:flex-col">
      {items.map((item) => {
        const isActive = item.key === active?.key;
        return (
          <Link
            key={item.key}
            href={item.href}
            aria-current={isActive ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
              isActive ? "bg-brand-50 text-brand-800 ring-1 ring-brand-100" : "text-slate-700 hover:bg-slate-100"
            }`}
          >
            {item.label}
            {item.badge ? (
              <span className="ml-2 rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white">{item.badge}</span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
