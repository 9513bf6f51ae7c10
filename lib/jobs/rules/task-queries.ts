// The tasks the deadline and overdue reminders talk about, read once per commune and rule: tasks
// with a date deadline in force, not done, in plans that are not archived, paired with each lead
// unit that still has to act. "Still has to act" is the dashboard's rule (lib/dashboard/action-lists.ts):
// on a task led by a unit group each member answers for its own part, so a member whose part is
// done or "không phát sinh" is not reminded; a task without parts is every lead unit's.
import { dateOnlyKey, daysBetween } from "../../dates";
import type { Tx } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { DeadlineKind, WorkStatus } from "../../generated/prisma/enums";
import { countedTaskSql } from "../../plans/active";
import { deadlineStatusOf, type DeadlineStatus } from "../../tasks/deadline-status";
import { staffOfUnits } from "../../notifications/recipients";
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
  return parts.length === 0 || partOpen(parts.find((p) => p.unitId === unitId));
}

/** A member's own part (absent: the task's parts do not include the unit) is still open. */
const partOpen = (own: Part | undefined) => !!own && own.workStatus !== "DONE" && !own.notApplicableReason;

/**
 * (task, lead unit) pairs of the commune's open dated tasks, most pressing first. Read once per
 * commune and run: the deadline and both overdue rules share it (RuleContext.once).
 */
export function openLeadTasks(ctx: Pick<RuleContext, "tx" | "at" | "today" | "commune" | "once">): Promise<LeadTask[]> {
  return ctx.once("openLeadTasks", () => readOpenLeadTasks(ctx));
}

async function readOpenLeadTasks(ctx: Pick<RuleContext, "tx" | "at" | "today" | "commune">): Promise<LeadTask[]> {
  const tx: Tx = ctx.tx;
  // One SQL statement (a province's morning run reads this for every commune): each lead link with
  // its task, and the unit's own part when the task has parts.
  const links = await tx.$queryRaw<LinkRow[]>`
    SELECT tu."unitId", u.name AS "unitName", u."shortName" AS "unitShortName",
           t.id, t.code, t.title, t."planId", t."sortOrder", t."deadlineKind", t."dueDate", t."workStatus",
           t."completedAt", t."lastUpdateAt",
           EXISTS (SELECT 1 FROM "TaskPart" x WHERE x."taskId" = t.id) AS "hasParts",
           p."unitId" AS "partUnitId", p."workStatus" AS "partStatus", p."notApplicableReason" AS "partReason"
    FROM "TaskUnit" tu
    JOIN "Task" t ON t.id = tu."taskId" AND t."communeId" = tu."communeId"
    JOIN "Unit" u ON u.id = tu."unitId"
    LEFT JOIN "TaskPart" p ON p."taskId" = t.id AND p."unitId" = tu."unitId"
    WHERE tu."communeId" = ${ctx.commune.id} AND tu.role = 'LEAD' AND ${countedTaskSql(Prisma.sql`t`)}
      AND t."deadlineKind"::text = ANY(${[...DATED_KINDS]}::text[]) AND t."dueDate" IS NOT NULL AND t."workStatus" <> 'DONE'`;
  const rows: (LeadTask & { sortOrder: number })[] = [];
  for (const l of links) {
    const own = l.partUnitId ? { unitId: l.partUnitId, workStatus: l.partStatus!, notApplicableReason: l.partReason } : undefined;
    if (!l.dueDate || (l.hasParts && !partOpen(own))) continue;
    const dueDate = dateOnlyKey(l.dueDate);
    rows.push({
      taskId: l.id,
      code: l.code,
      title: l.title,
      planId: l.planId,
      dueDate,
      unitId: l.unitId,
      unitName: l.unitShortName ?? l.unitName,
      status: deadlineStatusOf(l, ctx.at),
      daysLeft: daysBetween(ctx.today, dueDate),
      sortOrder: l.sortOrder,
    });
  }
  rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.sortOrder - b.sortOrder || a.unitId.localeCompare(b.unitId));
  return rows.map(({ sortOrder: _sortOrder, ...r }) => r);
}

type LinkRow = {
  unitId: string;
  unitName: string;
  unitShortName: string | null;
  id: string;
  code: string;
  title: string;
  planId: string;
  sortOrder: number;
  deadlineKind: DeadlineKind;
  dueDate: Date | null;
  workStatus: WorkStatus;
  completedAt: Date | null;
  lastUpdateAt: Date | null;
  hasParts: boolean;
  partUnitId: string | null;
  partStatus: string | null;
  partReason: string | null;
};

/** The commune's active staff per unit, read once per commune and run (RuleContext.once). */
export const staffOf = (ctx: Pick<RuleContext, "tx" | "commune" | "once">) =>
  ctx.once("staffOfUnits", () => staffOfUnits(ctx.tx, ctx.commune));

/** Rows grouped by lead unit, in first-seen order (the rows' order is kept inside each group). */
export function byUnit<T extends { unitId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(r.unitId, [...(groups.get(r.unitId) ?? []), r]);
  return groups;
}

/** What a message's `data` keeps of a task: enough for the e-mail digest and a webhook bridge. */
export const taskData = (t: LeadTask) => ({ taskId: t.taskId, code: t.code, title: t.title, dueDate: t.dueDate, daysLeft: t.daysLeft });
