// The periods a value can be entered for: from the plan's start (or the baseline, or the day the
// indicator was created) to the current period, newest first, each with its value in force. The
// form proposes the last completed period, the one a report asks for.
import { dateOnlyKey, localDateKey } from "../dates";
import { lastCompletedPeriod, periodsBetween, type Frequency } from "./periods";
import type { CurrentValue } from "./value-write";
import { must } from "../must";

export type PeriodOption = { key: string; label: string; range: string; current: CurrentValue };

const MAX_OPTIONS = 120;

export function entryPeriods(
  i: { frequency: Frequency; createdAt: Date; baselineDate: Date | null },
  planStart: Date | null,
  today: string,
  current: Record<string, CurrentValue>,
): { periods: PeriodOption[]; defaultPeriod: string } {
  const starts = [
    localDateKey(i.createdAt),
    planStart ? dateOnlyKey(planStart) : null,
    i.baselineDate ? dateOnlyKey(i.baselineDate) : null,
  ];
  // createdAt is always there, so the earliest start exists.
  const from = must(starts.filter((d): d is string => d !== null).sort()[0], "ngày bắt đầu");
  const periods = periodsBetween(from, today, i.frequency)
    .reverse()
    .slice(0, MAX_OPTIONS)
    .map((p) => ({ key: p.key, label: p.label, range: p.range, current: current[p.key] ?? null }));
  const wanted = lastCompletedPeriod(today, i.frequency).key;
  return { periods, defaultPeriod: periods.some((p) => p.key === wanted) ? wanted : (periods[0]?.key ?? wanted) };
}
