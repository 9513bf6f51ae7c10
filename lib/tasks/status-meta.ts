// Official labels and colours of the task categories and of the unit-reported work status.
import type { DeadlineStatus } from "./deadline-status";

export type Tone = "green" | "orange" | "blue" | "amber" | "red" | "teal" | "purple" | "gray";

export const DEADLINE_STATUS_META: Record<DeadlineStatus, { label: string; tone: Tone }> = {
  DONE_ON_TIME: { label: "Hoàn thành đúng hạn", tone: "green" },
  DONE_LATE: { label: "Hoàn thành quá hạn", tone: "orange" },
  IN_PROGRESS: { label: "Đang thực hiện trong hạn", tone: "blue" },
  DUE_SOON: { label: "Sắp đến hạn", tone: "amber" },
  OVERDUE: { label: "Quá hạn", tone: "red" },
  NO_DEADLINE_UPDATED: { label: "Không có hạn - đã cập nhật kỳ này", tone: "teal" },
  NO_DEADLINE_NOT_UPDATED: { label: "Không có hạn - chưa cập nhật kỳ này", tone: "purple" },
  NOT_STARTED: { label: "Chưa triển khai", tone: "gray" },
};

export const WORK_STATUS_LABEL = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Hoàn thành",
  PAUSED: "Tạm dừng - vướng mắc",
} as const;

export const DEADLINE_KIND_LABEL = {
  FIXED: "Có thời hạn",
  RECURRING: "Thường xuyên",
  CONDITIONAL: "Chờ điều kiện (chưa có ngày)",
  NONE: "Không ghi thời hạn",
} as const;

/** A deadline extension request's state (lib/tasks/extensions). */
export const EXTENSION_STATUS_LABEL = {
  PENDING: "Chờ xem xét",
  APPROVED: "Đã chấp thuận",
  REFUSED: "Không chấp thuận",
} as const;

/** The chair's answer to an extension request, as the audit log words it. */
export const EXTENSION_DECISION_LABEL = {
  APPROVE: "Chấp thuận thời hạn đề nghị",
  APPROVE_OTHER: "Chấp thuận thời hạn khác",
  REFUSE: "Không chấp thuận",
} as const;

/** "Đã gia hạn" beside a deadline: the first deadline of a task whose deadline was extended. */
export function extendedNote(originalDueDateLabel: string): string {
  return `Đã gia hạn (hạn ban đầu ${originalDueDateLabel})`;
}
