// The commune dashboard (Tổng quan) of the chairperson and the standing office: every figure is
// counted in PostgreSQL over the tasks in scope; Node only arranges the grouped rows.
import "server-only";
import { addDays, localDateKey, localDayStart, TIME_ZONE } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { periodContaining } from "../indicators/periods";
import { DEADLINE_STATUSES, type DeadlineStatus } from "../tasks/deadline-status";
import type { TaskFlag } from "../tasks/filters";
import { asOfDay, comparisonDay, type DashboardFilters } from "./filters";
import { dashboardKpis } from "./kpis";
import { statusCase, TASK_COLUMNS, taskScope, type TaskScopeFilter } from "./sql";
import { taskStates } from "./task-states";

/** Rows shown in each action list; the heading's count links to the full list. */
export const ACTION_LIST_LIMIT = 8;
/** Weeks in the completions chart. */
export const COMPLETION_WEEKS = 12;

export type Counts = Record<DeadlineStatus, number>;

const emptyCounts = (): Counts => Object.fromEntries(DEADLINE_STATUSES.map((s) => [s, 0])) as Counts;

type StatusRow = { status: DeadlineStatus; groupId: string | null; n: number; progress: number };

export type Headline = { total: number; done: number; progress: number; counts: Counts };

function headlineOf(rows: StatusRow[]): Headline {
  const counts = emptyCounts();
  let total = 0;
  let progressSum = 0;
  for (const r of rows) {
    counts[r.status] += r.n;
    total += r.n;
    progressSum += r.progress;
  }
  return { total, done: counts.DONE_ON_TIME + counts.DONE_LATE, progress: total ? Math.round(progressSum / total) : 0, counts };
}

async function statusByGroup(communeId: string, scope: TaskScopeFilter, day: string, live: boolean, now: Date) {
  return getDb().$queryRaw<StatusRow[]>`
    WITH s AS (${taskStates(communeId, scope, { day, live }, now)})
    SELECT s.status, s."groupId", count(*)::int AS n, COALESCE(sum(s.progress), 0)::int AS progress
    FROM s GROUP BY s.status, s."groupId"`;
}

async function statusByLeadUnit(communeId: string, scope: TaskScopeFilter, day: string, now: Date) {
  return getDb().$queryRaw<{ unitId: string; status: DeadlineStatus; n: number }[]>`
    WITH s AS (${taskStates(communeId, scope, { day, live: true }, now)})
    SELECT tu."unitId", s.status, count(*)::int AS n
    FROM s JOIN "TaskUnit" tu ON tu."taskId" = s.id AND tu."communeId" = ${communeId} AND tu.role = 'LEAD'
    GROUP BY tu."unitId", s.status`;
}

/** Completions per ISO week (local time), the last COMPLETION_WEEKS weeks up to `day`. */
async function completionsByWeek(communeId: string, scope: TaskScopeFilter, day: string) {
  const lastWeek = periodContaining(day, "WEEKLY");
  const from = localDayStart(addDays(lastWeek.start, -7 * (COMPLETION_WEEKS - 1)));
  const to = localDayStart(addDays(lastWeek.end, 1));
  const doneAt = Prisma.sql`COALESCE(t."completedAt", t."lastUpdateAt")`;
  const rows = await getDb().$queryRaw<{ week: string; n: number }[]>`
    SELECT to_char((${doneAt} AT TIME ZONE ${TIME_ZONE})::date, 'IYYY-"W"IW') AS week, count(*)::int AS n
    FROM "Task" t
    WHERE ${taskScope(communeId, scope)} AND t."workStatus" = 'DONE' AND ${doneAt} >= ${from} AND ${doneAt} < ${to}
    GROUP BY 1`;
  const weeks = [];
  for (let i = COMPLETION_WEEKS - 1, p = lastWeek; i >= 0; i--) {
    weeks.unshift({ key: p.key, label: `T${Number(p.key.slice(6))}`, range: p.range, n: rows.find((r) => r.week === p.key)?.n ?? 0 });
    p = periodContaining(addDays(p.start, -1), "WEEKLY");
  }
  return weeks;
}

const leadNames = Prisma.sql`(SELECT string_agg(COALESCE(lu."shortName", lu.name), ', ' ORDER BY lu."sortOrder")
  FROM "TaskUnit" ltu JOIN "Unit" lu ON lu.id = ltu."unitId" WHERE ltu."taskId" = t.id AND ltu.role = 'LEAD')`;

export type ActionTask = { id: string; code: string; title: string; dueDate: Date | null; leads: string | null };

/** Open tasks of one category, most pressing first, with the total. */
async function tasksInStatus(communeId: string, scope: TaskScopeFilter, status: DeadlineStatus, today: string, now: Date) {
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

async function awaitingLeadership(communeId: string, scope: TaskScopeFilter) {
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

async function unacknowledgedDirectives(communeId: string, scope: TaskScopeFilter) {
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
async function unitsNotUpdated(communeId: string, scope: TaskScopeFilter, periodStart: string, day: string) {
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

/** What the filter bar offers: plans, their groups (by code) and the units that lead tasks. */
async function filterOptions(communeId: string) {
  const db = getDb();
  const [plans, groups, units] = await Promise.all([
    db.plan.findMany({ where: { communeId }, orderBy: { createdAt: "desc" }, select: { id: true, title: true, number: true } }),
    db.planGroup.findMany({
      where: { communeId },
      orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
      select: { id: true, planId: true, code: true, title: true },
    }),
    db.unit.findMany({
      where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, shortName: true },
    }),
  ]);
  return { plans, groups, units };
}

export async function getCommuneDashboard(communeId: string, f: DashboardFilters, now = new Date()) {
  const today = localDateKey(now);
  const day = asOfDay(f, today);
  const before = comparisonDay(f);
  const scope: TaskScopeFilter = { planId: f.planId, group: f.group, unitId: f.unitId };
  const [options, current, previous, byUnit, completions, overdue, dueSoon, awaiting, directives, silent, kpis] = await Promise.all([
    filterOptions(communeId),
    statusByGroup(communeId, scope, day, f.isCurrent, now),
    statusByGroup(communeId, scope, before, false, now),
    statusByLeadUnit(communeId, scope, today, now),
    completionsByWeek(communeId, scope, day),
    tasksInStatus(communeId, scope, "OVERDUE", today, now),
    tasksInStatus(communeId, scope, "DUE_SOON", today, now),
    awaitingLeadership(communeId, scope),
    unacknowledgedDirectives(communeId, scope),
    unitsNotUpdated(communeId, scope, f.period.start, day),
    dashboardKpis(communeId, { planId: f.planId, unitId: f.unitId }, day),
  ]);

  const unitName = new Map(options.units.map((u) => [u.id, u.shortName ?? u.name]));
  const groupsInScope = options.groups.filter((g) => (!f.planId || g.planId === f.planId) && (!f.group || g.code === f.group));
  const plansWithGroups = new Set(groupsInScope.map((g) => g.planId)).size;
  const planLabel = new Map(options.plans.map((p) => [p.id, p.number ?? p.title]));

  const byGroup = groupsInScope
    .map((g) => {
      const counts = emptyCounts();
      for (const r of current) if (r.groupId === g.id) counts[r.status] += r.n;
      // Groups of several plans share codes ("I", "II"): name the plan when more than one is shown.
      const label = plansWithGroups > 1 ? `${planLabel.get(g.planId)} · ${g.code}` : g.code;
      return {
        id: g.id,
        planId: g.planId,
        code: g.code,
        label,
        title: g.title,
        counts,
        total: DEADLINE_STATUSES.reduce((n, s) => n + counts[s], 0),
      };
    })
    .filter((g) => g.total > 0);

  const unitIds = [...new Set(byUnit.map((r) => r.unitId))];
  const byLeadUnit = unitIds
    .map((id) => {
      const counts = emptyCounts();
      for (const r of byUnit) if (r.unitId === id) counts[r.status] += r.n;
      const total = DEADLINE_STATUSES.reduce((n, s) => n + counts[s], 0);
      return {
        unitId: id,
        name: unitName.get(id) ?? "(đơn vị đã xoá)",
        counts,
        total,
        done: counts.DONE_ON_TIME + counts.DONE_LATE,
        overdue: counts.OVERDUE,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || b.total - b.done - (a.total - a.done) || a.name.localeCompare(b.name, "vi"));

  return {
    today,
    day,
    /** "trong tuần này", "trong Tuần 46/2026" */
    periodLabel: f.isCurrent ? `trong ${f.period.frequency === "WEEKLY" ? "tuần" : "tháng"} này` : `trong ${f.period.label}`,
    comparisonDay: before,
    options,
    headline: headlineOf(current),
    previous: headlineOf(previous),
    byGroup,
    byLeadUnit,
    completions,
    overdue,
    dueSoon,
    awaiting,
    directives,
    silentUnits: silent.map((s) => ({ ...s, name: unitName.get(s.unitId) ?? "(đơn vị đã xoá)" })),
    kpis,
  };
}

export type CommuneDashboard = Awaited<ReturnType<typeof getCommuneDashboard>>;
