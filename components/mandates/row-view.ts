// A mandated task as the page's client list shows it (plain, serialisable): its deadline, the province's
// wording or deadline when the commune's differs, who leads it or who is proposed, and its closure.
import { formatDate } from "@/lib/dates";
import type { MandatedTask } from "@/lib/mandates/queries";
import { routes } from "@/lib/routes";
import { CLOSURE_LABELS } from "@/lib/tasks/closed";
import type { TaskRowView } from "./task-rows";

export function mandateRowView(
  t: MandatedTask,
  communeId: string,
  unitName: Map<string, string>,
  groupName: Map<string, string>,
): TaskRowView {
  const deadline = t.dueDate ? formatDate(t.dueDate, "date-only") : t.deadlineText || "Không có thời hạn";
  const notes = [
    t.province.title ? `tỉnh: “${t.province.title}”` : null,
    t.province.dueDate ? `hạn của tỉnh ${formatDate(t.province.dueDate, "date-only")}` : null,
    t.province.deadlineText ? `tỉnh ghi “${t.province.deadlineText}”` : null,
  ].filter(Boolean);
  const proposal = t.proposal
    ? {
        label: [...t.proposal.groupIds.map((g) => groupName.get(g) ?? ""), ...t.proposal.unitIds.map((u) => unitName.get(u) ?? "")]
          .filter(Boolean)
          .join("; "),
        reason: t.proposal.reason,
      }
    : null;
  return {
    id: t.id,
    version: t.version,
    code: t.province.code,
    title: t.title,
    href: routes.commune(communeId).task(t.id),
    status: t.status,
    deadline,
    provinceNote: notes.length ? notes.join("; ") : null,
    leadLabel: t.hasLead ? t.leadLabel : null,
    proposal,
    closed: t.closedKind ? { label: CLOSURE_LABELS[t.closedKind], reason: t.closedReason, byProvince: t.closedKind === "WITHDRAWN" } : null,
  };
}
