// The holiday table as the admin page reads it: one year at a time.
import "server-only";
import { dateOnlyKey } from "../dates";
import { getDb } from "../db";
import { holidayDate, type HolidayRow } from "./working-days";

export async function holidaysOfYear(year: number): Promise<HolidayRow[]> {
  const rows = await getDb().holiday.findMany({
    where: { date: { gte: holidayDate(`${year}-01-01`), lte: holidayDate(`${year}-12-31`) } },
    orderBy: { date: "asc" },
    select: { date: true, name: true, workingDay: true },
  });
  return rows.map((r) => ({ date: dateOnlyKey(r.date), name: r.name, workingDay: r.workingDay }));
}

/** Years that have rows, plus the years around `current` (so next year can be filled in ahead). */
export async function holidayYears(current: number): Promise<number[]> {
  const rows = await getDb().$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM date)::int AS year FROM "Holiday"`;
  return [...new Set([...rows.map((r) => r.year), current - 1, current, current + 1])].sort((a, b) => a - b);
}
