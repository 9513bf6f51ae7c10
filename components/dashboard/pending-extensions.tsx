// The chair's "Cần xử lý": deadline extension requests waiting for a decision, compact, with the
// decision controls inline for those who may decide (the others see the list).
import Link from "next/link";
import { ExtensionDecisionForm } from "@/components/tasks/extension-decision-form";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
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
    <Card className="mb-5 break-inside-avoid">
      <CardHeader
        title="Đề nghị gia hạn chờ xử lý"
        actions={
          <span className="text-sm font-semibold text-slate-700" data-testid="pending-extensions-count">
            {list.length}
          </span>
        }
      />
      {list.length === 0 ? (
        <EmptyState>Không có đề nghị gia hạn nào chờ xử lý.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="pending-extensions">
          {list.map((e) => (
            <li key={e.id} className="grid gap-2 px-4 py-3 sm:px-5 lg:grid-cols-2 lg:gap-5" data-extension-id={e.id}>
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
    </Card>
  );
}
