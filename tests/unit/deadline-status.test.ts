import { describe, expect, it } from "vitest";
import { deadlineStatus, type DeadlineStatus, type TaskTiming } from "@/lib/tasks/deadline-status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`); // SQL DATE as Prisma returns it
/** An instant given in Vietnam local time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);

const fixed = (due: string, extra: Partial<TaskTiming> = {}): TaskTiming => ({
  deadlineKind: "FIXED",
  dueDate: day(due),
  workStatus: "IN_PROGRESS",
  completedAt: null,
  ...extra,
});
const recurring = (extra: Partial<TaskTiming> = {}): TaskTiming => ({
  deadlineKind: "RECURRING",
  dueDate: null,
  workStatus: "IN_PROGRESS",
  completedAt: null,
  ...extra,
});
const updated = (...locals: string[]) => locals.map((l) => ({ createdAt: vn(l) }));

type Row = [string, TaskTiming, { createdAt: Date }[], Date, DeadlineStatus];

const rows: Row[] = [
  // Fixed dates
  [
    "fixed, done before the due date",
    fixed("2025-12-31", { workStatus: "DONE", completedAt: vn("2025-12-20T10:00") }),
    updated("2025-12-20T10:00"),
    vn("2026-01-05T09:00"),
    "DONE_ON_TIME",
  ],
  [
    "fixed, done on the due date (late evening, local)",
    fixed("2025-12-31", { workStatus: "DONE", completedAt: vn("2025-12-31T23:30") }),
    updated("2025-12-31T23:30"),
    vn("2026-01-05T09:00"),
    "DONE_ON_TIME",
  ],
  [
    "fixed, done the day after",
    fixed("2025-12-31", { workStatus: "DONE", completedAt: vn("2026-01-01T00:10") }),
    updated("2026-01-01T00:10"),
    vn("2026-01-05T09:00"),
    "DONE_LATE",
  ],
  ["fixed, not done, past due", fixed("2025-12-31"), updated("2025-12-01T08:00"), vn("2026-01-01T08:00"), "OVERDUE"],
  [
    "fixed, no update at all, past due → overdue, not 'not started'",
    fixed("2025-12-31", { workStatus: "NOT_STARTED" }),
    [],
    vn("2026-01-02T08:00"),
    "OVERDUE",
  ],
  ["fixed, due today → due soon", fixed("2025-12-31"), updated("2025-12-01T08:00"), vn("2025-12-31T22:00"), "DUE_SOON"],
  ["fixed, due in 6 days → due soon", fixed("2025-12-31"), updated("2025-12-01T08:00"), vn("2025-12-25T08:00"), "DUE_SOON"],
  ["fixed, due in 7 days → in time", fixed("2025-12-31"), updated("2025-12-01T08:00"), vn("2025-12-24T08:00"), "IN_PROGRESS"],
  [
    "fixed, far ahead, never updated → not started",
    fixed("2025-12-31", { workStatus: "NOT_STARTED" }),
    [],
    vn("2025-09-01T08:00"),
    "NOT_STARTED",
  ],
  [
    "fixed, paused but in time counts as in time",
    fixed("2025-12-31", { workStatus: "PAUSED" }),
    updated("2025-09-01T08:00"),
    vn("2025-10-01T08:00"),
    "IN_PROGRESS",
  ],
  // "Trước ngày 20/12/2025" is stored as due 19/12/2025
  [
    "'Trước ngày 20/12' done on the 20th is late",
    fixed("2025-12-19", { workStatus: "DONE", completedAt: vn("2025-12-20T09:00") }),
    updated("2025-12-20T09:00"),
    vn("2025-12-21T09:00"),
    "DONE_LATE",
  ],
  ["'Trước ngày 20/12', open on the 20th is overdue", fixed("2025-12-19"), updated("2025-12-10T09:00"), vn("2025-12-20T00:01"), "OVERDUE"],
  // Day boundary in Asia/Ho_Chi_Minh: 31/12 23:59 local is still the due day; 17:00 UTC on the 31st is already 01/01 local
  ["day boundary: 23:59 local on the due day", fixed("2025-12-31"), updated("2025-12-01T08:00"), vn("2025-12-31T23:59"), "DUE_SOON"],
  ["day boundary: 00:00 local the next day", fixed("2025-12-31"), updated("2025-12-01T08:00"), vn("2026-01-01T00:00"), "OVERDUE"],
  [
    "day boundary: 17:30 UTC is the next local day",
    fixed("2025-12-31"),
    updated("2025-12-01T08:00"),
    new Date("2025-12-31T17:30:00Z"),
    "OVERDUE",
  ],
  [
    "day boundary: 16:59 UTC is still the due day",
    fixed("2025-12-31"),
    updated("2025-12-01T08:00"),
    new Date("2025-12-31T16:59:00Z"),
    "DUE_SOON",
  ],
  // Recurring: weeks run Monday–Sunday (24/11/2025 is a Monday)
  ["recurring, never reported → not started", recurring({ workStatus: "NOT_STARTED" }), [], vn("2025-11-26T08:00"), "NOT_STARTED"],
  ["recurring, reported this week", recurring(), updated("2025-11-24T08:00"), vn("2025-11-30T20:00"), "NO_DEADLINE_UPDATED"],
  [
    "recurring, reported last Sunday night only",
    recurring(),
    updated("2025-11-23T23:00"),
    vn("2025-11-24T08:00"),
    "NO_DEADLINE_NOT_UPDATED",
  ],
  [
    "recurring, the latest of several updates counts",
    recurring(),
    updated("2025-10-01T08:00", "2025-11-25T08:00", "2025-11-02T08:00"),
    vn("2025-11-26T08:00"),
    "NO_DEADLINE_UPDATED",
  ],
  [
    "recurring marked done",
    recurring({ workStatus: "DONE", completedAt: vn("2025-11-25T08:00") }),
    updated("2025-11-25T08:00"),
    vn("2026-03-01T08:00"),
    "DONE_ON_TIME",
  ],
  // Conditional: no date until the trigger; then it behaves as a fixed date
  [
    "conditional, waiting for guidance, reported weeks ago",
    { deadlineKind: "CONDITIONAL", dueDate: null, workStatus: "IN_PROGRESS", completedAt: null },
    updated("2025-10-01T08:00"),
    vn("2025-11-26T08:00"),
    "NO_DEADLINE_NOT_UPDATED",
  ],
  [
    "conditional, date set by the standing office, passed",
    { deadlineKind: "CONDITIONAL", dueDate: day("2025-11-15"), workStatus: "IN_PROGRESS", completedAt: null },
    updated("2025-10-01T08:00"),
    vn("2025-11-26T08:00"),
    "OVERDUE",
  ],
  [
    "no deadline written, never reported",
    { deadlineKind: "NONE", dueDate: null, workStatus: "NOT_STARTED", completedAt: null },
    [],
    vn("2025-11-26T08:00"),
    "NOT_STARTED",
  ],
];

describe("deadlineStatus", () => {
  it.each(rows)("%s", (_name, task, updates, now, expected) => {
    expect(deadlineStatus(task, updates, now)).toBe(expected);
  });
});
