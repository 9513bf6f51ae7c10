// Working days: Monday to Friday, minus official days off (Holiday rows), plus Saturdays or Sundays
// the government made working days (rows with workingDay = true). Reminders go out on working days
// only, and "2 working days before the end of a period" counts with the same calendar.
import { addDays, dateFromKey, dateOnlyKey } from "../dates";
import type { Db, Tx } from "../db";

export type HolidayRow = { date: string; name: string; workingDay: boolean };

export type Calendar = {
  isWorkingDay(day: string): boolean;
  /** The working day `n` working days after (`n` > 0) or before (`n` < 0) `day`; n = 0 is `day` itself. */
  addWorkingDays(day: string, n: number): string;
  /** The last working day strictly before `day`. */
  previousWorkingDay(day: string): string;
  /** The holiday's name when `day` is an official day off. */
  holidayName(day: string): string | null;
};

export function calendarOf(rows: readonly HolidayRow[]): Calendar {
  const byDay = new Map(rows.map((r) => [r.date, r]));
  const isWorkingDay = (day: string) => {
    const row = byDay.get(day);
    if (row) return row.workingDay;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const step = (day: string, dir: 1 | -1) => {
    let d = addDays(day, dir);
    // Bounded: no real calendar has a month without a working day.
    for (let i = 0; i < 60 && !isWorkingDay(d); i++) d = addDays(d, dir);
    return d;
  };
  return {
    isWorkingDay,
    addWorkingDays(day, n) {
      let d = day;
      for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
      return d;
    },
    previousWorkingDay: (day) => step(day, -1),
    holidayName: (day) => {
      const row = byDay.get(day);
      return row && !row.workingDay ? row.name : null;
    },
  };
}

/** The calendar from the Holiday table (all rows: a few dozen per year). */
export async function loadCalendar(db: Db | Tx): Promise<Calendar> {
  const rows = await db.holiday.findMany({ select: { date: true, name: true, workingDay: true } });
  return calendarOf(rows.map((r) => ({ date: dateOnlyKey(r.date), name: r.name, workingDay: r.workingDay })));
}

export const holidayDate = dateFromKey;
