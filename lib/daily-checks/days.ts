// What each day of a range looks like for the start-of-day check: done, done with faults, missed
// (a past working day without a check), late (today, past 08:00, not done yet), not yet due (today
// before 08:00), a day off, or still ahead. The dashboard's 30-day strip, the history page and the
// periodic report's month figures all read the days from here.
import { addDays } from "../dates";
import type { Calendar } from "../calendar/working-days";
import type { Db, Tx } from "../db";
import { dateOnlyKey } from "../dates";
import { checkDayKey, isPastDue } from "./day";

export type DayState = "ok" | "faults" | "missed" | "late" | "due" | "off" | "ahead";

export const DAY_STATE_LABEL: Record<DayState, string> = {
  ok: "Đã kiểm tra, bình thường",
  faults: "Đã kiểm tra, có lỗi",
  missed: "Không kiểm tra",
  late: "Chưa kiểm tra (đã quá 08:00)",
  due: "Chưa đến giờ kiểm tra",
  off: "Ngày nghỉ",
  ahead: "",
};

export type CheckOfDay = { faultCount: number; checkedAt: Date; checkedBy: string; revision: number };

export type DayCell = { day: string; state: DayState; check: CheckOfDay | null; holiday: string | null };

/** Days from `from` to `to` (both included), each with its state as of `now`. */
export function dayCells(
  range: { from: string; to: string },
  checks: ReadonlyMap<string, CheckOfDay>,
  calendar: Calendar,
  now: Date,
): DayCell[] {
  const today = checkDayKey(now);
  const cells: DayCell[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const check = checks.get(day) ?? null;
    const holiday = calendar.holidayName(day);
    let state: DayState;
    if (check) state = check.faultCount > 0 ? "faults" : "ok";
    else if (day > today) state = "ahead";
    else if (!calendar.isWorkingDay(day)) state = "off";
    else if (day < today) state = "missed";
    else state = isPastDue(now) ? "late" : "due";
    cells.push({ day, state, check, holiday });
  }
  return cells;
}

export type CheckFigures = {
  /** Working days of the range up to today. */
  workingDays: number;
  /** Working days with a check ("kiểm tra 20/21 ngày làm việc"); a check on a day off still counts its faults. */
  checked: number;
  withFaults: number;
  missed: number;
  /** Items found not "bình thường", summed over the days' current revisions. */
  faultsFound: number;
};

export function checkFigures(cells: readonly DayCell[], calendar: Calendar): CheckFigures {
  const past = cells.filter((c) => c.state !== "ahead");
  return {
    workingDays: past.filter((c) => calendar.isWorkingDay(c.day)).length,
    checked: past.filter((c) => c.check && calendar.isWorkingDay(c.day)).length,
    withFaults: past.filter((c) => c.state === "faults").length,
    missed: past.filter((c) => c.state === "missed").length,
    faultsFound: past.reduce((sum, c) => sum + (c.check?.faultCount ?? 0), 0),
  };
}

/** The checks of some communes between two days (inclusive): commune → day → its check. */
export async function loadChecks(
  db: Db | Tx,
  communeIds: readonly string[],
  range: { from: string; to: string },
): Promise<Map<string, Map<string, CheckOfDay>>> {
  const rows = await db.dailyCheck.findMany({
    where: {
      communeId: { in: [...communeIds] },
      day: { gte: new Date(`${range.from}T00:00:00Z`), lte: new Date(`${range.to}T00:00:00Z`) },
    },
    select: { communeId: true, day: true, faultCount: true, checkedAt: true, revision: true, checkedBy: { select: { fullName: true } } },
  });
  const byCommune = new Map<string, Map<string, CheckOfDay>>(communeIds.map((id) => [id, new Map()]));
  for (const r of rows)
    byCommune.get(r.communeId)?.set(dateOnlyKey(r.day), {
      faultCount: r.faultCount,
      checkedAt: r.checkedAt,
      checkedBy: r.checkedBy.fullName,
      revision: r.revision,
    });
  return byCommune;
}

/** The last `n` days up to today ("30 ngày gần nhất"). */
export function lastDays(n: number, now: Date): { from: string; to: string } {
  const to = checkDayKey(now);
  return { from: addDays(to, -(n - 1)), to };
}
