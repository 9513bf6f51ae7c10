// Reporting periods of a plan (docs/architecture.md#reporting-periods-and-the-report-document). The cut-off dates follow Nghị định 09/2019/NĐ-CP:
// a month runs from the 15th of the previous month to the 14th; a quarter ends on the 14th of its
// last month; the 6-month period runs 15/12–14/6, the 9-month period 15/12–14/9 and the year
// 15/12–14/12. Weeks are local practice: seven days from a weekday the plan chooses (Monday by
// default). Periods are computed, not stored: a key names one exactly.
import { addDays, daysBetween, formatDateKey, localDayStart } from "../dates";
import { periodContaining, periodFromKey } from "../indicators/periods";
import { matchGroup } from "@/lib/must";

export const REPORT_PERIOD_KINDS = ["WEEK", "MONTH", "QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export const PERIOD_KIND_LABEL: Record<ReportPeriodKind, string> = {
  WEEK: "Tuần",
  MONTH: "Tháng",
  QUARTER: "Quý",
  HALF_YEAR: "6 tháng",
  NINE_MONTHS: "9 tháng",
  YEAR: "Năm",
};

export type ReportPeriod = { kind: ReportPeriodKind; key: string; start: string; end: string; label: string; range: string };

/** ISO weekday a plan's reporting week starts on: 1 = Monday … 7 = Sunday. */
export type WeekStartDay = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAY_LABEL: Record<WeekStartDay, string> = {
  1: "Thứ Hai",
  2: "Thứ Ba",
  3: "Thứ Tư",
  4: "Thứ Năm",
  5: "Thứ Sáu",
  6: "Thứ Bảy",
  7: "Chủ nhật",
};

const ROMAN = ["I", "II", "III", "IV"];
const pad2 = (n: number) => String(n).padStart(2, "0");

function build(kind: ReportPeriodKind, key: string, start: string, end: string, label: string): ReportPeriod {
  return { kind, key, start, end, label, range: `${formatDateKey(start)} – ${formatDateKey(end)}` };
}

function isoWeekday(day: string): WeekStartDay {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return (d === 0 ? 7 : d) as WeekStartDay;
}

function weekFrom(start: string): ReportPeriod {
  const end = addDays(start, 6);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const from = sameYear ? formatDateKey(start).slice(0, 5) : formatDateKey(start);
  return build("WEEK", `W-${start}`, start, end, `Tuần ${from} – ${formatDateKey(end)}`);
}

/** The NĐ 09 "year" a day's report belongs to: from 15/12 a day counts towards the next year. */
const reportYearOf = (day: string) => Number(day.slice(0, 4)) + (day.slice(5) >= "12-15" ? 1 : 0);
const yearStart = (year: number) => `${year - 1}-12-15`;

function quarter(year: number, q: number): ReportPeriod {
  const start = q === 1 ? yearStart(year) : `${year}-${pad2(q * 3 - 3)}-15`;
  return build("QUARTER", `Q-${year}-${q}`, start, `${year}-${pad2(q * 3)}-14`, `Quý ${ROMAN[q - 1]}/${year}`);
}

const halfYear = (year: number) => build("HALF_YEAR", `H-${year}`, yearStart(year), `${year}-06-14`, `6 tháng đầu năm ${year}`);
const nineMonths = (year: number) => build("NINE_MONTHS", `N-${year}`, yearStart(year), `${year}-09-14`, `9 tháng năm ${year}`);
const wholeYear = (year: number) => build("YEAR", `Y-${year}`, yearStart(year), `${year}-12-14`, `Năm ${year}`);

/**
 * The period of a kind that a day falls in. The 6- and 9-month periods are cumulative from the
 * start of the year: a day after 14/6 (or 14/9) belongs to the next year's one.
 */
export function reportPeriodContaining(day: string, kind: ReportPeriodKind, weekStartDay: WeekStartDay = 1): ReportPeriod {
  const year = reportYearOf(day);
  switch (kind) {
    case "WEEK":
      return weekFrom(addDays(day, -((isoWeekday(day) - weekStartDay + 7) % 7)));
    case "MONTH": {
      const m = periodContaining(day, "MONTHLY");
      return build("MONTH", `M-${m.key}`, m.start, m.end, m.label);
    }
    case "QUARTER": {
      for (let q = 1; q <= 4; q++) if (day <= quarter(year, q).end) return quarter(year, q);
      return quarter(year + 1, 1); // unreachable: 14/12 ends Q4 and 15/12 starts next year
    }
    case "HALF_YEAR":
      return day <= halfYear(year).end ? halfYear(year) : halfYear(year + 1);
    case "NINE_MONTHS":
      return day <= nineMonths(year).end ? nineMonths(year) : nineMonths(year + 1);
    case "YEAR":
      return wholeYear(year);
  }
}

const KEY_PATTERNS: [ReportPeriodKind, RegExp][] = [
  ["WEEK", /^W-(\d{4}-\d{2}-\d{2})$/],
  ["MONTH", /^M-(\d{4}-\d{2})$/],
  ["QUARTER", /^Q-(\d{4})-([1-4])$/],
  ["HALF_YEAR", /^H-(\d{4})$/],
  ["NINE_MONTHS", /^N-(\d{4})$/],
  ["YEAR", /^Y-(\d{4})$/],
];

const plausibleYear = (y: number) => y >= 2000 && y <= 2999;

/** The period a key names, or null when it names none (a week must start on the plan's weekday). */
export function reportPeriodFromKey(key: string, weekStartDay: WeekStartDay = 1): ReportPeriod | null {
  for (const [kind, re] of KEY_PATTERNS) {
    const m = re.exec(key);
    if (!m) continue;
    const first = matchGroup(m, 1); // every key pattern starts with a group holding the year
    const year = Number(first.slice(0, 4));
    if (!plausibleYear(year)) return null;
    switch (kind) {
      case "WEEK": {
        const start = first;
        if (addDays(start, 0) !== start || isoWeekday(start) !== weekStartDay) return null;
        return weekFrom(start);
      }
      case "MONTH": {
        const p = periodFromKey(first, "MONTHLY");
        return p ? build("MONTH", key, p.start, p.end, p.label) : null;
      }
      case "QUARTER":
        return quarter(year, Number(m[2]));
      case "HALF_YEAR":
        return halfYear(year);
      case "NINE_MONTHS":
        return nineMonths(year);
      case "YEAR":
        return wholeYear(year);
    }
  }
  return null;
}

export const nextReportPeriod = (p: ReportPeriod, weekStartDay: WeekStartDay = 1): ReportPeriod =>
  p.kind === "HALF_YEAR" || p.kind === "NINE_MONTHS" || p.kind === "YEAR"
    ? reportPeriodContaining(`${Number(p.end.slice(0, 4)) + 1}-${p.end.slice(5)}`, p.kind, weekStartDay)
    : reportPeriodContaining(addDays(p.end, 1), p.kind, weekStartDay);

/** Cap on periods listed for one kind: 5 years of weeks. */
const MAX_LISTED = 260;

/**
 * Every period of a kind overlapping `from`…`to` (a plan's span), newest first. Used for the
 * pickers; `to` is usually min(plan end, today) so that future periods are not offered.
 */
export function reportPeriodsBetween(from: string, to: string, kind: ReportPeriodKind, weekStartDay: WeekStartDay = 1): ReportPeriod[] {
  const list: ReportPeriod[] = [];
  if (to < from) return list;
  // Past the cap the oldest are dropped: the period running on `to` (the default) must stay listed.
  for (let p = reportPeriodContaining(from, kind, weekStartDay); p.start <= to; p = nextReportPeriod(p, weekStartDay)) {
    if (list.push(p) > MAX_LISTED) list.shift();
  }
  return list.reverse();
}

/** Length in days (a period includes both ends). */
export const periodDays = (p: ReportPeriod) => daysBetween(p.start, p.end) + 1;

/**
 * The one rule of "reported on in the period": a progress report (not a helper's contribution) made
 * since the period's first day, late ones included (a unit may confirm after the period ended).
 * A Prisma filter on TaskUpdate, for the confirmation, the office's table and the unit's page.
 */
export const progressReportSince = (p: Pick<ReportPeriod, "start">) => ({
  kind: "PROGRESS" as const,
  createdAt: { gte: localDayStart(p.start) },
});
