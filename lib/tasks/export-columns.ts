// The columns of the task list as a table, defined once for its two exports: the "Xuất Excel" of the
// Nhiệm vụ page (lib/tasks/export-xlsx.ts) and the API's `?format=csv` of /communes/{id}/tasks
// (lib/api/v1/tasks.ts). They are the report's task table (lib/reports/columns.ts, the spreadsheet's
// columns) plus the plan, which a list across plans needs and a report (one plan) does not.
import { dateOnlyKey, formatDateKey } from "../dates";
import { columnsIn, REPORT_COLUMNS, shownCell, type ReportColumn } from "../reports/columns";
import type { ReportTaskRow } from "../reports/types";
import type { DeadlineStatus } from "./deadline-status";
import { DEADLINE_STATUS_META } from "./status-meta";

export type TaskExportRow = ReportTaskRow & { plan: string };

/** What a row is made of, whichever side (a loaded TaskRow or an API item) it comes from. */
export type TaskExportSource = {
  code: string;
  title: string;
  plan: { number: string | null; title: string };
  /** The lead and helping sides as the portal writes them (groups by their name, lib/tasks/assignment.ts sideLabel). */
  leadLabel: string;
  supportLabel: string;
  supportText: string | null;
  /** Local days "YYYY-MM-DD". */
  dueDate: string | null;
  originalDueDate: string | null;
  deadlineText: string;
  progress: number;
  status: DeadlineStatus;
  /** The latest progress report's summary (lib/tasks/latest-update.ts), null when none. */
  lastSummary: string | null;
};

export const dayKey = (d: Date | null): string | null => (d ? dateOnlyKey(d) : null);

/** "Số 12/KH-UBND – Kế hoạch chuyển đổi số…", or the title alone. */
const planLabel = (p: { number: string | null; title: string }) => (p.number ? `${p.number} – ${p.title}` : p.title);

export function taskExportRow(t: TaskExportSource): TaskExportRow {
  // As the report writes a deadline in force, and where it was extended from.
  const deadline = t.dueDate
    ? `${formatDateKey(t.dueDate)}${t.originalDueDate && t.originalDueDate !== t.dueDate ? ` (đã được gia hạn từ ${formatDateKey(t.originalDueDate)})` : ""}`
    : t.deadlineText || "Không ghi thời hạn";
  return {
    groupCode: "",
    groupTitle: "",
    code: t.code,
    title: t.title,
    leadUnits: t.leadLabel,
    supportUnits: [t.supportLabel, t.supportText].filter(Boolean).join("; "),
    deadline,
    result: t.lastSummary ?? "",
    progress: t.progress,
    status: t.status,
    statusLabel: DEADLINE_STATUS_META[t.status].label,
    plan: planLabel(t.plan),
  };
}

const planColumn: ReportColumn<TaskExportRow> = { key: "plan", header: "Kế hoạch", width: { chars: 40 }, cell: (t) => t.plan };

/** The spreadsheet's task columns, then the plan. */
export const TASK_EXPORT_COLUMNS: readonly ReportColumn<TaskExportRow>[] = [...columnsIn(REPORT_COLUMNS.tasks, "xlsx"), planColumn];

/** A cell's plain value (CSV): the text of a toned cell, the number of a numeric one. */
export function exportCellValue(column: ReportColumn<TaskExportRow>, row: TaskExportRow, index: number): string | number {
  return shownCell(column, row, index, "xlsx").value;
}
