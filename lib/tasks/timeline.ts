// The task page's history: progress reports, contributions, directives and edits of the task, newest
// first. Pure functions over rows already loaded with the tenant filter.
import { describeAudit } from "../audit/format";

export type TimelineUpdate = {
  id: string;
  kind: "PROGRESS" | "CONTRIBUTION";
  createdAt: Date;
  author: { fullName: string };
  unit: { name: string } | null;
  workStatus: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "PAUSED";
  progress: number;
  result: string;
  difficulties: string;
  proposals: string;
  completedAt: Date | null;
  /** "Không thay đổi so với kỳ trước", sent from the period-closing form. */
  unchanged: boolean;
  /** Written by the standing office for a unit without an account ("báo cáo thay"). */
  onBehalf: boolean;
  returnedAt: Date | null;
  returnComment: string | null;
  returnedBy: { fullName: string } | null;
  attachments: { id: string; fileName: string; size: number }[];
};

/** The marks an update carries in the history, in words: how it was sent, and by whom for whom. */
export function updateMarks(u: Pick<TimelineUpdate, "unchanged" | "onBehalf">): string[] {
  return [...(u.unchanged ? ["Không thay đổi so với kỳ trước"] : []), ...(u.onBehalf ? ["Văn phòng báo cáo thay"] : [])];
}

export type TimelineDirective = {
  id: string;
  createdAt: Date;
  content: string;
  newDueDate: Date | null;
  author: { fullName: string };
  acknowledgedAt: Date | null;
  acknowledgedBy: { fullName: string } | null;
};

export type TimelineEdit = { id: string; action: string; createdAt: Date; actor: { fullName: string } | null; data: unknown };

/** The audit entries the history shows: edits, and "không phát sinh" said or taken back on a unit's part. */
export const TIMELINE_AUDIT_ACTIONS = ["tasks.edit", "tasks.markPartNotApplicable", "tasks.reopenPart"] as const;

export type TimelineEvent =
  | { type: "update"; at: Date; update: TimelineUpdate }
  | { type: "directive"; at: Date; directive: TimelineDirective }
  | { type: "edit"; at: Date; edit: { id: string; by: string; title: string; reason: string; changes: string[] } };

/** "Hạn hoàn thành: (trống) → 31/03/2026" for each field an edit changed, in the audit log's words. */
export function describeEdit(data: unknown, unitNames: Map<string, string>): { reason: string; changes: string[] } {
  const { reason, ...change } = (data ?? {}) as { reason?: unknown };
  return { reason: typeof reason === "string" ? reason : "", changes: describeAudit("tasks.edit", change, unitNames) };
}

/** "Điều chỉnh nhiệm vụ", or what happened to a unit's part. */
function editTitle(e: TimelineEdit, unitNames: Map<string, string>): string {
  const unitId = (e.data as { partUnitId?: unknown } | null)?.partUnitId;
  const unit = typeof unitId === "string" ? (unitNames.get(unitId) ?? "đơn vị") : "đơn vị";
  if (e.action === "tasks.markPartNotApplicable") return `Phần việc của ${unit}: không phát sinh`;
  if (e.action === "tasks.reopenPart") return `Mở lại phần việc của ${unit}`;
  return "Điều chỉnh nhiệm vụ";
}

/** How many progress reports, and how many edits, the task page reads at first (the newest). */
export const RECENT_HISTORY = 30;

/**
 * The oldest moment the shown history is complete from, when the long lists were read with
 * RECENT_HISTORY + 1 rows (newest first): the latest of the oldest kept rows of each list that had
 * more. Null when no list had more (the whole history is shown).
 */
export function recentCutoff(lists: { createdAt: Date }[][]): Date | null {
  const cuts = lists.filter((l) => l.length > RECENT_HISTORY).map((l) => l[RECENT_HISTORY - 1]!.createdAt.getTime());
  return cuts.length ? new Date(Math.max(...cuts)) : null;
}

export function buildTimeline(
  updates: TimelineUpdate[],
  directives: TimelineDirective[],
  edits: TimelineEdit[],
  unitNames: Map<string, string>,
): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...updates.map((u) => ({ type: "update" as const, at: u.createdAt, update: u })),
    ...directives.map((d) => ({ type: "directive" as const, at: d.createdAt, directive: d })),
    ...edits.map((e) => ({
      type: "edit" as const,
      at: e.createdAt,
      edit: {
        id: e.id,
        by: e.actor?.fullName ?? "",
        title: editTitle(e, unitNames),
        // A part's "không phát sinh" is said by its title and reason; only an edit lists field changes.
        ...(e.action === "tasks.edit" ? describeEdit(e.data, unitNames) : { ...describeEdit(e.data, unitNames), changes: [] }),
      },
    })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
