import type { DeadlineStatus } from "@/lib/tasks/deadline-status";
import { DEADLINE_STATUS_META, type Tone } from "@/lib/tasks/status-meta";

// Literal class names so that Tailwind sees them.
export const TONE_CLASSES: Record<Tone, { badge: string; dot: string; bar: string }> = {
  green: { badge: "bg-green-50 text-green-800 ring-green-600/30", dot: "bg-green-600", bar: "bg-green-600" },
  orange: { badge: "bg-orange-50 text-orange-800 ring-orange-600/30", dot: "bg-orange-500", bar: "bg-orange-500" },
  blue: { badge: "bg-blue-50 text-blue-800 ring-blue-600/30", dot: "bg-blue-600", bar: "bg-blue-600" },
  amber: { badge: "bg-amber-50 text-amber-900 ring-amber-600/40", dot: "bg-amber-500", bar: "bg-amber-500" },
  red: { badge: "bg-red-50 text-red-800 ring-red-600/30", dot: "bg-red-600", bar: "bg-red-600" },
  teal: { badge: "bg-teal-50 text-teal-800 ring-teal-600/30", dot: "bg-teal-600", bar: "bg-teal-600" },
  purple: { badge: "bg-purple-50 text-purple-800 ring-purple-600/30", dot: "bg-purple-600", bar: "bg-purple-600" },
  gray: { badge: "bg-slate-100 text-slate-700 ring-slate-500/30", dot: "bg-slate-400", bar: "bg-slate-400" },
};

/** A coloured pill with a dot: the look of every status in the portal. */
export function ToneBadge({ tone, label, ...data }: { tone: Tone; label: string } & Record<`data-${string}`, string>) {
  const cls = TONE_CLASSES[tone];
  return (
    <span
      {...data}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${cls.badge}`}
    >
      <span aria-hidden className={`size-1.5 rounded-full ${cls.dot}`} />
      {label}
    </span>
  );
}

export function StatusBadge({ status }: { status: DeadlineStatus }) {
  const meta = DEADLINE_STATUS_META[status];
  return <ToneBadge tone={meta.tone} label={meta.label} data-status={status} />;
}
