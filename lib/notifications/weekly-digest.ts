// The chair's weekly digest ("Tổng hợp tuần"): what changed in the 7 days before it, what is overdue,
// who has not reported, KPI changes. The standing facts (overdue tasks, units not confirmed,
// directions not acknowledged, difficulties awaiting an answer, KPI statuses) come from the
// dashboard's own queries at the digest's moment, so the chair reads the same numbers in the mail as
// on Tổng quan; only the week's events (completions, reports, directions, KPI values entered), which
// the dashboard does not list, are read here. The result is plain JSON: it is stored in the
// notification's `data` and the page and the e-mail are both rendered from it.
import "server-only";
import { addDays, dateOnlyKey, localDateKey } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { IndicatorStatus } from "../indicators/status";
import { activePlanSql } from "../plans/active";
import { getCommuneDashboard } from "../dashboard/commune";
import { readDashboardFilters } from "../dashboard/filters";
import { dashboardIndicators } from "../dashboard/indicators";
import { taskScope } from "../dashboard/sql";

/** Rows listed per section (the counts are the whole). */
export const DIGEST_LIST_LIMIT = 5;

export type DigestTask = { taskId: string; code: string; title: string };

export type WeeklyDigestData = {
  version: 1;
  communeId: string;
  communeName: string;
  /** ISO week of the digest ("2026-W50"). */
  week: string;
  /** The week looked back on: local days `from`..`to` (inclusive), the 7 days before the digest's day. */
  from: string;
  to: string;
  generatedAt: string;
  headline: { total: number; done: number; progress: number; overdue: number };
  completed: { total: number; items: (DigestTask & { at: string; leads: string | null })[] };
  updates: { total: number; byUnit: { unitId: string | null; name: string; n: number }[] };
  directions: { total: number; items: (DigestTask & { content: string; author: string; at: string })[] };
  overdue: { total: number; items: (DigestTask & { dueDate: string | null; leads: string | null })[] };
  unconfirmed: {
    periodKey: string;
    periodLabel: string;
    units: { unitId: string; name: string; plan: string | null; open: number; updated: number }[];
  };
  openDirections: { total: number; items: (DigestTask & { content: string; leads: string | null })[] };
  awaiting: { total: number; items: (DigestTask & { unitName: string | null; difficulties: string; proposals: string })[] };
  kpi: {
    counts: Record<IndicatorStatus, number>;
    entered: { indicatorId: string; code: string; name: string; periodKey: string; value: number; unit: "PERCENT" | "COUNT"; at: string }[];
    changed: { indicatorId: string; code: string; name: string; from: IndicatorStatus; to: IndicatorStatus }[];
  };
};

/** The week's events, read over [from, to) and the commune's active plans (the dashboard's task scope). */
async function weekEvents(communeId: string, from: Date, to: Date) {
  const db = getDb();
  const scope = taskScope(communeId, {});
  const [completed, updates, directions, entered] = await Promise.all([
    db.$queryRaw<{ taskId: string; code: string; title: string; at: Date; leads: string | null; total: number }[]>`
      SELECT t.id AS "taskId", t.code, t.title, t."completedAt" AS at, count(*) OVER ()::int AS total,
        (SELECT string_agg(COALESCE(u."shortName", u.name), ', ' ORDER BY u."sortOrder") FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId"
          WHERE tu."taskId" = t.id AND tu."communeId" = t."communeId" AND tu.role = 'LEAD') AS leads
      FROM "Task" t
      WHERE ${scope} AND t."workStatus" = 'DONE' AND t."completedAt" >= ${from} AND t."completedAt" < ${to}
      ORDER BY t."completedAt" DESC LIMIT ${DIGEST_LIST_LIMIT}`,
    db.$queryRaw<{ unitId: string | null; name: string | null; n: number }[]>`
      SELECT x."unitId", COALESCE(un."shortName", un.name) AS name, count(*)::int AS n
      FROM "TaskUpdate" x JOIN "Task" t ON t.id = x."taskId" AND t."communeId" = x."communeId"
      LEFT JOIN "Unit" un ON un.id = x."unitId"
      WHERE ${scope} AND x.kind = 'PROGRESS' AND x."createdAt" >= ${from} AND x."createdAt" < ${to}
      GROUP BY x."unitId", un."shortName", un.name, un."sortOrder"
      ORDER BY count(*) DESC, un."sortOrder" NULLS LAST`,
    db.$queryRaw<{ taskId: string; code: string; title: string; content: string; author: string; at: Date; total: number }[]>`
      SELECT t.id AS "taskId", t.code, t.title, d.content, a."fullName" AS author, d."createdAt" AS at, count(*) OVER ()::int AS total
      FROM "Directive" d JOIN "Task" t ON t.id = d."taskId" AND t."communeId" = d."communeId" JOIN "User" a ON a.id = d."authorId"
      WHERE ${scope} AND d."createdAt" >= ${from} AND d."createdAt" < ${to}
      ORDER BY d."createdAt" DESC LIMIT ${DIGEST_LIST_LIMIT}`,
    db.$queryRaw<WeeklyDigestData["kpi"]["entered"]>`
      SELECT i.id AS "indicatorId", i.code, i.name, v."periodKey", v.value::float8 AS value, i.unit, v."createdAt" AS at
      FROM "IndicatorValue" v JOIN "Indicator" i ON i.id = v."indicatorId" AND i."communeId" = v."communeId"
      WHERE v."communeId" = ${communeId} AND ${activePlanSql(Prisma.sql`i."planId"`)} AND v."createdAt" >= ${from} AND v."createdAt" < ${to}
      ORDER BY v."createdAt" DESC`,
  ]);
  return { completed, updates, directions, entered };
}

const iso = (d: Date) => d.toISOString();

/** The digest of `communeId` as of `at` (the scheduler's moment), looking back over the 7 days before `at`'s local day. */
export async function buildWeeklyDigest(commune: { id: string; name: string }, at: Date, week: string): Promise<WeeklyDigestData> {
  const today = localDateKey(at);
  const from = addDays(today, -7);
  const to = addDays(today, -1);
  // The dashboard as the chair sees it at that moment: no filter, the current week.
  // Three independent reads, at once: the dashboard now, the week's events, and the KPI statuses a
  // week ago by the same rule as the dashboard's cards.
  const [dash, events, before] = await Promise.all([
    getCommuneDashboard(commune.id, readDashboardFilters({}, today), at),
    weekEvents(commune.id, new Date(`${from}T00:00:00+07:00`), new Date(`${today}T00:00:00+07:00`)),
    dashboardIndicators(commune.id, {}, from),
  ]);
  const statusBefore = new Map(before.cards.map((c) => [c.id, c.summary.status]));

  return {
    version: 1,
    communeId: commune.id,
    communeName: commune.name,
    week,
    from,
    to,
    generatedAt: iso(at),
    headline: { total: dash.headline.total, done: dash.headline.done, progress: dash.headline.progress, overdue: dash.overdue.total },
    completed: {
      total: events.completed[0]?.total ?? 0,
      items: events.completed.map((t) => ({ taskId: t.taskId, code: t.code, title: t.title, at: iso(t.at), leads: t.leads })),
    },
    updates: {
      total: events.updates.reduce((n, u) => n + u.n, 0),
      byUnit: events.updates.map((u) => ({ unitId: u.unitId, name: u.name ?? "(không ghi đơn vị)", n: u.n })),
    },
    directions: {
      total: events.directions[0]?.total ?? 0,
      items: events.directions.map((d) => ({
        taskId: d.taskId,
        code: d.code,
        title: d.title,
        content: d.content,
        author: d.author,
        at: iso(d.at),
      })),
    },
    overdue: {
      total: dash.overdue.total,
      items: dash.overdue.rows.map((t) => ({
        taskId: t.id,
        code: t.code,
        title: t.title,
        dueDate: t.dueDate ? dateOnlyKey(t.dueDate) : null,
        leads: t.leads,
      })),
    },
    unconfirmed: {
      periodKey: dash.reportPeriod.key,
      periodLabel: `${dash.reportPeriod.label} (${dash.reportPeriod.range})`,
      units: dash.unconfirmed.map((u) => ({ unitId: u.unitId, name: u.name, plan: u.plan, open: u.open, updated: u.updated })),
    },
    openDirections: {
      total: dash.directives.total,
      items: dash.directives.rows.map((d) => ({ taskId: d.taskId, code: d.code, title: d.title, content: d.content, leads: d.leads })),
    },
    awaiting: {
      total: dash.awaiting.total,
      items: dash.awaiting.rows.map((t) => ({
        taskId: t.id,
        code: t.code,
        title: t.title,
        unitName: t.unitName,
        difficulties: t.difficulties,
        proposals: t.proposals,
      })),
    },
    kpi: {
      counts: dash.indicators.counts,
      entered: events.entered.map((v) => ({ ...v, at: iso(new Date(v.at)) })),
      changed: dash.indicators.cards
        .filter((c) => statusBefore.has(c.id) && statusBefore.get(c.id) !== c.summary.status)
        .map((c) => ({ indicatorId: c.id, code: c.code, name: c.name, from: statusBefore.get(c.id)!, to: c.summary.status })),
    },
  };
}
