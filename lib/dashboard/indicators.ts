// KPI cards of the dashboards. PostgreSQL picks each indicator's current values (latest revision
// per period, the last few periods only); the status rule itself stays in one place,
// `summarizeIndicator`, which runs on those few rows.
import "server-only";
import { dateOnlyKey } from "../dates";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { IndicatorStatus } from "../indicators/status";
import { activePlanSql } from "../plans/active";
import { summarizeIndicator, type IndicatorDefinition, type PeriodValue } from "../indicators/summary";

/** Periods in a card's sparkline. */
export const INDICATOR_TREND_LENGTH = 12;

type ValueRow = { indicatorId: string; periodKey: string; periodEnd: Date; value: number; revision: number };

/** Current revision of the last `limit` periods begun by `day` (the current one included) of the given indicators. */
export async function recentValues(indicatorIds: string[], day: string, limit: number): Promise<Map<string, PeriodValue[]>> {
  const byIndicator = new Map<string, PeriodValue[]>();
  if (indicatorIds.length === 0) return byIndicator;
  const rows = await getDb().$queryRaw<ValueRow[]>`
    SELECT r."indicatorId", r."periodKey", r."periodEnd", r.value, r.revision FROM (
      SELECT c.*, row_number() OVER (PARTITION BY c."indicatorId" ORDER BY c."periodEnd" DESC) AS rn FROM (
        SELECT DISTINCT ON (v."indicatorId", v."periodKey") v."indicatorId", v."periodKey", v."periodEnd", v.value::float8 AS value, v.revision
        FROM "IndicatorValue" v
        WHERE v."indicatorId" IN (${Prisma.join(indicatorIds)}) AND v."periodStart" <= ${day}::date
        ORDER BY v."indicatorId", v."periodKey", v.revision DESC
      ) c
    ) r WHERE r.rn <= ${limit}
    ORDER BY r."indicatorId", r."periodEnd"`;
  for (const r of rows) {
    const list = byIndicator.get(r.indicatorId) ?? [];
    list.push({ periodKey: r.periodKey, periodEnd: dateOnlyKey(r.periodEnd), value: r.value, revision: r.revision });
    byIndicator.set(r.indicatorId, list);
  }
  return byIndicator;
}

/**
 * An indicator's definition as `summarizeIndicator` reads it, from `i` ("Indicator") and `p` (its
 * "Plan"): numbers as float8, so no Decimal conversion per row.
 */
export const DEFINITION_COLUMNS = Prisma.sql`i.comparison, i.unit, i.target::float8 AS target, i."dueDate",
  i.target2::float8 AS target2, i."dueDate2", i."baselineValue"::float8 AS "baselineValue", i."baselineDate",
  i.frequency, i."createdAt", p."periodStart"`;

export const emptyIndicatorCounts = (): Record<IndicatorStatus, number> => ({
  MET: 0,
  ON_TRACK: 0,
  BEHIND: 0,
  AT_RISK: 0,
  MISSED: 0,
  STALE: 0,
  NO_DATA: 0,
});

type IndicatorRow = IndicatorDefinition & {
  id: string;
  code: string;
  catalogCode: string | null;
  name: string;
  responsibleUnit: string | null;
  periodStart: Date | null;
};

/** The commune's indicators (of one plan / one responsible unit when filtered) with status on `day`. */
export async function dashboardIndicators(communeId: string, f: { planId?: string; unitId?: string }, day: string) {
  const indicators = await getDb().$queryRaw<IndicatorRow[]>`
    SELECT i.id, i.code, i."catalogCode", i.name, ${DEFINITION_COLUMNS}, COALESCE(u."shortName", u.name) AS "responsibleUnit"
    FROM "Indicator" i
    JOIN "Plan" p ON p.id = i."planId" AND p."communeId" = i."communeId" AND ${activePlanSql(Prisma.sql`p.id`)}
    LEFT JOIN "Unit" u ON u.id = i."responsibleUnitId"
    WHERE i."communeId" = ${communeId}
      ${f.planId ? Prisma.sql`AND i."planId" = ${f.planId}` : Prisma.empty}
      ${f.unitId ? Prisma.sql`AND i."responsibleUnitId" = ${f.unitId}` : Prisma.empty}
    ORDER BY i."planId", i."sortOrder"`;
  const values = await recentValues(
    indicators.map((i) => i.id),
    day,
    INDICATOR_TREND_LENGTH,
  );
  const cards = indicators.map((i) => ({
    id: i.id,
    code: i.code,
    catalogCode: i.catalogCode,
    name: i.name,
    unit: i.unit,
    comparison: i.comparison,
    responsibleUnit: i.responsibleUnit,
    summary: summarizeIndicator(i, values.get(i.id) ?? [], day, i.periodStart, INDICATOR_TREND_LENGTH),
  }));
  const counts = emptyIndicatorCounts();
  for (const c of cards) counts[c.summary.status] += 1;
  return { cards, counts };
}

export type IndicatorCard = Awaited<ReturnType<typeof dashboardIndicators>>["cards"][number];
