// The state of every task in a dashboard's scope on a given day, as a SQL sub-query: live from the
// task's own columns, or rebuilt from the update history for a day in the past (the comparison with
// the previous period, or a past period picked in the filter).
import "server-only";
import { addDays, localDayStart } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { statusCase, TASK_COLUMNS, taskScope, type TaskScopeFilter } from "./sql";

export type StateDay = { day: string; live: boolean };

/**
 * SELECT of (id, "groupId", progress, status) for the tasks in scope on local day `at.day`.
 * A past day takes each task's last progress report made before that day ended. Deadlines are the
 * current ones (a deadline moved by a directive is not rewound) and a task added to a plan later
 * counts as not started before it existed; both are rare and said on the page.
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
    dueDate: Prisma.sql`t."dueDate"`,
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
    WHERE ${where}`;
}
