// "Tỉnh giao" on a task the province handed down (its plan and the version applied), and "Không phát
// sinh" / "Không còn thực hiện" with the reason on a closed one: on the plan page, the task list rows
// and the task page.
import type { TaskClosure } from "@/lib/generated/prisma/enums";
import { CLOSURE_LABELS } from "@/lib/tasks/closed";

type Mandated = {
  mandateVersion?: number | null;
  provinceTask?: { code: string; plan: { number: string | null; title: string } } | null;
  closedKind?: TaskClosure | null;
  closedReason?: string | null;
};

export function MandateBadges({ task, withReason = false }: { task: Mandated; withReason?: boolean }) {
  const pt = task.provinceTask;
  if (!pt && !task.closedKind) return null;
  const source = pt
    ? `Nhiệm vụ ${pt.code} của ${pt.plan.number ? `Kế hoạch ${pt.plan.number}` : pt.plan.title}, phiên bản ${task.mandateVersion ?? 1}`
    : "";
  return (
    <span className="inline-flex flex-wrap items-center gap-1 align-middle">
      {pt ? (
        <span
          className="rounded bg-sky-100 px-1.5 py-0.5 text-[11px] font-semibold text-sky-900"
          title={source}
          data-testid="badge-mandated"
        >
          Tỉnh giao
        </span>
      ) : null}
      {task.closedKind ? (
        <span
          className="rounded bg-slate-200 px-1.5 py-0.5 text-[11px] font-semibold text-slate-800"
          title={task.closedReason ?? undefined}
          data-testid="badge-closed"
        >
          {CLOSURE_LABELS[task.closedKind]}
        </span>
      ) : null}
      {withReason && task.closedKind && task.closedReason ? (
        <span className="text-xs text-slate-600">Lý do: {task.closedReason}</span>
      ) : null}
      {withReason && pt ? <span className="text-xs text-slate-500">{source}</span> : null}
    </span>
  );
}
