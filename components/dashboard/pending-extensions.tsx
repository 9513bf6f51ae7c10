// The first kind of the chair's "Cần xử lý" (components/dashboard/action-lists.tsx places it across the
// block's full width, above the two columns): deadline extension requests waiting for a decision,
// with the decision controls inline for those who may decide (the others see the list).
import Link from "next/link";
import { ExtensionDecisionForm } from "@/components/tasks/extension-decision-form";
import { canDecideExtension, type CommuneScope, type Viewer } from "@/lib/auth/permissions";
import { formatDateKey, formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { pendingExtensions } from "@/lib/tasks/extensions/queries";

export async function PendingExtensions({ user, commune }: { user: Viewer; commune: CommuneScope }) {
  const list = await pendingExtensions(commune.communeId);
  const canDecide = canDecideExtension(user, commune);
  // Nothing to say to a reader who cannot act on an empty list.
  if (list.length === 0 && !canDecide) return null;
  const to = routes.commune(commune.communeId);
  return (
    <div className="min-w-0 border-b border-slate-100 px-4 py-3" data-kind="pending-extensions">
      <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        <span className="min-w-0">Đề nghị gia hạn chờ quyết định</span>
        <span
          className={`shrink-0 rounded-full px-2 text-xs font-semibold tabular-nums ${list.length > 0 ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-600"}`}
          data-testid="pending-extensions-count"
        >
          {list.length}
        </span>
      </h3>
      {list.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">Không có đề nghị gia hạn nào chờ quyết định.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="pending-extensions">
          {list.map((e) => (
            <li key={e.id} className="py-1.5" data-extension-id={e.id}>
              {/* One line like the other kinds; the reason and the decision open on demand, so the
                  list stays on a phone's first screen. */}
              <div className="flex items-baseline gap-2">
                <Link
                  prefetch={false}
                  href={to.task(e.task.id)}
                  className="min-w-0 flex-1 truncate text-slate-900 hover:text-brand-700 hover:underline"
                  title={e.task.title}
                >
                  <span className="mr-1 font-mono text-xs text-slate-500">{e.task.code}</span>
                  {e.task.title}
                </Link>
                <span className="max-w-[30%] shrink-0 truncate text-xs text-slate-700 sm:max-w-[38%]" title={e.unitName}>
                  {e.unitName}
                </span>
                <span className="shrink-0 text-xs tabular-nums text-slate-600">
                  {formatDateKey(e.currentDueDate).slice(0, 5)} →{" "}
                  <span className="font-semibold">{formatDateKey(e.requestedDueDate).slice(0, 5)}</span>
                </span>
              </div>
              <details className="group mt-0.5">
                <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">
                  {canDecide ? "Xem lý do và quyết định" : "Xem lý do"}
                </summary>
                <div className="mt-1 grid gap-2 lg:grid-cols-2 lg:gap-5">
                  <div className="min-w-0 space-y-0.5">
                    <p className="text-xs text-slate-500">
                      {formatDateTime(e.createdAt)}
                      {e.attachments.length ? ` · ${e.attachments.length} tệp minh chứng` : ""}
                    </p>
                    <p>
                      Thời hạn: <span className="tabular-nums">{formatDateKey(e.currentDueDate)}</span> →{" "}
                      <span className="font-semibold tabular-nums">{formatDateKey(e.requestedDueDate)}</span>
                    </p>
                    <p className="whitespace-pre-line text-slate-700">Lý do: {e.reason}</p>
                  </div>
                  {canDecide ? (
                    <ExtensionDecisionForm
                      communeId={commune.communeId}
                      extensionId={e.id}
                      currentDueDate={e.currentDueDate}
                      requestedDueDate={e.requestedDueDate}
                      compact
                    />
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
