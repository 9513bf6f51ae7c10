// The SQL of the roll-up by province task (lib/province-plans/rollup.ts). One row per (province task,
// commune) pair the latest published version targets, joined to the commune's linked task
// (Task.provinceTaskId), with its category: the official deadline category (lib/dashboard/sql.ts
// statusCase, the same CASE the dashboards count with) or one of the roll-up's own states below.
// Every commune comes from `"Unit" WHERE "provinceId" = <the plan's province>`: a target list naming
// a commune of another province counts nothing, and no other province's task is ever joined.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { latestValueJoin } from "../dashboard/province";
import { statusCase, TASK_COLUMNS } from "../dashboard/sql";
import { activePlanSql } from "../plans/active";
import { TIME_ZONE } from "../dates";

/**
 * Targets of the tasks (or KPIs) of one version, flattened for SQL: the ids targeting every commune,
 * and (id, communeId) pairs for the chosen lists.
 */
export type TargetParams = { allIds: string[]; pairIds: string[]; pairCommuneIds: string[] };

/** What the pair rows are judged against: the local day, the instant, the first day of the current month period. */
export type RollupClock = { today: string; now: Date; periodStart: string };

const provinceCommunes = (provinceId: string) =>
  Prisma.sql`SELECT c.id, c.name FROM "Unit" c WHERE c.kind IN ('COMMUNE', 'WARD') AND c."provinceId" = ${provinceId}`;

/** (id, cid, cname, targeted) for every targeted pair, plus (for tasks) communes holding a withdrawn linked task. */
function pairs(provinceId: string, t: TargetParams, withdrawnOf: string[] | null): Prisma.Sql {
  const withdrawn = withdrawnOf
    ? Prisma.sql`UNION ALL
      SELECT wt."provinceTaskId", pc.id, pc.name, false FROM "Task" wt JOIN pc ON pc.id = wt."communeId"
      WHERE wt."provinceTaskId" = ANY(${withdrawnOf}::text[]) AND wt."closedKind" = 'WITHDRAWN'`
    : Prisma.empty;
  return Prisma.sql`pc AS (${provinceCommunes(provinceId)}),
    raw AS (
      SELECT x.id, pc.id AS cid, pc.name AS cname, true AS targeted FROM unnest(${t.allIds}::text[]) AS x(id) CROSS JOIN pc
      UNION ALL
      SELECT x.id, pc.id, pc.name, true FROM unnest(${t.pairIds}::text[], ${t.pairCommuneIds}::text[]) AS x(id, cid) JOIN pc ON pc.id = x.cid
      ${withdrawn}
    ),
    tgt AS (SELECT id, cid, cname, bool_or(targeted) AS targeted FROM raw GROUP BY id, cid, cname)`;
}

/**
 * `WITH … r AS (…)`: one row per pair with the linked task's columns, `category` and `lagging`.
 * Categories beyond the official ones: NOT_RECEIVED (no linked task: the commune has not received the
 * version yet), NOT_APPLICABLE ("không phát sinh"), WITHDRAWN ("không còn thực hiện"), ARCHIVED (the
 * task sits in a plan the commune archived: not carried out, lib/plans/active.ts).
 */
export function rollupRowsCte(provinceId: string, t: TargetParams, clock: RollupClock): Prisma.Sql {
  const taskIds = [...new Set([...t.allIds, ...t.pairIds])];
  const open = Prisma.sql`t.id IS NOT NULL AND t."closedKind" IS NULL AND ${activePlanSql(Prisma.sql`t."planId"`)}`;
  return Prisma.sql`WITH ${pairs(provinceId, t, taskIds)},
    r0 AS (
      SELECT tgt.id AS "provinceTaskId", tgt.cid AS "communeId", tgt.cname AS "communeName", tgt.targeted,
             t.id AS "taskId", t."workStatus", t.progress, t."dueDate", t."lastUpdateAt", t."closedReason",
             CASE WHEN t.id IS NULL THEN 'NOT_RECEIVED'
                  WHEN t."closedKind" = 'WITHDRAWN' THEN 'WITHDRAWN'
                  WHEN t."closedKind" = 'NOT_APPLICABLE' THEN 'NOT_APPLICABLE'
                  WHEN NOT ${activePlanSql(Prisma.sql`t."planId"`)} THEN 'ARCHIVED'
                  ELSE ${statusCase(TASK_COLUMNS, clock.today, clock.now)} END AS category,
             (${open} AND NOT EXISTS (SELECT 1 FROM "TaskUnit" tu WHERE tu."taskId" = t.id AND tu.role = 'LEAD')) AS "noLead",
             (${open} AND t."workStatus" <> 'DONE'
               AND (t."lastUpdateAt" IS NULL OR ((t."lastUpdateAt" AT TIME ZONE ${TIME_ZONE})::date) < ${clock.periodStart}::date)) AS stale
      FROM tgt LEFT JOIN "Task" t ON t."communeId" = tgt.cid AND t."provinceTaskId" = tgt.id
    ),
    r AS (SELECT r0.*, (r0.category IN ('OVERDUE', 'NOT_STARTED') OR r0.stale) AS lagging FROM r0)`;
}

/** A commune on a task's laggards' list (from JSON: the instant comes back as text). */
export type Laggard = {
  communeId: string;
  communeName: string;
  taskId: string;
  category: string;
  stale: boolean;
  progress: number;
  lastUpdateAt: string | null;
};

export type CountRow = {
  provinceTaskId: string;
  category: string;
  n: number;
  targeted: number;
  noLead: number;
  laggards: Laggard[];
};

/**
 * The grouped counts of every task of the version at once, one row per (task, category), with that
 * group's laggards (a few per task) aggregated alongside: the pairs are computed once.
 */
export const countsSql = (cte: Prisma.Sql) => Prisma.sql`${cte}
  SELECT "provinceTaskId", category, count(*)::int AS n, count(*) FILTER (WHERE targeted)::int AS targeted,
         count(*) FILTER (WHERE "noLead")::int AS "noLead",
         COALESCE(json_agg(json_build_object('communeId', "communeId", 'communeName', "communeName", 'taskId', "taskId",
                    'category', category, 'stale', stale, 'progress', progress, 'lastUpdateAt', "lastUpdateAt")
                  ORDER BY "communeName", "communeId") FILTER (WHERE lagging), '[]') AS laggards
  FROM r GROUP BY "provinceTaskId", category`;

export type PairRow = {
  provinceTaskId: string;
  communeId: string;
  communeName: string;
  targeted: boolean;
  taskId: string | null;
  workStatus: string | null;
  progress: number | null;
  dueDate: Date | null;
  lastUpdateAt: Date | null;
  closedReason: string | null;
  category: string;
  noLead: boolean;
  stale: boolean;
  lagging: boolean;
};

export type DetailRow = PairRow & { leadUnits: string | null; appliedVersion: number | null };

/** Every pair of one task (the cte is built for that task alone), with lead units and the receipt's version. */
export const detailSql = (cte: Prisma.Sql, provincePlanId: string) => Prisma.sql`${cte}
  SELECT r.*,
         (SELECT string_agg(COALESCE(u."shortName", u.name), ', ' ORDER BY u."sortOrder", u.name)
            FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId" WHERE tu."taskId" = r."taskId" AND tu.role = 'LEAD') AS "leadUnits",
         rc."appliedVersion"
  FROM r LEFT JOIN "ProvincePlanReceipt" rc ON rc."provincePlanId" = ${provincePlanId} AND rc."communeId" = r."communeId"
  ORDER BY r.lagging DESC, r."communeName", r."communeId"`;

export type KpiRow = {
  provinceIndicatorId: string;
  communeId: string;
  communeName: string;
  indicatorId: string | null;
  value: number | null;
  periodKey: string | null;
};

/** The latest value of each targeted commune's linked KPI (null when none, or the KPI is withdrawn or archived). */
export function kpiSql(provinceId: string, t: TargetParams, today: string): Prisma.Sql {
  return Prisma.sql`WITH ${pairs(provinceId, t, null)}
    SELECT tgt.id AS "provinceIndicatorId", tgt.cid AS "communeId", tgt.cname AS "communeName",
           i.id AS "indicatorId", v.value, v."periodKey"
    FROM tgt
    LEFT JOIN "Indicator" i ON i."communeId" = tgt.cid AND i."provinceIndicatorId" = tgt.id
      AND i."provinceWithdrawnAt" IS NULL AND ${activePlanSql(Prisma.sql`i."planId"`)}
    ${latestValueJoin(today)}
    ORDER BY tgt.id, tgt.cname, tgt.cid`;
}
