// The province view: one row per commune of a province (or of every province for ADMIN), counted in
// PostgreSQL in a few grouped queries whatever the number of communes.
import "server-only";
import { dateOnlyKey, localDateKey } from "../dates";
import { getReadDb, type Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { IndicatorStatus } from "../indicators/status";
import { activePlanSql, countedTaskSql } from "../plans/active";
import { summarizeIndicator, type IndicatorDefinition } from "../indicators/summary";
import { DEFINITION_COLUMNS, emptyIndicatorCounts } from "./indicators";
import { loadCalendar } from "../calendar/working-days";
import { OPEN_INCIDENT_SQL } from "./operations";
import { statusCase, TASK_COLUMNS } from "./sql";

/** The catalog KPIs the province compares communes on (docs/architecture.md#kpis: the two headline targets). */
export const KEY_INDICATORS = [
  { code: "HO_SO_TRUC_TUYEN", label: "Hồ sơ xử lý trực tuyến toàn trình (%)", short: "Hồ sơ trực tuyến" },
  { code: "SO_HOA_LUU_TRU", label: "Tài liệu lưu trữ được số hóa (%)", short: "Số hóa lưu trữ" },
] as const;

/**
 * The latest current value of the indicator `i` ("Indicator") begun by local day `today`, as `v`
 * (periodKey, periodEnd, value, revision; all null without one). Shared with the province plan roll-up.
 */
export const latestValueJoin = (today: string) => Prisma.sql`LEFT JOIN LATERAL (
        SELECT x."periodKey", x."periodEnd", x.value::float8 AS value, x.revision FROM "IndicatorValue" x
        WHERE x."communeId" = i."communeId" AND x."indicatorId" = i.id AND x."periodStart" <= ${today}::date
        ORDER BY x."periodEnd" DESC, x.revision DESC LIMIT 1
      ) v ON true`;

type IndicatorRow = IndicatorDefinition & {
  id: string;
  communeId: string;
  catalogCode: string | null;
  periodStart: Date | null;
  latestKey: string | null;
  latestEnd: Date | null;
  latestValue: number | null;
  latestRevision: number | null;
};

type CommuneTotals = {
  id: string;
  name: string;
  provinceId: string | null;
  provinceName: string | null;
  total: number;
  done: number;
  progress: number;
  overdue: number;
  lastUpdateAt: Date | null;
};

/** The one-stop centre of a commune: its open IT incidents, and whether today's start-of-day check is done. */
type IncidentCount = { communeId: string; open: number; urgent: number };

type LatestReport = { communeId: string; id: string; periodLabel: string; number: string; finalizedAt: Date };

/** `provinceId` null: every province (ADMIN). */
export async function getProvinceOverview(provinceId: string | null, now = new Date(), db: Db = getReadDb()) {
  // A roll-up: the replica when there is one (lib/read-models/replica.ts decides for cached reads).
  const today = localDateKey(now);
  const inProvince = provinceId ? Prisma.sql`c."provinceId" = ${provinceId}` : Prisma.sql`TRUE`;
  const [communes, indicators, reports, incidents, checked, calendar] = await Promise.all([
    db.$queryRaw<CommuneTotals[]>`
      SELECT c.id, c.name, c."provinceId", pr.name AS "provinceName",
             count(t.id)::int AS total,
             count(t.id) FILTER (WHERE t."workStatus" = 'DONE')::int AS done,
             COALESCE(round(avg(t.progress)), 0)::int AS progress,
             count(t.id) FILTER (WHERE ${statusCase(TASK_COLUMNS, today, now)} = 'OVERDUE')::int AS overdue,
             max(t."lastUpdateAt") AS "lastUpdateAt"
      FROM "Unit" c
      LEFT JOIN "Unit" pr ON pr.id = c."provinceId"
      LEFT JOIN "Task" t ON t."communeId" = c.id AND ${countedTaskSql(Prisma.sql`t`)}
      WHERE c.kind IN ('COMMUNE', 'WARD') AND ${inProvince}
      GROUP BY c.id, pr.name
      ORDER BY c.name`,
    // Each indicator's definition with only its latest current value: enough for its status today.
    db.$queryRaw<IndicatorRow[]>`
      SELECT i.id, i."communeId", i."catalogCode", ${DEFINITION_COLUMNS},
             v."periodKey" AS "latestKey", v."periodEnd" AS "latestEnd", v.value AS "latestValue", v.revision AS "latestRevision"
      FROM "Indicator" i
      JOIN "Unit" c ON c.id = i."communeId"
      JOIN "Plan" p ON p.id = i."planId" AND ${activePlanSql(Prisma.sql`p.id`)}
      ${latestValueJoin(today)}
      WHERE ${inProvince}`,
    // The latest report each commune has signed off (the province reads signed reports, not drafts).
    db.$queryRaw<LatestReport[]>`
      SELECT DISTINCT ON (r."communeId") r."communeId", r.id, r."periodLabel", r.number, r."finalizedAt"
      FROM "Report" r JOIN "Unit" c ON c.id = r."communeId"
      WHERE r.status = 'FINAL' AND ${inProvince}
      ORDER BY r."communeId", r."periodEnd" DESC, r."finalizedAt" DESC`,
    // The one-stop centre, over the listed communes only (another province's incidents never count):
    // open incidents per commune in one grouped statement, and the communes whose check of today is done.
    db.$queryRaw<IncidentCount[]>`
      SELECT i."communeId", count(*)::int AS open, count(*) FILTER (WHERE i.severity = 'URGENT')::int AS urgent
      FROM "Incident" i JOIN "Unit" c ON c.id = i."communeId"
      WHERE ${OPEN_INCIDENT_SQL} AND ${inProvince}
      GROUP BY i."communeId"`,
    db.$queryRaw<{ communeId: string }[]>`
      SELECT d."communeId" FROM "DailyCheck" d JOIN "Unit" c ON c.id = d."communeId"
      WHERE d.day = ${today}::date AND ${inProvince}`,
    loadCalendar(db),
  ]);
  const incidentsOf = new Map(incidents.map((o) => [o.communeId, o]));
  const checkedToday = new Set(checked.map((d) => d.communeId));
  const workingDay = calendar.isWorkingDay(today);
  const latestReport = new Map(reports.map((r) => [r.communeId, r]));
  const countsByCommune = new Map<string, Record<IndicatorStatus, number>>();
  const keyValues = new Map<string, Partial<Record<(typeof KEY_INDICATORS)[number]["code"], number>>>();
  for (const k of indicators) {
    const values =
      k.latestKey && k.latestEnd && k.latestValue !== null
        ? [{ periodKey: k.latestKey, periodEnd: dateOnlyKey(k.latestEnd), value: k.latestValue, revision: k.latestRevision ?? 1 }]
        : [];
    const status = summarizeIndicator(k, values, today, k.periodStart, 1).status;
    const counts = countsByCommune.get(k.communeId) ?? emptyIndicatorCounts();
    counts[status] += 1;
    countsByCommune.set(k.communeId, counts);
    const key = KEY_INDICATORS.find((x) => x.code === k.catalogCode);
    const [first] = values;
    if (key && first) keyValues.set(k.communeId, { ...keyValues.get(k.communeId), [key.code]: first.value });
  }
  return communes.map((c) => {
    const indicatorCounts = countsByCommune.get(c.id) ?? emptyIndicatorCounts();
    const indicatorTotal = Object.values(indicatorCounts).reduce((n, x) => n + x, 0);
    return {
      ...c,
      completion: c.total ? Math.round((c.done / c.total) * 100) : 0,
      indicatorCounts,
      indicatorTotal,
      /** Share of KPIs met or on track, for sorting (null when the commune has none). */
      indicatorOnTrack: indicatorTotal ? (indicatorCounts.MET + indicatorCounts.ON_TRACK) / indicatorTotal : null,
      keyIndicators: keyValues.get(c.id) ?? {},
      latestReport: latestReport.get(c.id) ?? null,
      /** The one-stop centre: open incidents, and today's check (null on a day off when none was made). */
      operations: {
        openIncidents: incidentsOf.get(c.id)?.open ?? 0,
        urgentIncidents: incidentsOf.get(c.id)?.urgent ?? 0,
        checkedToday: checkedToday.has(c.id) ? true : workingDay ? false : null,
      },
    };
  });
}

export type ProvinceRow = Awaited<ReturnType<typeof getProvinceOverview>>[number];
