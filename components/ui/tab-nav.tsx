"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Tabs as links; the current one is marked for sight and for screen readers. */
export function TabNav({ label, tabs }: { label: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const active = tabs
    .filter((t) => pathname === t.href || pathname.startsWith(`${t.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 text-sm font-medium">
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t === active ? "page" : undefined}
          className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 ${t === active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
