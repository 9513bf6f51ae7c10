// One indicator as the pages show it: its current value, status, progress towards the target and
// trend, computed from its definition and its values' current revisions. Pure, so that lists,
// the indicator page (and later the dashboard and reports) agree.
import { dateOnlyKey, localDateKey } from "../dates";
import type { IndicatorComparison, IndicatorFrequency, IndicatorUnit } from "../generated/prisma/enums";
import { periodFromKey } from "./periods";
import { expectedValueOn, indicatorStatus, type Milestone, type StatusResult } from "./status";

export type IndicatorDefinition = {
  comparison: IndicatorComparison;
  unit: IndicatorUnit;
  target: number;
  dueDate: Date;
  target2: number | null;
  dueDate2: Date | null;
  baselineValue: number | null;
  baselineDate: Date | null;
  frequency: IndicatorFrequency;
  createdAt: Date;
};

export type PeriodValue = { periodKey: string; periodEnd: string; value: number; revision: number };

export type IndicatorSummary = StatusResult & {
  latest: PeriodValue | null;
  /** 0–100: share of the way from the baseline to the current milestone's target. */
  progress: number;
  /** Current values, oldest first (the last `trendLength` periods with a value). */
  trend: TrendPoint[];
};

/** A period's value with its label and what the straight line expected at its end (null: no line). */
export type TrendPoint = PeriodValue & { label: string; expected: number | null };

export function milestonesOf(d: IndicatorDefinition): Milestone[] {
  const list = [{ target: d.target, dueDate: dateOnlyKey(d.dueDate) }];
  if (d.target2 !== null && d.dueDate2) list.push({ target: d.target2, dueDate: dateOnlyKey(d.dueDate2) });
  return list;
}

/** Keeps the latest revision of each period, sorted by period end. */
export function currentValues<V extends { periodKey: string; periodEnd: string; revision: number }>(rows: readonly V[]): V[] {
  const byPeriod = new Map<string, V>();
  for (const r of rows) {
    const had = byPeriod.get(r.periodKey);
    if (!had || had.revision < r.revision) byPeriod.set(r.periodKey, r);
  }
  return [...byPeriod.values()].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
}

export function summarizeIndicator(
  d: IndicatorDefinition,
  values: readonly PeriodValue[],
  today: string,
  planStart: Date | null,
  trendLength = 12,
): IndicatorSummary {
  const current = currentValues(values);
  const latest = current.at(-1) ?? null;
  const baseline = d.baselineValue !== null && d.baselineDate ? { value: d.baselineValue, date: dateOnlyKey(d.baselineDate) } : null;
  const startDate = planStart ? dateOnlyKey(planStart) : localDateKey(d.createdAt);
  const status = indicatorStatus({
    comparison: d.comparison,
    milestones: milestonesOf(d),
    baseline,
    startDate,
    frequency: d.frequency,
    latest: latest ? { value: latest.value, periodEnd: latest.periodEnd } : null,
    today,
    unit: d.unit === "PERCENT" ? "%" : undefined,
  });
  const from = baseline?.value ?? 0;
  const way = status.milestone.target - from;
  // A "≤" target without a baseline has no start to measure the way from: it is there or not yet.
  const noWay = baseline === null && (d.comparison === "LTE" || d.comparison === "LT");
  const share = latest === null || noWay ? 0 : way === 0 ? 100 : ((latest.value - from) / way) * 100;
  const progress = status.status === "MET" ? 100 : Math.max(0, Math.min(100, share));
  const line = { milestones: milestonesOf(d), baseline, startDate };
  const trend = current.slice(-trendLength).map((v) => ({
    ...v,
    label: periodFromKey(v.periodKey, d.frequency)?.label ?? v.periodKey,
    expected: noWay ? null : Math.round(expectedValueOn(line, v.periodEnd) * 100) / 100,
  }));
  return { ...status, latest, progress, trend };
}
