// The tasks the deadline and overdue reminders talk about, read once per commune and rule: tasks
// with a date deadline in force, not done, in plans that are not archived, paired with each lead
// unit that still has to act. "Still has to act" is the dashboard's rule (lib/dashboard/action-lists.ts):
// on a task led by a unit group each member answers for its own part, so a member whose part is
// done or "không phát sinh" is not reminded; a task without parts is every lead unit's.
import { dateOnlyKey, daysBetween } from "../../dates";
import type { Tx } from "../../db";
import { IN_ACTIVE_PLAN } from "../../plans/active";
import { deadlineStatusOf, type DeadlineStatus } from "../../tasks/deadline-status";
import type { RuleContext } from "../schedule";

/**
 * Deadline kinds that carry a date: a fixed date, and a conditional one once its trigger happened
 * (then Task.dueDate is set). Recurring tasks and tasks without a deadline have none to approach.
 */
const DATED_KINDS = ["FIXED", "CONDITIONAL"] as const;

export type LeadTask = {
  taskId: string;
  code: string;
  title: string;
  planId: string;
  /** The deadline in force ("YYYY-MM-DD"): extensions move Task.dueDate itself. */
  dueDate: string;
  /** The lead unit that still has to act. */
  unitId: string;
  unitName: string;
  /** lib/tasks/deadline-status.ts's category at the rule's instant (OVERDUE, DUE_SOON, …). */
  status: DeadlineStatus;
  /** Days from today to the due date (negative when late). */
  daysLeft: number;
};

type Part = { unitId: string; workStatus: string; notApplicableReason: string | null };

/** Whether a lead unit still has to act on a task with these parts (none: the task is the unit's). */
export function stillActing(unitId: string, parts: readonly Part[]): boolean {
  if (parts.length === 0) return true;
  const own = parts.find((p) => p.unitId === unitId);
  return !!own && own.workStatus !== "DONE" && !own.notApplicableReason;
}

/** (task, lead unit) pairs of the commune's open dated tasks, most pressing first. */
export async function openLeadTasks(ctx: Pick<RuleContext, "tx" | "at" | "today" | "commune">): Promise<LeadTask[]> {
  const tx: Tx = ctx.tx;
  const links = await tx.taskUnit.findMany({
    where: {
      communeId: ctx.commune.id,
      role: "LEAD",
      task: {
        communeId: ctx.commune.id,
        ...IN_ACTIVE_PLAN,
        deadlineKind: { in: [...DATED_KINDS] },
        dueDate: { not: null },
        workStatus: { not: "DONE" },
      },
    },
    select: {
      unitId: true,
      unit: { select: { name: true, shortName: true } },
      task: {
        select: {
          id: true,
          code: true,
          title: true,
          planId: true,
          sortOrder: true,
          deadlineKind: true,
          dueDate: true,
          workStatus: true,
          completedAt: true,
          lastUpdateAt: true,
          parts: { select: { unitId: true, workStatus: true, notApplicableReason: true } },
        },
      },
    },
  });
  const rows: (LeadTask & { sortOrder: number })[] = [];
  for (const { unitId, unit, task } of links) {
    if (!task.dueDate || !stillActing(unitId, task.parts)) continue;
    const dueDate = dateOnlyKey(task.dueDate);
    rows.push({
      taskId: task.id,
      code: task.code,
      title: task.title,
      planId: task.planId,
      dueDate,
      unitId,
      unitName: unit.shortName ?? unit.name,
      status: deadlineStatusOf(task, ctx.at),
      daysLeft: daysBetween(ctx.today, dueDate),
      sortOrder: task.sortOrder,
    });
  }
  rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.sortOrder - b.sortOrder || a.unitId.localeCompare(b.unitId));
  return rows.map(({ sortOrder: _sortOrder, ...r }) => r);
}

/** Rows grouped by lead unit, in first-seen order (the rows' order is kept inside each group). */
export function byUnit<T extends { unitId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(r.unitId, [...(groups.get(r.unitId) ?? []), r]);
  return groups;
}

/** What a message's `data` keeps of a task: enough for the e-mail digest and a webhook bridge. */
export const taskData = (t: LeadTask) => ({ taskId: t.taskId, code: t.code, title: t.title, dueDate: t.dueDate, daysLeft: t.daysLeft });
