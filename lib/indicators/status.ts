/**
 * The honest status of a KPI (chỉ tiêu) on a day (docs/architecture.md#kpis): the latest value against a straight
 * line from the baseline to the target by its due date.
 *
 * Direction. GTE/GT → "up" (more is better); LTE/LT → "down". EQ ("= 12 CSDL", "100%") means "reach":
 * up when the final target ≥ the baseline value, else down; met when value ≥ target (up) or ≤ target
 * (down), so 13 CSDL meets "= 12 CSDL". Without a baseline, EQ is up unless the target is ≤ 0 ("= 0 sự
 * cố"), which can only be reached downwards.
 *
 * Baseline. When none was recorded, an "up" KPI starts at 0 on startDate. A "down" KPI (≤ 5% hồ sơ trễ
 * hạn) has no meaningful start, so there is no line: it is ON_TRACK until it is met or its due date
 * passes (MISSED), and `expected` is null.
 *
 * Current milestone. The first whose dueDate ≥ today; once all have passed, the last one.
 *
 * Expected value. A piecewise straight line from (baseline.date, baseline.value) through each
 * (dueDate, target), flat before the baseline date and after the last due date. It is evaluated on the
 * day the latest value was measured, min(end of its period, today), not on today: a value for tháng
 * 11 says where things stood on 14/11.
 *
 * Decisions, in order:
 * 1. NO_DATA when there is no value at all; STALE ("Số liệu cũ: tháng 9/2026") when the latest value's
 *    period ended before the last completed period began (neither the last completed period nor the
 *    current one has a value): too old to judge, but never called "no data" beside a value.
 * 2. MET when the latest value meets the current milestone's target, even after its due date.
 * 3. MISSED when today is past the current milestone's due date (so every milestone has passed).
 * 4. AT_RISK when the due date falls within the current reporting period (no report is left before
 *    it) and the value is short of the target itself by more than BEHIND_TOLERANCE of the whole way.
 *    The line alone would miss this: it was read at the end of the last period, up to a period earlier.
 * 5. gap = shortfall against the line ÷ |final target − baseline value| (1 when that is 0), i.e. the
 *    share of the whole way the value lags: gap ≤ 0 → ON_TRACK; gap ≤ BEHIND_TOLERANCE → BEHIND;
 *    else AT_RISK.
 *
 * Every comparison allows COMPARE_EPSILON, so that a ratio such as 812/1000·100 or a value computed on
 * the line is not read as short by the last binary digit.
 */

import { daysBetween, formatDateKey } from "@/lib/dates";
import { formatNumber } from "@/lib/format/number";
import { lastCompletedPeriod, periodContaining, type Frequency } from "@/lib/indicators/periods";
import type { Tone } from "@/lib/tasks/status-meta";
import { must } from "@/lib/must";

/** Up to 10% of the whole way behind the line is "Chậm"; more is "Có nguy cơ không đạt". */
export const BEHIND_TOLERANCE = 0.1;
export const COMPARE_EPSILON = 1e-9;

export type Comparison = "GTE" | "GT" | "EQ" | "LTE" | "LT";
export type IndicatorStatus = "MET" | "ON_TRACK" | "BEHIND" | "AT_RISK" | "MISSED" | "STALE" | "NO_DATA";
export type Direction = "up" | "down";
export type Milestone = { target: number; dueDate: string };

export type StatusInput = {
  comparison: Comparison;
  /** 1 or 2, in any order (e.g. 30% by 2025-12-31, then 100% by 2026-12-31). */
  milestones: Milestone[];
  baseline: { value: number; date: string } | null;
  /** Baseline date when there is no baseline: plan start or the day the indicator was created. */
  startDate: string;
  frequency: Frequency;
  /** The latest recorded value and the last day of its period. */
  latest: { value: number; periodEnd: string } | null;
  today: string;
  /** Shown after numbers in `reason`: "%" is attached ("80%"), anything else follows a space ("12 CSDL"). */
  unit?: string;
};

/** `label` is the badge's text: STATUS_META's, or for STALE the period of the old value. */
export type StatusResult = { status: IndicatorStatus; label: string; milestone: Milestone; expected: number | null; reason: string };

export const COMPARISON_SYMBOL: Record<Comparison, string> = { GTE: "≥", GT: ">", EQ: "=", LTE: "≤", LT: "<" };

export const STATUS_META: Record<IndicatorStatus, { label: string; tone: Tone }> = {
  MET: { label: "Đạt", tone: "green" },
  ON_TRACK: { label: "Đúng tiến độ", tone: "blue" },
  BEHIND: { label: "Chậm", tone: "amber" },
  AT_RISK: { label: "Có nguy cơ không đạt", tone: "red" },
  // Orange, not red: a missed target is settled, unlike a risk that can still be averted.
  MISSED: { label: "Không đạt", tone: "orange" },
  // Purple: a value exists but is too old to judge, unlike gray "no value at all".
  STALE: { label: "Số liệu cũ", tone: "purple" },
  NO_DATA: { label: "Chưa có số liệu", tone: "gray" },
};

export function directionOf(comparison: Comparison, baselineValue: number, finalTarget: number): Direction {
  if (comparison === "GTE" || comparison === "GT") return "up";
  if (comparison === "LTE" || comparison === "LT") return "down";
  return finalTarget >= baselineValue ? "up" : "down";
}

export function meetsTarget(comparison: Comparison, value: number, target: number, direction: Direction): boolean {
  switch (comparison) {
    case "GTE":
      return value >= target - COMPARE_EPSILON;
    case "GT":
      return value > target + COMPARE_EPSILON;
    case "LTE":
      return value <= target + COMPARE_EPSILON;
    case "LT":
      return value < target - COMPARE_EPSILON;
    case "EQ":
      return direction === "up" ? value >= target - COMPARE_EPSILON : value <= target + COMPARE_EPSILON;
  }
}

function sortedMilestones(milestones: readonly Milestone[]): Milestone[] {
  if (milestones.length === 0) throw new Error("Chỉ tiêu chưa có mốc thời hạn nào.");
  return [...milestones].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** The value the straight-line plan expects on `day` (baseline 0 on startDate when there is none). */
export function expectedValueOn(input: Pick<StatusInput, "milestones" | "baseline" | "startDate">, day: string): number {
  const milestones = sortedMilestones(input.milestones);
  const last = must(milestones.at(-1), "mốc cuối"); // sortedMilestones refuses an empty list
  if (day >= last.dueDate) return last.target;
  let from = input.baseline ?? { value: 0, date: input.startDate };
  if (day <= from.date) return from.value;
  for (const m of milestones) {
    if (m.dueDate <= from.date) continue; // due before the baseline was measured: not on the line
    if (day <= m.dueDate) return from.value + ((m.target - from.value) * daysBetween(from.date, day)) / daysBetween(from.date, m.dueDate);
    from = { value: m.target, date: m.dueDate };
  }
  return last.target; // not reached: day < last.dueDate, so some segment contains it
}

function quantity(value: number, unit: string | undefined): string {
  const n = formatNumber(value);
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

export function indicatorStatus(input: StatusInput): StatusResult {
  const { comparison, baseline, latest, today, frequency } = input;
  const milestones = sortedMilestones(input.milestones);
  const final = must(milestones.at(-1), "mốc cuối"); // sortedMilestones refuses an empty list
  const milestone = milestones.find((m) => m.dueDate >= today) ?? final;
  const baselineValue = baseline?.value ?? 0;
  const direction =
    baseline === null && comparison === "EQ" && final.target <= 0 ? "down" : directionOf(comparison, baselineValue, final.target);
  const q = (v: number) => quantity(v, input.unit);
  const goal = `chỉ tiêu ${COMPARISON_SYMBOL[comparison]} ${q(milestone.target)} (hạn ${formatDateKey(milestone.dueDate)})`;
  const result = (status: IndicatorStatus, expected: number | null, reason: string, label = STATUS_META[status].label): StatusResult => ({
    status,
    label,
    milestone,
    expected,
    reason,
  });

  const required = lastCompletedPeriod(today, frequency);
  const missing = `thiếu số liệu ${required.label.toLowerCase()} (${required.range})`;
  if (latest === null) return result("NO_DATA", null, `Chưa có số liệu nào; ${missing}.`);
  if (latest.periodEnd < required.start) {
    const old = periodContaining(latest.periodEnd, frequency).label;
    const label = `${STATUS_META.STALE.label}: ${old.charAt(0).toLowerCase()}${old.slice(1)}`;
    return result("STALE", null, `Số liệu mới nhất đến ${formatDateKey(latest.periodEnd)}; ${missing}.`, label);
  }

  const measuredOn = latest.periodEnd < today ? latest.periodEnd : today;
  const hasLine = direction === "up" || baseline !== null;
  const expected = hasLine ? expectedValueOn({ milestones, baseline, startDate: input.startDate }, measuredOn) : null;
  const value = `số liệu ${q(latest.value)} tại ${formatDateKey(measuredOn)}`;

  if (meetsTarget(comparison, latest.value, milestone.target, direction)) {
    const late = measuredOn > milestone.dueDate ? `; đạt sau hạn (${value})` : "";
    return result("MET", expected, `Đạt ${q(latest.value)} so với ${goal}${late}.`);
  }
  if (today > milestone.dueDate) return result("MISSED", expected, `Không đạt: ${value} so với ${goal}.`);
  if (expected === null) return result("ON_TRACK", null, `Chưa có giá trị ban đầu nên chưa có lộ trình; ${value}, ${goal}.`);

  // Shortfalls as a share of the whole way, positive when the value is on the wrong side.
  const range = Math.abs(final.target - baselineValue) || 1;
  const sign = direction === "up" ? 1 : -1;
  const gap = (sign * (expected - latest.value)) / range;
  const shortOfTarget = (sign * (milestone.target - latest.value)) / range;
  const dueThisPeriod = milestone.dueDate <= periodContaining(today, frequency).end;
  const line = `mức cần đạt theo lộ trình (${q(expected)})`;
  const [worse, better] = direction === "up" ? ["thấp hơn", "không thấp hơn"] : ["cao hơn", "không cao hơn"];

  if (dueThisPeriod && shortOfTarget > BEHIND_TOLERANCE + COMPARE_EPSILON) {
    return result("AT_RISK", expected, `Không còn kỳ báo cáo nào trước hạn mà ${value} còn cách xa ${goal}.`);
  }
  if (gap <= COMPARE_EPSILON) return result("ON_TRACK", expected, `Đúng lộ trình: ${value} ${better} ${line}; ${goal}.`);
  if (gap <= BEHIND_TOLERANCE + COMPARE_EPSILON)
    return result("BEHIND", expected, `Chậm so với lộ trình: ${value} ${worse} ${line}; ${goal}.`);
  return result("AT_RISK", expected, `Chậm nhiều so với lộ trình: ${value} ${worse} nhiều so với ${line}; ${goal}.`);
}
