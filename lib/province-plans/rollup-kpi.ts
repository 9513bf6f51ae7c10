// The distribution of one province KPI across its targeted communes: each commune's latest value of
// its linked KPI against the province target. "Met" is the same comparison as everywhere
// (lib/indicators/status.ts meetsTarget, with its direction rule); the buckets say how far along the
// way to the target a commune is, whichever way the target points.
import { directionOf, meetsTarget, type Comparison } from "../indicators/status";

export type KpiValue = {
  communeId: string;
  communeName: string;
  indicatorId: string | null;
  value: number | null;
  periodKey: string | null;
};

/** Share of the target reached, in buckets of a quarter; the last bucket is "met". */
export const KPI_BUCKETS = [
  { key: "Q0", label: "Dưới 25% chỉ tiêu" },
  { key: "Q1", label: "25% – dưới 50%" },
  { key: "Q2", label: "50% – dưới 75%" },
  { key: "Q3", label: "75% – chưa đạt" },
  { key: "MET", label: "Đạt chỉ tiêu" },
] as const;
export type KpiBucket = (typeof KPI_BUCKETS)[number]["key"];

export type KpiDistribution = {
  targeted: number;
  met: number;
  notMet: number;
  noValue: number;
  /** Communes with a value, per bucket. */
  buckets: Record<KpiBucket, number>;
  min: number | null;
  median: number | null;
  max: number | null;
  /** Communes with a value that does not meet the target, furthest from it first. */
  below: (KpiValue & { value: number; share: number })[];
  /** Communes without any value (or without the linked KPI at all). */
  missing: KpiValue[];
};

/**
 * Share of the way to the target: value ÷ target when more is better; target ÷ value when less is
 * better (a commune at twice the allowed maximum is half way). Clamped to [0, 1].
 */
export function shareOfTarget(comparison: Comparison, value: number, target: number): number {
  const up = directionOf(comparison, 0, target) === "up";
  const share = up ? (target === 0 ? 1 : value / target) : value <= 0 ? 1 : target / value;
  return Math.min(1, Math.max(0, share));
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function kpiDistribution(comparison: Comparison, target: number, rows: readonly KpiValue[]): KpiDistribution {
  const direction = directionOf(comparison, 0, target);
  const buckets: Record<KpiBucket, number> = { Q0: 0, Q1: 0, Q2: 0, Q3: 0, MET: 0 };
  const below: KpiDistribution["below"] = [];
  const missing: KpiValue[] = [];
  const values: number[] = [];
  for (const r of rows) {
    if (r.value === null) {
      missing.push(r);
      continue;
    }
    values.push(r.value);
    if (meetsTarget(comparison, r.value, target, direction)) {
      buckets.MET += 1;
      continue;
    }
    const share = shareOfTarget(comparison, r.value, target);
    buckets[share < 0.25 ? "Q0" : share < 0.5 ? "Q1" : share < 0.75 ? "Q2" : "Q3"] += 1;
    below.push({ ...r, value: r.value, share });
  }
  values.sort((a, b) => a - b);
  below.sort((a, b) => a.share - b.share || a.communeName.localeCompare(b.communeName, "vi"));
  return {
    targeted: rows.length,
    met: buckets.MET,
    notMet: below.length,
    noValue: missing.length,
    buckets,
    min: values[0] ?? null,
    median: median(values),
    max: values.at(-1) ?? null,
    below,
    missing,
  };
}
