import { describe, expect, it } from "vitest";
import { kpiDistribution, median, shareOfTarget } from "@/lib/province-plans/rollup-kpi";

const row = (name: string, value: number | null) => ({
  communeId: name,
  communeName: name,
  indicatorId: value === null ? null : `i-${name}`,
  value,
  periodKey: null,
});

describe("KPI distribution across communes", () => {
  it("counts met / not met / no value against a 'more is better' target, with quarter buckets", () => {
    const d = kpiDistribution("GTE", 80, [row("A", 90), row("B", 80), row("C", 10), row("D", 40), row("E", 79.9), row("F", null)]);
    expect(d).toMatchObject({ targeted: 6, met: 2, notMet: 3, noValue: 1, min: 10, max: 90, median: 79.9 });
    // 10/80 = 12.5% → Q0; 40/80 = 50% → Q2; 79.9/80 → Q3.
    expect(d.buckets).toEqual({ Q0: 1, Q1: 0, Q2: 1, Q3: 1, MET: 2 });
    expect(d.below.map((b) => b.communeName)).toEqual(["C", "D", "E"]);
    expect(d.missing.map((m) => m.communeName)).toEqual(["F"]);
  });

  it("reads 'less is better' targets the other way (≤ 5% late files: 10% is half way)", () => {
    expect(shareOfTarget("LTE", 10, 5)).toBe(0.5);
    const d = kpiDistribution("LTE", 5, [row("A", 4), row("B", 10), row("C", 30)]);
    expect(d).toMatchObject({ met: 1, notMet: 2 });
    expect(d.buckets).toEqual({ Q0: 1, Q1: 0, Q2: 1, Q3: 0, MET: 1 });
  });

  it("GT is strict: the target itself is not met", () => {
    expect(kpiDistribution("GT", 50, [row("A", 50)]).met).toBe(0);
  });

  it("median of an even count is the mean of the middle two; none without values", () => {
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(kpiDistribution("GTE", 1, [row("A", null)])).toMatchObject({ min: null, median: null, max: null, noValue: 1 });
  });
});
