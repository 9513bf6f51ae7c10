// The government's task categories (docs/architecture.md#deadlines-and-task-status), decided in one place. Lists, dashboards and
// reports all call `deadlineStatus`; nothing else re-derives a task's category.
import { dateOnlyKey, daysBetween, localDateKey, weekStart } from "../dates";

export const DEADLINE_STATUSES = [
  "OVERDUE",
  "DUE_SOON",
  "NO_DEADLINE_NOT_UPDATED",
  "NOT_STARTED",
  "IN_PROGRESS",
  "NO_DEADLINE_UPDATED",
  "DONE_LATE",
  "DONE_ON_TIME",
] as const;

export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** A fixed-date task due within this many days (today included) is "sắp đến hạn". */
export const DUE_SOON_DAYS = 7;

export type TaskTiming = {
  deadlineKind: "FIXED" | "RECURRING" | "CONDITIONAL" | "NONE";
  /** SQL DATE (a local calendar day); a conditional task gets one once its trigger happens. */
  dueDate: Date | null;
  workStatus: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "PAUSED";
  completedAt: Date | null;
};

/**
 * Category of a task at instant `now`, judged on the local day in Asia/Ho_Chi_Minh.
 * `updates` are the task's progress reports (only their times matter here); callers that keep
 * the latest time denormalised may pass just that one.
 */
export function deadlineStatus(task: TaskTiming, updates: readonly { createdAt: Date }[], now: Date): DeadlineStatus {
  const today = localDateKey(now);
  const dueKey = task.dueDate ? dateOnlyKey(task.dueDate) : null;
  const lastUpdate = updates.reduce<Date | null>((max, u) => (!max || u.createdAt > max ? u.createdAt : max), null);

  if (task.workStatus === "DONE") {
    if (!dueKey) return "DONE_ON_TIME";
    const doneDay = localDateKey(task.completedAt ?? lastUpdate ?? now);
    return doneDay <= dueKey ? "DONE_ON_TIME" : "DONE_LATE";
  }

  if (dueKey) {
    if (today > dueKey) return "OVERDUE";
    if (daysBetween(today, dueKey) < DUE_SOON_DAYS) return "DUE_SOON";
    return lastUpdate && task.workStatus !== "NOT_STARTED" ? "IN_PROGRESS" : "NOT_STARTED";
  }

  // Recurring, conditional (trigger not yet happened) or no deadline: what matters is whether the
  // unit reported in the current period (weeks run Monday–Sunday).
  if (!lastUpdate) return "NOT_STARTED";
  return localDateKey(lastUpdate) >= weekStart(today) ? "NO_DEADLINE_UPDATED" : "NO_DEADLINE_NOT_UPDATED";
}

/** Convenience for rows that carry the latest update time instead of the update list. */
export function deadlineStatusOf(task: TaskTiming & { lastUpdateAt: Date | null }, now: Date): DeadlineStatus {
  return deadlineStatus(task, task.lastUpdateAt ? [{ createdAt: task.lastUpdateAt }] : [], now);
}
