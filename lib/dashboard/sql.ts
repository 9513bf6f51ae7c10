// SQL building blocks of the dashboards. The task category must be counted in PostgreSQL (a
// province has thousands of tasks), so `deadlineStatus` (lib/tasks/deadline-status.ts) is written
// once more here as a CASE expression. An integration test runs both over the same tasks and
// fails when they disagree; change them together.
import "server-only";
import { TIME_ZONE, weekStart } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { countedTaskSql } from "../plans/active";
import { DUE_SOON_DAYS } from "../tasks/deadline-status";

/** The columns the category is decided from, as SQL expressions (the current row or a past state). */
export type StatusColumns = { workStatus: Prisma.Sql; dueDate: Prisma.Sql; completedAt: Prisma.Sql; lastUpdateAt: Prisma.Sql };

export const TASK_COLUMNS: StatusColumns = {
  workStatus: Prisma.sql`t."workStatus"`,
  dueDate: Prisma.sql`t."dueDate"`,
  completedAt: Prisma.sql`t."completedAt"`,
  lastUpdateAt: Prisma.sql`t."lastUpdateAt"`,
};

const localDay = (instant: Prisma.Sql) => Prisma.sql`((${instant}) AT TIME ZONE ${TIME_ZONE})::date`;

/**
 * CASE expression giving a DeadlineStatus name on local day `today` ("YYYY-MM-DD"); `now` is the
 * instant a completed task without any date is taken to be done at (as `deadlineStatus` does).
 */
export function statusCase(c: StatusColumns, today: string, now: Date): Prisma.Sql {
  const day = Prisma.sql`${today}::date`;
  return Prisma.sql`CASE
    WHEN ${c.workStatus}::text = 'DONE' THEN
      CASE WHEN ${c.dueDate} IS NULL
             OR ${localDay(Prisma.sql`COALESCE(${c.completedAt}, ${c.lastUpdateAt}, ${now}::timestamptz)`)} <= ${c.dueDate}
           THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
    WHEN ${c.dueDate} IS NOT NULL THEN
      CASE WHEN ${c.dueDate} < ${day} THEN 'OVERDUE'
           WHEN ${c.dueDate} - ${day} < ${DUE_SOON_DAYS} THEN 'DUE_SOON'
           WHEN ${c.lastUpdateAt} IS NOT NULL AND ${c.workStatus}::text <> 'NOT_STARTED' THEN 'IN_PROGRESS'
           ELSE 'NOT_STARTED' END
    WHEN ${c.lastUpdateAt} IS NULL THEN 'NOT_STARTED'
    WHEN ${localDay(c.lastUpdateAt)} >= ${weekStart(today)}::date THEN 'NO_DEADLINE_UPDATED'
    ELSE 'NO_DEADLINE_NOT_UPDATED'
  END`;
}

/** Which tasks a dashboard counts: one commune, optionally one plan, one group code, one lead unit. */
export type TaskScopeFilter = { planId?: string; group?: string; unitId?: string };

/** WHERE conditions on `t` ("Task") for a commune and the dashboard's filters (archived plans left out). */
export function taskScope(communeId: string, f: TaskScopeFilter): Prisma.Sql {
  const parts = [Prisma.sql`t."communeId" = ${communeId}`, countedTaskSql(Prisma.sql`t`)];
  if (f.planId) parts.push(Prisma.sql`t."planId" = ${f.planId}`);
  if (f.group) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PlanGroup" g WHERE g.id = t."groupId" AND g."communeId" = ${communeId} AND g.code = ${f.group})`,
    );
  }
  if (f.unitId) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "TaskUnit" tu WHERE tu."taskId" = t.id AND tu."communeId" = ${communeId} AND tu."unitId" = ${f.unitId} AND tu.role = 'LEAD')`,
    );
  }
  return Prisma.join(parts, " AND ");
}
