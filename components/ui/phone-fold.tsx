"use client";
// A block that folds into one line on a phone (below Tailwind's `sm`, 640 px) and is always open on
// wider screens: a disclosure button (react-aria: keyboard, touch and screen readers alike) whose
// `aria-expanded` says whether the block below it shows. Used for filter cards, so that what the
// page is about comes on a phone's first screen; the block stays in the page (a form inside still
// submits, and its fields keep the values from the URL).
import { useId, useState } from "react";
import { Button } from "react-aria-components";

export function PhoneFold({
  label,
  summary,
  className = "",
  children,
}: {
  /** The button's text ("Bộ lọc"). */
  label: string;
  /** What the folded block holds right now, shown after the label ("Tuần này · 1 bộ lọc khác"). */
  summary?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={className} data-phone-fold={open ? "open" : "closed"}>
      <Button
        aria-expanded={open}
        aria-controls={panelId}
        onPress={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-left text-sm outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600 sm:hidden"
      >
        <span className="shrink-0 font-semibold text-slate-900">
          {label} <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        </span>
        {summary ? <span className="min-w-0 truncate text-slate-600">{summary}</span> : null}
      </Button>
      <div id={panelId} className={open ? "mt-2 sm:mt-0" : "hidden sm:block"}>
        {children}
      </div>
    </div>
  );
}
