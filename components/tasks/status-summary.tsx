import Link from "next/link";
import { Delta } from "@/components/dashboard/delta";
import { TONE_CLASSES } from "@/components/ui/status-badge";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";

/** Categories where a rise is bad news (the delta is shown red when they grow). */
const WORSE_WHEN_UP: ReadonlySet<DeadlineStatus> = new Set(["OVERDUE", "DUE_SOON", "NO_DEADLINE_NOT_UPDATED", "NOT_STARTED", "DONE_LATE"]);

/**
 * One tile per category with its count; each links to the task list filtered by it. `previous`
 * adds the change since then (the dashboard's comparison with the previous period).
 */
export function StatusSummary({
  counts,
  previous,
  hrefFor,
}: {
  counts: Record<DeadlineStatus, number>;
  previous?: Record<DeadlineStatus, number>;
  hrefFor: (s: DeadlineStatus) => string;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {DEADLINE_STATUSES.map((s) => {
        const meta = DEADLINE_STATUS_META[s];
        return (
          <li key={s}>
            <Link
              prefetch={false}
              href={hrefFor(s)}
              className="block h-full rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-600"
              data-status-tile={s}
            >
              <span className="flex items-center gap-2 text-xs font-medium text-slate-600">
                <span aria-hidden className={`size-2.5 shrink-0 rounded-full ${TONE_CLASSES[meta.tone].dot}`} />
                {meta.label}
              </span>
              <span className="mt-1 flex items-baseline gap-2">
                <span className="text-2xl font-bold text-slate-900" data-count={s}>
                  {counts[s]}
                </span>
                {previous ? <Delta change={counts[s] - previous[s]} worseWhenUp={WORSE_WHEN_UP.has(s)} /> : null}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
