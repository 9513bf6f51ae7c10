// A task's extension requests, newest first: asked by whom and when, why, with which evidence, and
// the chair's answer; a pending one carries the decision form for those who may decide.
import { formatDateKey, formatDateTime } from "@/lib/dates";
import type { ExtensionView } from "@/lib/tasks/extensions/queries";
import { EXTENSION_STATUS_LABEL } from "@/lib/tasks/status-meta";
import { ExtensionDecisionForm } from "./extension-decision-form";
import { AttachmentList } from "./attachment-list";

const STATUS_CLASS: Record<ExtensionView["status"], string> = {
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  REFUSED: "bg-red-100 text-red-900",
};

export function ExtensionStatusPill({ status }: { status: ExtensionView["status"] }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_CLASS[status]}`}>{EXTENSION_STATUS_LABEL[status]}</span>;
}

export function ExtensionHistory({ requests, communeId, canDecide }: { requests: ExtensionView[]; communeId: string; canDecide: boolean }) {
  if (requests.length === 0) return null;
  return (
    <ol className="divide-y divide-slate-100 border-t border-slate-100" data-testid="extension-history">
      {requests.map((r) => (
        <li key={r.id} className="space-y-1 px-4 py-3 text-sm sm:px-5" data-extension-status={r.status}>
          <p className="flex flex-wrap items-center gap-2">
            <ExtensionStatusPill status={r.status} />
            <span className="font-medium text-slate-900">
              Đề nghị gia hạn từ {formatDateKey(r.currentDueDate)} đến {formatDateKey(r.requestedDueDate)}
            </span>
          </p>
          <p className="text-xs text-slate-500">
            {formatDateTime(r.createdAt)} · {r.requestedBy} ({r.unitName})
          </p>
          <p className="whitespace-pre-line">
            <span className="font-medium text-slate-700">Lý do:</span> {r.reason}
          </p>
          <AttachmentList files={r.attachments} />
          {r.status !== "PENDING" ? (
            <p className={`rounded-md px-2 py-1 ${r.status === "APPROVED" ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
              {r.decidedBy ?? "Chủ tịch"}{" "}
              {r.status === "APPROVED"
                ? `chấp thuận gia hạn đến ${formatDateKey(r.approvedDueDate ?? r.requestedDueDate)}`
                : "không chấp thuận"}
              {r.decidedAt ? ` (${formatDateTime(r.decidedAt)})` : ""}
              {r.decisionComment ? `: “${r.decisionComment}”` : "."}
            </p>
          ) : canDecide ? (
            <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <ExtensionDecisionForm
                communeId={communeId}
                extensionId={r.id}
                currentDueDate={r.currentDueDate}
                requestedDueDate={r.requestedDueDate}
              />
            </div>
          ) : (
            <p className="text-xs text-amber-800">Chờ Chủ tịch UBND xem xét.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
