// Working time between two instants: the minutes inside office hours on working days (the same
// calendar as the reminders: weekends and official days off excluded, make-up Saturdays included).
// An incident reported on Friday at 16:30 and acknowledged on Monday at 07:30 waited 60 working
// minutes, not 63½ hours: the incident log's "time to acknowledge / to resolve" and their medians.
import { addDays, localDateKey } from "../dates";
import { localInstant } from "../jobs/clock";
import type { Calendar } from "./working-days";

/**
 * Office hours of a commune's one-stop centre (local time): the common pattern of Vietnamese public
 * offices, 07:30–11:30 and 13:30–17:30, eight hours. One table for every commune until a commune
 * asks for its own.
 */
export const OFFICE_HOURS = [
  { start: "07:30", end: "11:30" },
  { start: "13:30", end: "17:30" },
] as const;

export const WORKING_MINUTES_PER_DAY = OFFICE_HOURS.reduce((sum, s) => sum + minutesOf(s.end) - minutesOf(s.start), 0);

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes of office hours on working days between `from` and `to` (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date, calendar: Calendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  const lastDay = localDateKey(to);
  let total = 0;
  // Bounded by the days between the two instants; an incident open for years is still a few thousand steps.
  for (let day = localDateKey(from); day <= lastDay; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    for (const s of OFFICE_HOURS) {
      const start = Math.max(localInstant(day, s.start).getTime(), from.getTime());
      const end = Math.min(localInstant(day, s.end).getTime(), to.getTime());
      if (end > start) total += end - start;
    }
  }
  return Math.round(total / 60_000);
}
