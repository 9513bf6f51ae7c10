// The dashboard's action lists: what needs someone to act, each with its total (the task list
// opens the whole list through the same conditions).
import "server-only";
import { addDays, localDayStart } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { DeadlineStatus } from "../tasks/deadline-status";
import type { TaskFlag } from "../tasks/filters";
import { statusCase, TASK_COLUMNS, taskScope, type TaskScopeFilter } from "./sql";

/** Rows shown in each action list; the heading's count links to the full list. */
export const ACTION_LIST_LIMIT = 8;

const leadNames = Prisma.sql`(SELECT string_agg(COALESCE(lu."shortName", lu.name), ', ' ORDER BY lu."sortOrder")
  FROM "TaskUnit" ltu JOIN "Unit" lu ON lu.id = ltu."unitId" WHERE ltu."taskId" = t.id AND ltu.role = 'LEAD')`;

export type ActionTask = { id: string; code: string; title: string; dueDate: Date | null; leads: string | null };

/** Open tasks of one category, most pressing first, with the total. */
export async function tasksInStatus(communeId: string, scope: TaskScopeFilter, status: DeadlineStatus, today: string, now: Date) {
  const rows = await getDb().$queryRaw<(ActionTask & { total: number })[]>`
    SELECT t.id, t.code, t.title, t."dueDate", ${leadNames} AS leads, count(*) OVER ()::int AS total
    FROM "Task" t
    WHERE ${taskScope(communeId, scope)} AND ${statusCase(TASK_COLUMNS, today, now)} = ${status}
    ORDER BY t."dueDate" ASC NULLS LAST, t.code
    LIMIT ${ACTION_LIST_LIMIT}`;
  return { total: rows[0]?.total ?? 0, rows };
}

/**
 * Conditions of the two "flag" lists on `t`, shared by the dashboard and the task list filter:
 * - cho-chi-dao: an unfinished task whose latest update (the lead's report or a helper's input)
 *   names difficulties or proposals, and no direction was given since;
 * - chi-dao-chua-tiep-nhan: a direction the lead unit has not acknowledged yet.
 */
function flagCondition(flag: TaskFlag): Prisma.Sql {
  if (flag === "cho-chi-dao") {
    return Prisma.sql`t."workStatus" <> 'DONE' AND EXISTS (
      SELECT 1 FROM (
        SELECT u."createdAt", u.difficulties, u.proposals FROM "TaskUpdate" u
        WHERE u."communeId" = t."communeId" AND u."taskId" = t.id ORDER BY u."createdAt" DESC LIMIT 1
      ) last
      WHERE (btrim(last.difficulties) <> '' OR btrim(last.proposals) <> '')
        AND NOT EXISTS (SELECT 1 FROM "Directive" d WHERE d."communeId" = t."communeId" AND d."taskId" = t.id AND d."createdAt" >= last."createdAt"))`;
  }
  return Prisma.sql`EXISTS (SELECT 1 FROM "Directive" d WHERE d."communeId" = t."communeId" AND d."taskId" = t.id AND d."acknowledgedAt" IS NULL)`;
}

/** Ids of the commune's tasks a flag list holds (for the task list's `loc` filter). */
export async function flaggedTaskIds(communeId: string, flag: TaskFlag): Promise<Set<string>> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Task" t WHERE ${taskScope(communeId, {})} AND ${flagCondition(flag)}`;
  return new Set(rows.map((r) => r.id));
}

export type AwaitingTask = ActionTask & { unitName: string | null; difficulties: string; proposals: string; at: Date };

export async function awaitingLeadership(communeId: string, scope: TaskScopeFilter) {
  const rows = await getDb().$queryRaw<(AwaitingTask & { total: number })[]>`
    SELECT t.id, t.code, t.title, t."dueDate", ${leadNames} AS leads, u.difficulties, u.proposals, u."createdAt" AS at,
           COALESCE(un."shortName", un.name) AS "unitName", count(*) OVER ()::int AS total
    FROM "Task" t
    JOIN LATERAL (
      SELECT x.difficulties, x.proposals, x."createdAt", x."unitId" FROM "TaskUpdate" x
      WHERE x."communeId" = t."communeId" AND x."taskId" = t.id ORDER BY x."createdAt" DESC LIMIT 1
    ) u ON true
    LEFT JOIN "Unit" un ON un.id = u."unitId"
    WHERE ${taskScope(communeId, scope)} AND ${flagCondition("cho-chi-dao")}
    ORDER BY u."createdAt" DESC
    LIMIT ${ACTION_LIST_LIMIT}`;
  return { total: rows[0]?.total ?? 0, rows };
}

export type OpenDirective = { id: string; content: string; createdAt: Date; author: string; taskId: string; code: string; title: string };

export async function unacknowledgedDirectives(communeId: string, scope: TaskScopeFilter) {
  const rows = await getDb().$queryRaw<(OpenDirective & { total: number })[]>`
    SELECT d.id, d.content, d."createdAt", a."fullName" AS author, t.id AS "taskId", t.code, t.title, count(*) OVER ()::int AS total
    FROM "Directive" d
    JOIN "Task" t ON t.id = d."taskId" AND t."communeId" = d."communeId"
    JOIN "User" a ON a.id = d."authorId"
    WHERE d."communeId" = ${communeId} AND d."acknowledgedAt" IS NULL AND ${taskScope(communeId, scope)}
    ORDER BY d."createdAt" ASC
    LIMIT ${ACTION_LIST_LIMIT}`;
  return { total: rows[0]?.total ?? 0, rows };
}

export type SilentUnit = { unitId: string; open: number; updated: number; lastUpdateAt: Date | null };

/**
 * Lead units with unfinished tasks not reported on in the period (from its first day to `day`):
 * the ones the office should call. Units that reported on every open task are left out.
 */
export async function unitsNotUpdated(communeId: string, scope: TaskScopeFilter, periodStart: string, day: string) {
  const from = localDayStart(periodStart);
  const to = localDayStart(addDays(day, 1));
  return getDb().$queryRaw<SilentUnit[]>`
    SELECT x."unitId", count(*)::int AS open, count(*) FILTER (WHERE x.reported)::int AS updated, max(x."lastUpdateAt") AS "lastUpdateAt"
    FROM (
      SELECT tu."unitId", t."lastUpdateAt", EXISTS (
        SELECT 1 FROM "TaskUpdate" u WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND u.kind = 'PROGRESS'
          AND u."createdAt" >= ${from} AND u."createdAt" < ${to}) AS reported
      FROM "Task" t JOIN "TaskUnit" tu ON tu."taskId" = t.id AND tu."communeId" = t."communeId" AND tu.role = 'LEAD'
      WHERE ${taskScope(communeId, scope)} AND t."workStatus" <> 'DONE'
    ) x
    GROUP BY x."unitId"
    HAVING count(*) FILTER (WHERE x.reported) < count(*)
    ORDER BY count(*) FILTER (WHERE x.reported)::float / count(*), count(*) DESC`;
}
