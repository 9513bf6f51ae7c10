// The dashboard's "Cần xử lý": what needs someone to act, each kind with its total (the task list or
// the reports page opens the whole list through the same conditions) and WHO must act.
//
// Who must act on a task: its lead units (TaskUnit role LEAD, group members included: the lead side's
// groups are expanded there with viaGroupId). A task whose lead side names a group has one part per
// lead unit (TaskPart); a unit whose part is done, or marked "không phát sinh", has nothing left to do,
// so it is not named. One SQL statement per kind, tenant-filtered, archived plans left out (taskScope).
import "server-only";
import { localDayStart } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { reportPeriodContaining, type ReportPeriod } from "../reports/periods";
import type { DeadlineStatus } from "../tasks/deadline-status";
import type { TaskFlag } from "../tasks/filters";
import { statusCase, TASK_COLUMNS, taskScope, type TaskScopeFilter } from "./sql";
import { ACTIVE_PLAN } from "../plans/active";
import type { OpenIncidents } from "./operations";

/** Rows shown under each kind; the kind's count links to the full list. */
export const ACTION_LIST_LIMIT = 5;

/** SQL condition on a lead TaskUnit `tu` and its part `tp` (LEFT JOINed): the unit still has to act. */
const STILL_ACTING = Prisma.sql`(tp.id IS NULL OR (tp."workStatus" <> 'DONE' AND tp."notApplicableReason" IS NULL))`;

/**
 * LATERAL sub-query on `t`: `leads`, the names of the lead units that still have to act (the
 * members of a lead group whose part is open), `acting` their number, `leadCount` all lead units,
 * `shared` whether the task is split into parts (then "còn 2/5 đơn vị" is worth saying).
 */
const ACTING_LEADS = Prisma.sql`LEFT JOIN LATERAL (
    SELECT string_agg(COALESCE(lu."shortName", lu.name), ', ' ORDER BY lu."sortOrder", lu.name) FILTER (WHERE ${STILL_ACTING}) AS leads,
           count(*) FILTER (WHERE ${STILL_ACTING})::int AS acting, count(*)::int AS "leadCount", bool_or(tp.id IS NOT NULL) AS shared
    FROM "TaskUnit" tu JOIN "Unit" lu ON lu.id = tu."unitId"
    LEFT JOIN "TaskPart" tp ON tp."taskId" = tu."taskId" AND tp."unitId" = tu."unitId" AND tp."communeId" = tu."communeId"
    WHERE tu."taskId" = t.id AND tu."communeId" = t."communeId" AND tu.role = 'LEAD'
  ) w ON true`;
const ACTING_COLUMNS = Prisma.sql`w.leads, COALESCE(w.acting, 0) AS acting, COALESCE(w."leadCount", 0) AS "leadCount", COALESCE(w.shared, false) AS shared`;

/** Who must act on a task: the lead units still acting, and whether the task is split into parts. */
export type ActingLeads = { leads: string | null; acting: number; leadCount: number; shared: boolean };

export type ActionTask = ActingLeads & { id: string; code: string; title: string; dueDate: Date | null };

/** Open tasks of one category (OVERDUE, DUE_SOON), most pressing first, with the total. */
export async function tasksInStatus(communeId: string, scope: TaskScopeFilter, status: DeadlineStatus, today: string, now: Date) {
  const rows = await getDb().$queryRaw<(ActionTask & { total: number })[]>`
    SELECT t.id, t.code, t.title, t."dueDate", ${ACTING_COLUMNS}, count(*) OVER ()::int AS total
    FROM "Task" t ${ACTING_LEADS}
    WHERE ${taskScope(communeId, scope)} AND ${statusCase(TASK_COLUMNS, today, now)} = ${status}
    ORDER BY t."dueDate" ASC NULLS LAST, t.code
    LIMIT ${ACTION_LIST_LIMIT}`;
  return { total: rows[0]?.total ?? 0, rows };
}

/**
 * "Khó khăn, đề xuất chưa được trả lời", precisely: for each unit that wrote on the task (a lead's
 * progress report, a member's report on its part, or a helper's input), take its latest update that
 * says something ("không thay đổi so với kỳ trước" repeats the last state, so it does not answer an
 * earlier difficulty and is skipped); the task awaits the leaders when one of those names
 * difficulties or proposals and no direction (Directive) was given on the task at or after it.
 * Only unfinished tasks count. Rows: (unitId, createdAt, difficulties, proposals) on `t`.
 */
const UNANSWERED = Prisma.sql`SELECT l."unitId", l."createdAt", l.difficulties, l.proposals FROM (
    SELECT DISTINCT ON (u."unitId") u."unitId", u."createdAt", u.difficulties, u.proposals FROM "TaskUpdate" u
    WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND NOT u.unchanged
    ORDER BY u."unitId", u."createdAt" DESC
  ) l
  WHERE (btrim(l.difficulties) <> '' OR btrim(l.proposals) <> '')
    AND NOT EXISTS (SELECT 1 FROM "Directive" d WHERE d."communeId" = t."communeId" AND d."taskId" = t.id AND d."createdAt" >= l."createdAt")`;

/**
 * Conditions of the two "flag" lists on `t`, shared by the dashboard and the task list filter:
 * - cho-chi-dao: difficulties or proposals no direction has answered (UNANSWERED above);
 * - chi-dao-chua-tiep-nhan: a direction the lead unit has not acknowledged yet.
 */
function flagCondition(flag: TaskFlag): Prisma.Sql {
  if (flag === "cho-chi-dao") return Prisma.sql`t."workStatus" <> 'DONE' AND EXISTS (${UNANSWERED})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Directive" d WHERE d."communeId" = t."communeId" AND d."taskId" = t.id AND d."acknowledgedAt" IS NULL)`;
}

/** Ids of the commune's tasks a flag list holds (for the task list's `loc` filter). */
export async function flaggedTaskIds(communeId: string, flag: TaskFlag): Promise<Set<string>> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Task" t WHERE ${taskScope(communeId, {})} AND ${flagCondition(flag)}`;
  return new Set(rows.map((r) => r.id));
}

/** `unitName`: the units whose difficulty awaits an answer (latest first); `at`, `difficulties`, `proposals`: the latest one's. */
export type AwaitingTask = ActionTask & { unitName: string | null; difficulties: string; proposals: string; at: Date };

export async function awaitingLeadership(communeId: string, scope: TaskScopeFilter) {
  const rows = await getDb().$queryRaw<(AwaitingTask & { total: number })[]>`
    SELECT t.id, t.code, t.title, t."dueDate", ${ACTING_COLUMNS}, q.at, q.difficulties, q.proposals, q."unitName",
           count(*) OVER ()::int AS total
    FROM "Task" t
    JOIN LATERAL (
      SELECT max(x."createdAt") AS at,
             (array_agg(x.difficulties ORDER BY x."createdAt" DESC))[1] AS difficulties,
             (array_agg(x.proposals ORDER BY x."createdAt" DESC))[1] AS proposals,
             string_agg(COALESCE(un."shortName", un.name), ', ' ORDER BY x."createdAt" DESC) AS "unitName"
      FROM (${UNANSWERED}) x LEFT JOIN "Unit" un ON un.id = x."unitId"
    ) q ON q.at IS NOT NULL
    ${ACTING_LEADS}
    WHERE ${taskScope(communeId, scope)} AND t."workStatus" <> 'DONE'
    ORDER BY q.at DESC
    LIMIT ${ACTION_LIST_LIMIT}`;
  return { total: rows[0]?.total ?? 0, rows };
}

/** A direction not acknowledged yet; `leads` names the lead units that should acknowledge it. */
export type OpenDirective = ActingLeads & {
  id: string;
  content: string;
  createdAt: Date;
  author: string;
  taskId: string;
  code: string;
  title: string;
};

export async function unacknowledgedDirectives(communeId: string, scope: TaskScopeFilter) {
  const rows = await getDb().$queryRaw<(OpenDirective & { total: number })[]>`
    SELECT d.id, d.content, d."createdAt", a."fullName" AS author, t.id AS "taskId", t.code, t.title, ${ACTING_COLUMNS},
           count(*) OVER ()::int AS total
    FROM "Directive" d
    JOIN "Task" t ON t.id = d."taskId" AND t."communeId" = d."communeId"
    JOIN "User" a ON a.id = d."authorId"
    ${ACTING_LEADS}
    WHERE d."communeId" = ${communeId} AND d."acknowledgedAt" IS NULL AND ${taskScope(communeId, scope)}
    ORDER BY d."createdAt" ASC
    LIMIT ${ACTION_LIST_LIMIT}`;
  return { total: rows[0]?.total ?? 0, rows };
}

/** The reporting period whose "đã báo cáo" the dashboard asks about: the NĐ 09 month containing `day`. */
export const confirmationPeriod = (day: string): ReportPeriod => reportPeriodContaining(day, "MONTH");

/**
 * A unit that has not confirmed "đã báo cáo" for `period` in one plan, though it still has open
 * work there: `open` its lead tasks (parts) still to do, `updated` how many of them it has reported
 * on since the period began, `lastUpdateAt` its latest report on them.
 */
export type UnreportedUnit = { unitId: string; planId: string; open: number; updated: number; lastUpdateAt: Date | null };

/**
 * Per plan in scope and lead unit with open work (a task not done that it leads; on a task split
 * into parts, its own part open and not "không phát sinh"): the ones with no ReportSubmission for the
 * period. "Reported on" is lib/reports/periods.ts's rule (a progress report since the period's first
 * day); on a task split into parts, the unit's own report.
 */
export async function unitsNotConfirmed(communeId: string, scope: TaskScopeFilter, period: ReportPeriod) {
  const from = localDayStart(period.start);
  // Filtered on a lead unit: that unit only (not the others leading the same tasks).
  const onlyUnit = scope.unitId ? Prisma.sql`AND tu."unitId" = ${scope.unitId}` : Prisma.empty;
  return getDb().$queryRaw<UnreportedUnit[]>`
    SELECT x."unitId", x."planId", count(*)::int AS open, count(*) FILTER (WHERE x.reported)::int AS updated,
           max(x."lastUpdateAt") AS "lastUpdateAt"
    FROM (
      SELECT tu."unitId", t."planId", CASE WHEN tp.id IS NULL THEN t."lastUpdateAt" ELSE tp."lastUpdateAt" END AS "lastUpdateAt",
        EXISTS (
          SELECT 1 FROM "TaskUpdate" u WHERE u."communeId" = t."communeId" AND u."taskId" = t.id AND u.kind = 'PROGRESS'
            AND u."createdAt" >= ${from} AND (tp.id IS NULL OR u."unitId" = tu."unitId")) AS reported
      FROM "Task" t
      JOIN "TaskUnit" tu ON tu."taskId" = t.id AND tu."communeId" = t."communeId" AND tu.role = 'LEAD'
      LEFT JOIN "TaskPart" tp ON tp."taskId" = t.id AND tp."unitId" = tu."unitId" AND tp."communeId" = t."communeId"
      WHERE ${taskScope(communeId, scope)} AND t."workStatus" <> 'DONE' AND ${STILL_ACTING} ${onlyUnit}
        AND NOT EXISTS (
          SELECT 1 FROM "ReportSubmission" s
          WHERE s."communeId" = t."communeId" AND s."planId" = t."planId" AND s."periodKey" = ${period.key} AND s."unitId" = tu."unitId")
    ) x
    GROUP BY x."unitId", x."planId"
    ORDER BY count(*) FILTER (WHERE x.reported)::float / count(*), count(*) DESC, x."unitId", x."planId"`;
}

/** Province plans (issue 20): mandated tasks nobody leads yet, and received plans whose last changes nobody has read. */
export type MandateItems = { unassigned: number; unread: number };

export async function mandateItems(communeId: string): Promise<MandateItems> {
  const db = getDb();
  const [unassigned, unread] = await Promise.all([
    db.task.count({
      where: { communeId, provinceTaskId: { not: null }, closedKind: null, plan: ACTIVE_PLAN, units: { none: { role: "LEAD" } } },
    }),
    db.provincePlanReceipt.count({ where: { communeId, acknowledgedAt: null } }),
  ]);
  return { unassigned, unread };
}

/**
 * Open urgent incidents (the commune may have stopped receiving dossiers): the top of "Cần xử lý". The
 * operations card's open incidents list urgent ones first, so they are its first rows; no query of its own.
 */
export function urgentIncidents(open: OpenIncidents) {
  return { total: open.urgent, rows: open.rows.filter((i) => i.severity === "URGENT") };
}
