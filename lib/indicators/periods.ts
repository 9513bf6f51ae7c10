// Reporting periods of KPI values (docs/architecture.md#reporting-periods-and-the-report-document). Every day belongs to exactly one period of each
// frequency, so a value entered "for tháng 11/2025" is unambiguous.
//
// - MONTHLY follows Nghị định 09/2019/NĐ-CP: "tháng 11/2025" runs from 15/10/2025 to 14/11/2025 (the
//   15th of the previous month to the 14th), so a day on or after the 15th belongs to next month's period.
// - WEEKLY uses ISO weeks, Monday–Sunday. The key carries the ISO week-year, which differs from the
//   calendar year around New Year: 2024-12-30 is in 2025-W01, 2027-01-01 is in 2026-W53.
//
// Labels write months 1 and 2 with a leading zero ("Tháng 01/2026") as Nghị định 30/2020/NĐ-CP asks
// of dates in documents; weeks have no such rule and are written plainly ("Tuần 1/2025").

import { addDays, daysBetween, formatDateKey, weekStart } from "@/lib/dates";
import { foldText } from "@/lib/text";

export type Frequency = "WEEKLY" | "MONTHLY";

export type Period = { frequency: Frequency; key: string; start: string; end: string; label: string; range: string };

export const FREQUENCY_LABEL: Record<Frequency, string> = { WEEKLY: "Hằng tuần", MONTHLY: "Hằng tháng" };

/** periodsBetween stops here: 600 periods is 50 years of months, far beyond any plan. */
export const MAX_PERIODS = 600;

// Years outside this range are typing mistakes; Date.UTC would also read years 0–99 as 1900–1999.
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const pad2 = (n: number) => String(n).padStart(2, "0");
const yearOf = (day: string) => Number(day.slice(0, 4));

function build(frequency: Frequency, key: string, start: string, end: string, label: string): Period {
  return { frequency, key, start, end, label, range: `${formatDateKey(start)} – ${formatDateKey(end)}` };
}

function monthPeriod(year: number, month: number): Period {
  const [prevYear, prevMonth] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const label = `Tháng ${month <= 2 ? pad2(month) : month}/${year}`;
  return build("MONTHLY", `${year}-${pad2(month)}`, `${prevYear}-${pad2(prevMonth)}-15`, `${year}-${pad2(month)}-14`, label);
}

/** Monday of ISO week 1: the week containing 4 January. */
const isoWeekOneMonday = (isoYear: number) => weekStart(`${isoYear}-01-04`);

function isoWeekOf(day: string): { isoYear: number; week: number } {
  // The Thursday of a week decides its year and number (ISO 8601).
  const thursday = addDays(weekStart(day), 3);
  const isoYear = yearOf(thursday);
  return { isoYear, week: Math.floor(daysBetween(`${isoYear}-01-01`, thursday) / 7) + 1 };
}

/** 52 or 53: 28 December is always in the last ISO week of its year. */
const isoWeeksIn = (isoYear: number) => isoWeekOf(`${isoYear}-12-28`).week;

function weekPeriod(isoYear: number, week: number): Period {
  const start = addDays(isoWeekOneMonday(isoYear), 7 * (week - 1));
  return build("WEEKLY", `${isoYear}-W${pad2(week)}`, start, addDays(start, 6), `Tuần ${week}/${isoYear}`);
}

export function periodContaining(day: string, frequency: Frequency): Period {
  if (frequency === "WEEKLY") {
    const { isoYear, week } = isoWeekOf(day);
    return weekPeriod(isoYear, week);
  }
  const year = yearOf(day);
  const month = Number(day.slice(5, 7));
  if (Number(day.slice(8, 10)) < 15) return monthPeriod(year, month);
  return month === 12 ? monthPeriod(year + 1, 1) : monthPeriod(year, month + 1);
}

function monthFromParts(year: number, month: number): Period | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  return monthPeriod(year, month);
}

function weekFromParts(isoYear: number, week: number): Period | null {
  if (isoYear < MIN_YEAR || isoYear > MAX_YEAR || week < 1 || week > isoWeeksIn(isoYear)) return null;
  return weekPeriod(isoYear, week);
}

/** The period a stored key names ("2025-11", "2025-W47"), or null when the key is not a real period. */
export function periodFromKey(key: string, frequency: Frequency): Period | null {
  const m = frequency === "WEEKLY" ? /^(\d{4})-W(\d{2})$/.exec(key) : /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return null;
  return frequency === "WEEKLY" ? weekFromParts(Number(m[1]), Number(m[2])) : monthFromParts(Number(m[1]), Number(m[2]));
}

export const previousPeriod = (p: Period): Period => periodContaining(addDays(p.start, -1), p.frequency);

export const nextPeriod = (p: Period): Period => periodContaining(addDays(p.end, 1), p.frequency);

/** The latest period that ended before today: the one a report due today should cover. */
export const lastCompletedPeriod = (today: string, frequency: Frequency): Period => previousPeriod(periodContaining(today, frequency));

/** Every period overlapping fromDay…toDay (inclusive), oldest first; empty when toDay is before fromDay. */
export function periodsBetween(fromDay: string, toDay: string, frequency: Frequency): Period[] {
  const periods: Period[] = [];
  if (toDay < fromDay) return periods;
  for (let p = periodContaining(fromDay, frequency); p.start <= toDay && periods.length < MAX_PERIODS; p = nextPeriod(p)) periods.push(p);
  return periods;
}

/** A real calendar day from typed parts, or null ("31/02/2025" is not a day). */
function dayFromParts(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const key = `${year}-${pad2(month)}-${pad2(day)}`;
  return addDays(key, 0) === key ? key : null; // Date.UTC rolls 31/02 over to 03/03.
}

// Patterns run on folded text (lower case, no diacritics, single spaces). A separator between a
// number and a year is "/", "-", "." (with optional spaces around), " năm ", or a plain space.
const SEP = String.raw`\s*[/.-]\s*|\s+nam\s+|\s+`;
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MONTH_YEAR = new RegExp(String.raw`^(?:(?:thang|th|t)\.?\s*)?(\d{1,2})(?:${SEP})(\d{4})$`);
const YEAR_MONTH = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/;
const YEAR_WEEK = /^(\d{4})\s*-?\s*w\s*(\d{1,2})$/;
const WEEK_YEAR = new RegExp(String.raw`^(?:w|tuan)\.?\s*(\d{1,2})(?:${SEP})(\d{4})$`);

function typedDay(text: string): string | null {
  const dmy = DMY.exec(text);
  if (dmy) return dayFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(text);
  return ymd ? dayFromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : null;
}

/**
 * What a person types in a spreadsheet cell → a period, or null when it does not name one.
 * Monthly: "11/2025", "T11/2025", "Tháng 11/2025", "tháng 11 năm 2025", "2025-11", "11-2025".
 * Weekly: "2025-W47", "W47/2025", "Tuần 47/2025", "tuần 47 năm 2025".
 * Both: a day "dd/mm/yyyy" or "yyyy-mm-dd" means the period containing it.
 */
export function parsePeriodText(text: string, frequency: Frequency): Period | null {
  // NFC first: foldText strips diacritics from precomposed letters, not from combining marks.
  const folded = foldText(text.normalize("NFC")).replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
  if (!folded) return null;
  const day = typedDay(folded);
  if (day) return periodContaining(day, frequency);
  if (DMY.test(folded) || YMD.test(folded)) return null; // shaped like a date but not a real day
  if (frequency === "MONTHLY") {
    const my = MONTH_YEAR.exec(folded);
    if (my) return monthFromParts(Number(my[2]), Number(my[1]));
    const ym = YEAR_MONTH.exec(folded);
    return ym ? monthFromParts(Number(ym[1]), Number(ym[2])) : null;
  }
  const yw = YEAR_WEEK.exec(folded);
  if (yw) return weekFromParts(Number(yw[1]), Number(yw[2]));
  const wy = WEEK_YEAR.exec(folded);
  return wy ? weekFromParts(Number(wy[2]), Number(wy[1])) : null;
}

/**
 * The last period of a frequency that ends within [start, end] (a reporting period), or null when
 * none does: what a KPI reports for a report period (the KPI data packet, lib/api/v1/kpi-packet.ts).
 */
export function lastKpiPeriodIn(range: { start: string; end: string }, frequency: Frequency): Period | null {
  const containing = periodContaining(range.end, frequency);
  const last = containing.end <= range.end ? containing : previousPeriod(containing);
  return last.end >= range.start ? last : null;
}
