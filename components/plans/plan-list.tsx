import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";

type PlanRow = {
  id: string;
  title: string;
  number: string | null;
  issuer: string;
  issuedDate: Date | null;
  taskCount: number;
  doneCount: number;
};

/** Plans with their number, issuer, date and completion; each opens the plan's page. */
export function PlanList({ plans, communeId }: { plans: PlanRow[]; communeId: string }) {
  return (
    <ul className="divide-y divide-slate-100">
      {plans.map((p) => {
        const pct = p.taskCount ? Math.round((p.doneCount / p.taskCount) * 100) : 0;
        return (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-5">
            <div className="min-w-0 flex-1">
              <Link href={routes.commune(communeId).plan(p.id)} className="font-semibold text-brand-700 hover:underline">
                {p.title}
              </Link>
              <p className="mt-0.5 text-xs text-slate-500">
                {[p.number ? `Số: ${p.number}` : null, p.issuer, p.issuedDate ? `ngày ${formatDate(p.issuedDate, "date-only")}` : null]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            <div className="w-48 text-right text-sm">
              <span className="font-semibold">{p.doneCount}</span>/{p.taskCount} nhiệm vụ hoàn thành
              <div className="mt-1 h-1.5 rounded-full bg-slate-100" aria-hidden>
                <div className="h-1.5 rounded-full bg-green-600" style={{ width: `${pct}%` }} />
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
