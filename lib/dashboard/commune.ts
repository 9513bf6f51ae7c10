// The commune dashboard (Tổng quan) of the chairperson and the standing office: every figure is
// counted in PostgreSQL over the tasks in scope; Node only arranges the grouped rows.
import "server-only";
import { addDays, localDateKey, localDayStart, TIME_ZONE } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { periodContaining } from "../indicators/periods";
import { ACTIVE_PLAN, IN_ACTIVE_PLAN } from "../plans/active";
import { DEADLINE_STATUSES, type DeadlineStatus } from "../tasks/deadline-status";
import {
  awaitingLeadership,
  confirmationPeriod,
  mandateItems,
  tasksInStatus,
  unacknowledgedDirectives,
  unitsNotConfirmed,
} from "./action-lists";
import { asOfDay, comparisonDay, type DashboardFilters } from "./filters";
import { dashboardIndicators } from "./indicators";
import { taskScope, type TaskScopeFilter } from "./sql";
import { taskStates } from "./task-states";

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

/** What the filter bar offers: plans, their groups (by code) and the units that lead tasks. */
async function filterOptions(communeId: string) {
  const db = getDb();
  const [plans, groups, units] = await Promise.all([
    db.plan.findMany({
      where: { communeId, ...ACTIVE_PLAN },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, number: true },
    }),
    db.planGroup.findMany({
      where: { communeId, ...IN_ACTIVE_PLAN },
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
  const reportPeriod = confirmationPeriod(day);
  const [options, current, previous, byUnit, completions, overdue, dueSoon, awaiting, directives, unconfirmed, indicators, mandates] =
    await Promise.all([
      filterOptions(communeId),
      statusByGroup(communeId, scope, day, f.isCurrent, now),
      statusByGroup(communeId, scope, before, false, now),
      statusByLeadUnit(communeId, scope, today, now),
      completionsByWeek(communeId, scope, day),
      tasksInStatus(communeId, scope, "OVERDUE", today, now),
      tasksInStatus(communeId, scope, "DUE_SOON", today, now),
      awaitingLeadership(communeId, scope),
      unacknowledgedDirectives(communeId, scope),
      unitsNotConfirmed(communeId, scope, reportPeriod),
      dashboardIndicators(communeId, { planId: f.planId, unitId: f.unitId }, day),
      mandateItems(communeId),
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
    mandates,
    /** The month whose "đã báo cáo" is asked for, and the units with open work that have not confirmed it. */
    reportPeriod,
    unconfirmed: unconfirmed.map((u) => ({
      ...u,
      name: unitName.get(u.unitId) ?? "(đơn vị đã xoá)",
      // Named only when the commune runs several plans: the same unit may owe one and not the other.
      plan: options.plans.length > 1 ? (planLabel.get(u.planId) ?? null) : null,
    })),
    indicators,
  };
}

export type CommuneDashboard = Awaited<ReturnType<typeof getCommuneDashboard>>;
