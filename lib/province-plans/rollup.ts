// The roll-up of a province plan by province task (issue 20): for each task of the latest published
// version, how many targeted communes are in each official category, who lags, and per KPI the spread
// of the communes' latest values against the province target. Counted in PostgreSQL in a few grouped
// queries whatever the number of communes and tasks (lib/province-plans/rollup-sql.ts); the page reads
// it through a one-minute cache, and shows when it was computed.
import "server-only";
import { localDateKey } from "../dates";
import { getDb, getReadDb, type Db } from "../db";
import { reportPeriodContaining, type ReportPeriod } from "../reports/periods";
import { DEADLINE_STATUSES } from "../tasks/deadline-status";
import { kpiDistribution, type KpiDistribution } from "./rollup-kpi";
import {
  countsSql,
  detailSql,
  kpiSql,
  rollupRowsCte,
  type CountRow,
  type DetailRow,
  type KpiRow,
  type Laggard,
  type RollupClock,
  type TargetParams,
} from "./rollup-sql";
import type { ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask, Targets } from "./types";

/** The roll-up's own states, after the official categories (in this order in tables and bars). */
export const ROLLUP_EXTRA = ["NOT_RECEIVED", "NOT_APPLICABLE", "ARCHIVED", "WITHDRAWN"] as const;
export const ROLLUP_CATEGORIES = [...DEADLINE_STATUSES, ...ROLLUP_EXTRA] as const;
export type RollupCategory = (typeof ROLLUP_CATEGORIES)[number];

export const emptyCategoryCounts = (): Record<RollupCategory, number> =>
  Object.fromEntries(ROLLUP_CATEGORIES.map((c) => [c, 0])) as Record<RollupCategory, number>;

const isCategory = (c: string): c is RollupCategory => (ROLLUP_CATEGORIES as readonly string[]).includes(c);

export type TaskRollup = {
  task: SnapshotTask;
  /** Communes the latest version targets (all of the province's, or the chosen ones in it). */
  targeted: number;
  counts: Record<RollupCategory, number>;
  /** Linked open tasks whose commune has not named a lead unit yet. */
  noLead: number;
  done: number;
  /** Done ÷ (targeted − "không phát sinh"), 0–100; null when nothing is left to do. */
  doneShare: number | null;
  /** Laggards in commune name order: overdue, not started, or no update this period. */
  laggards: Laggard[];
};

export type KpiRollup = { indicator: SnapshotIndicator; distribution: KpiDistribution };

/** The month period the communes report on today: "no update this period" means none since its start. */
export const currentReportPeriod = (today: string): ReportPeriod => reportPeriodContaining(today, "MONTH");

function clockOf(now: Date): RollupClock & { period: ReportPeriod } {
  const today = localDateKey(now);
  const period = currentReportPeriod(today);
  return { today, now, periodStart: period.start, period };
}

/** Targets flattened for SQL (chosen lists are filtered to the province by the query itself). */
export function targetParams(items: readonly { id: string; targets: Targets }[]): TargetParams {
  const t: TargetParams = { allIds: [], pairIds: [], pairCommuneIds: [] };
  for (const item of items) {
    if (item.targets.all) t.allIds.push(item.id);
    else
      for (const cid of new Set(item.targets.communeIds)) {
        t.pairIds.push(item.id);
        t.pairCommuneIds.push(cid);
      }
  }
  return t;
}

/** The plan (of that province only) and its latest published version; null when there is none. */
export async function loadPublishedPlan(provinceId: string, planId: string) {
  const db = getDb();
  const plan = await db.provincePlan.findFirst({
    where: { id: planId, provinceId },
    select: { id: true, provinceId: true, number: true, title: true, publishedVersion: true },
  });
  if (!plan) return null;
  const version = await db.provincePlanVersion.findFirst({
    where: { planId, provinceId },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, snapshot: true },
  });
  return { plan, version: version ? { ...version, snapshot: version.snapshot as unknown as ProvincePlanSnapshot } : null };
}

const byCommuneName = (a: Laggard, b: Laggard) =>
  a.communeName === b.communeName ? (a.communeId < b.communeId ? -1 : 1) : a.communeName < b.communeName ? -1 : 1;

function summarize(task: SnapshotTask, rows: readonly CountRow[]): TaskRollup {
  const counts = emptyCategoryCounts();
  let targeted = 0;
  let noLead = 0;
  for (const r of rows) {
    if (isCategory(r.category)) counts[r.category] += r.n;
    targeted += r.targeted;
    noLead += r.noLead;
  }
  const laggards = rows.flatMap((r) => r.laggards).sort(byCommuneName);
  const done = counts.DONE_ON_TIME + counts.DONE_LATE;
  const toDo = targeted - counts.NOT_APPLICABLE;
  return { task, targeted, counts, noLead, done, doneShare: toDo > 0 ? Math.round((done / toDo) * 100) : null, laggards };
}

/** The whole roll-up of a plan for the province `provinceId`; null when the plan is not that province's. */
export async function getPlanRollup(provinceId: string, planId: string, now = new Date(), reader: Db = getReadDb()) {
  const loaded = await loadPublishedPlan(provinceId, planId);
  if (!loaded) return null;
  const clock = clockOf(now);
  if (!loaded.version) return { ...loaded, period: clock.period, tasks: [], kpis: [] };
  const { snapshot } = loaded.version;
  const db = reader; // the counts over every commune: the replica when there is one (the plan itself came from the primary)
  const cte = rollupRowsCte(provinceId, targetParams(snapshot.tasks), clock);
  const kpis = snapshot.indicators.filter((i) => !i.withdrawn);
  const [counts, kpiRows] = await Promise.all([
    db.$queryRaw<CountRow[]>(countsSql(cte)),
    kpis.length ? db.$queryRaw<KpiRow[]>(kpiSql(provinceId, targetParams(kpis), clock.today)) : Promise.resolve([]),
  ]);
  const group = <T extends Record<K, string>, K extends keyof T>(rows: readonly T[], key: K) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
    return map;
  };
  const countsBy = group(counts, "provinceTaskId");
  const kpiBy = group(kpiRows, "provinceIndicatorId");
  return {
    ...loaded,
    period: clock.period,
    tasks: snapshot.tasks.map((t) => summarize(t, countsBy.get(t.id) ?? [])),
    kpis: kpis.map((k): KpiRollup => ({
      indicator: k,
      distribution: kpiDistribution(
        k.comparison,
        k.target,
        (kpiBy.get(k.id) ?? []).map(({ provinceIndicatorId: _, ...v }) => v),
      ),
    })),
  };
}

export type PlanRollup = NonNullable<Awaited<ReturnType<typeof getPlanRollup>>>;

/** One province task across its communes (laggards first); null when the plan or the task is not there. */
export async function getTaskRollup(
  provinceId: string,
  planId: string,
  provinceTaskId: string,
  now = new Date(),
  reader: Db = getReadDb(),
) {
  const loaded = await loadPublishedPlan(provinceId, planId);
  const task = loaded?.version?.snapshot.tasks.find((t) => t.id === provinceTaskId);
  if (!loaded?.version || !task) return null;
  const clock = clockOf(now);
  const cte = rollupRowsCte(provinceId, targetParams([task]), clock);
  const rows = await reader.$queryRaw<DetailRow[]>(detailSql(cte, planId));
  const counts: CountRow[] = rows.map((r) => ({
    provinceTaskId: r.provinceTaskId,
    category: r.category,
    n: 1,
    targeted: r.targeted ? 1 : 0,
    noLead: r.noLead ? 1 : 0,
    laggards:
      r.lagging && r.taskId
        ? [{ ...r, taskId: r.taskId, progress: r.progress ?? 0, lastUpdateAt: r.lastUpdateAt?.toISOString() ?? null }]
        : [],
  }));
  return {
    ...loaded,
    period: clock.period,
    summary: summarize(task, counts),
    rows,
  };
}

/**
 * Every (task, commune) pair of the version's tasks with its category, lead units and laggard flag,
 * ordered as the tasks then by commune: what a province officer filters on (the roll-up's XLSX).
 */
export async function getPlanPairs(provinceId: string, planId: string, tasks: readonly SnapshotTask[], now = new Date()) {
  if (tasks.length === 0) return [];
  const cte = rollupRowsCte(provinceId, targetParams(tasks), clockOf(now));
  const rows = await getReadDb().$queryRaw<DetailRow[]>(detailSql(cte, planId));
  const order = new Map(tasks.map((t, i) => [t.id, i]));
  return rows.sort(
    (a, b) =>
      (order.get(a.provinceTaskId) ?? 0) - (order.get(b.provinceTaskId) ?? 0) ||
      a.communeName.localeCompare(b.communeName, "vi") ||
      (a.communeId < b.communeId ? -1 : 1),
  );
}
