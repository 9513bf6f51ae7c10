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
            <li key={e.id} className="grid gap-2 py-2 lg:grid-cols-2 lg:gap-5" data-extension-id={e.id}>
              <div className="min-w-0 space-y-0.5">
                <Link
                  prefetch={false}
                  href={to.task(e.task.id)}
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  <span className="mr-1 font-mono text-xs text-slate-500">{e.task.code}</span>
                  {e.task.title}
                </Link>
                <p className="text-xs text-slate-500">
                  {e.unitName} · {formatDateTime(e.createdAt)}
                  {e.attachments.length ? ` · ${e.attachments.length} tệp minh chứng` : ""}
                </p>
                <p>
                  Thời hạn: <span className="tabular-nums">{formatDateKey(e.currentDueDate)}</span> →{" "}
                  <span className="font-semibold tabular-nums">{formatDateKey(e.requestedDueDate)}</span>
                </p>
                <p className="line-clamp-2 text-slate-700" title={e.reason}>
                  Lý do: {e.reason}
                </p>
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
