// The task page's history: progress reports, contributions, directives and edits of the task, newest
// first. Pure functions over rows already loaded with the tenant filter.

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
  returnedAt: Date | null;
  returnComment: string | null;
  returnedBy: { fullName: string } | null;
  attachments: { id: string; fileName: string; size: number }[];
};

export type TimelineDirective = {
  id: string;
  createdAt: Date;
  content: string;
  newDueDate: Date | null;
  author: { fullName: string };
  acknowledgedAt: Date | null;
  acknowledgedBy: { fullName: string } | null;
};

export type TimelineEdit = { id: string; createdAt: Date; actor: { fullName: string } | null; data: unknown };

export type TimelineEvent =
  | { type: "update"; at: Date; update: TimelineUpdate }
  | { type: "directive"; at: Date; directive: TimelineDirective }
  | { type: "edit"; at: Date; edit: { id: string; by: string; reason: string; changes: string[] } };

const FIELD_LABEL: Record<string, string> = {
  title: "Tên nhiệm vụ",
  expectedOutput: "Sản phẩm",
  deadlineKind: "Loại thời hạn",
  dueDate: "Hạn hoàn thành",
  deadlineText: "Thời hạn theo văn bản",
  supportText: "Đơn vị phối hợp khác",
  leadUnitIds: "Đơn vị chủ trì",
  supportUnitIds: "Đơn vị phối hợp",
};

type EditData = { reason?: unknown; before?: Record<string, unknown>; after?: Record<string, unknown> };

function show(value: unknown, unitNames: Map<string, string>): string {
  if (value === null || value === undefined || value === "") return "(trống)";
  if (Array.isArray(value)) return value.map((v) => unitNames.get(String(v)) ?? String(v)).join("; ") || "(trống)";
  return String(value);
}

/** "Hạn hoàn thành: (trống) → 2026-03-31" for each field an edit changed. */
export function describeEdit(data: unknown, unitNames: Map<string, string>): { reason: string; changes: string[] } {
  const d = (data ?? {}) as EditData;
  const before = d.before ?? {};
  const after = d.after ?? {};
  // Known fields first, in a fixed order; then any other field an edit recorded (re-imports label their own).
  const keys = [...new Set([...Object.keys(FIELD_LABEL), ...Object.keys(before), ...Object.keys(after)])];
  const changes = keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => `${FIELD_LABEL[k] ?? k}: ${show(before[k], unitNames)} → ${show(after[k], unitNames)}`);
  return { reason: typeof d.reason === "string" ? d.reason : "", changes };
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
      edit: { id: e.id, by: e.actor?.fullName ?? "", ...describeEdit(e.data, unitNames) },
    })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
