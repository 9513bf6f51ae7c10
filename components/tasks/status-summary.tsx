import Link from "next/link";
import { TONE_CLASSES } from "@/components/ui/status-badge";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";

/** One tile per category with its count; each links to the task list filtered by it. */
export function StatusSummary({ counts, hrefFor }: { counts: Record<DeadlineStatus, number>; hrefFor: (s: DeadlineStatus) => string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {DEADLINE_STATUSES.map((s) => {
        const meta = DEADLINE_STATUS_META[s];
        return (
          <li key={s}>
            <Link href={hrefFor(s)} className="block rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-600">
              <span className="flex items-center gap-2 text-xs font-medium text-slate-600">
                <span aria-hidden className={`size-2.5 rounded-full ${TONE_CLASSES[meta.tone].dot}`} />
                {meta.label}
              </span>
              <span className="mt-1 block text-2xl font-bold text-slate-900" data-count={s}>
                {counts[s]}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
