// Reads of deadline extension requests: a task's history (task page) and a commune's pending
// requests (the chair's "Cần xử lý"). Every query filters by the commune and the row id together.
import "server-only";
import { getDb } from "../../db";
import { dateOnlyKey } from "../../dates";
import { readCommuneSettings } from "../../communes/settings";

const extensionSelect = {
  id: true,
  status: true,
  reason: true,
  currentDueDate: true,
  requestedDueDate: true,
  approvedDueDate: true,
  decisionComment: true,
  createdAt: true,
  decidedAt: true,
  unit: { select: { name: true } },
  requestedBy: { select: { fullName: true } },
  decidedBy: { select: { fullName: true } },
  attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
} as const;

export type ExtensionView = {
  id: string;
  status: "PENDING" | "APPROVED" | "REFUSED";
  reason: string;
  /** Day keys ("2025-12-31"). */
  currentDueDate: string;
  requestedDueDate: string;
  approvedDueDate: string | null;
  decisionComment: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  unitName: string;
  requestedBy: string;
  decidedBy: string | null;
  attachments: { id: string; fileName: string; size: number }[];
};

type Row = {
  id: string;
  status: ExtensionView["status"];
  reason: string;
  currentDueDate: Date;
  requestedDueDate: Date;
  approvedDueDate: Date | null;
  decisionComment: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  unit: { name: string };
  requestedBy: { fullName: string };
  decidedBy: { fullName: string } | null;
  attachments: { id: string; fileName: string; size: number }[];
};

function toView(r: Row): ExtensionView {
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    currentDueDate: dateOnlyKey(r.currentDueDate),
    requestedDueDate: dateOnlyKey(r.requestedDueDate),
    approvedDueDate: r.approvedDueDate ? dateOnlyKey(r.approvedDueDate) : null,
    decisionComment: r.decisionComment,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    unitName: r.unit.name,
    requestedBy: r.requestedBy.fullName,
    decidedBy: r.decidedBy?.fullName ?? null,
    attachments: r.attachments,
  };
}

/** A task's requests, newest first, and how many more extensions the commune allows it. */
export async function taskExtensions(communeId: string, taskId: string) {
  const db = getDb();
  const [rows, settings, task] = await Promise.all([
    db.deadlineExtension.findMany({ where: { communeId, taskId }, orderBy: { createdAt: "desc" }, select: extensionSelect }),
    readCommuneSettings(db, communeId),
    db.task.findFirst({ where: { id: taskId, communeId }, select: { extensionCount: true } }),
  ]);
  const used = task?.extensionCount ?? 0;
  return { requests: rows.map(toView), used, max: settings.maxDeadlineExtensions };
}

export type PendingExtension = ExtensionView & { task: { id: string; code: string; title: string; dueDate: string | null } };

/** The commune's requests waiting for the chair, oldest first (the one waiting longest comes first). */
export async function pendingExtensions(communeId: string): Promise<PendingExtension[]> {
  const rows = await getDb().deadlineExtension.findMany({
    where: { communeId, status: "PENDING", task: { communeId } },
    orderBy: { createdAt: "asc" },
    select: { ...extensionSelect, task: { select: { id: true, code: true, title: true, dueDate: true } } },
  });
  return rows.map((r) => ({
    ...toView(r),
    task: { id: r.task.id, code: r.task.code, title: r.task.title, dueDate: r.task.dueDate ? dateOnlyKey(r.task.dueDate) : null },
  }));
}
