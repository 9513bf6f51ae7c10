// The state of every task in a dashboard's scope on a given day, as a SQL sub-query: live from the
// task's own columns, or rebuilt from the update history for a day in the past (the comparison with
// the previous period, or a past period picked in the filter).
import "server-only";
import { addDays, localDayStart } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { dueDateAt } from "../tasks/deadline-history";
import { statusCase, TASK_COLUMNS, taskScope, type TaskScopeFilter } from "./sql";

export type StateDay = { day: string; live: boolean };

/**
 * SELECT of (id, "groupId", progress, status) for the tasks in scope on local day `at.day`.
 * A past day counts only the tasks that existed when that day ended, each with its last progress
 * report made before then and its deadline as it was then (later directions and edits rewound).
 */
export function taskStates(communeId: string, scope: TaskScopeFilter, at: StateDay, now: Date): Prisma.Sql {
  const where = taskScope(communeId, scope);
  if (at.live) {
    return Prisma.sql`SELECT t.id, t."groupId", t.progress, ${statusCase(TASK_COLUMNS, at.day, now)} AS status
      FROM "Task" t WHERE ${where}`;
  }
  const cut = localDayStart(addDays(at.day, 1));
  const past = {
    workStatus: Prisma.sql`COALESCE(p."workStatus"::text, 'NOT_STARTED')`,
    dueDate: Prisma.sql`d."dueDate"`,
    completedAt: Prisma.sql`p."completedAt"`,
    lastUpdateAt: Prisma.sql`p."createdAt"`,
  };
  return Prisma.sql`SELECT t.id, t."groupId", COALESCE(p.progress, 0) AS progress, ${statusCase(past, at.day, cut)} AS status
    FROM "Task" t
    LEFT JOIN LATERAL (
      SELECT u."workStatus", u.progress, u."completedAt", u."createdAt" FROM "TaskUpdate" u
      WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND u.kind = 'PROGRESS' AND u."createdAt" < ${cut}
      ORDER BY u."createdAt" DESC LIMIT 1
    ) p ON true
    CROSS JOIN LATERAL (SELECT ${dueDateAt(cut)} AS "dueDate") d
    WHERE ${where} AND t."createdAt" < ${cut}`;
}
