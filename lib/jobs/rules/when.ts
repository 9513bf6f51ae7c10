// When the reminder rules are due, as pure functions of the day and the commune's calendar, so
// that the rules stay about "who hears what" and these can be tested on their own. Reminders go out
// on working days only, at or after the commune's reminder time; whatever would have fallen on a
// weekend or a day off is caught up on the next working day instead of being lost.
import { addDays } from "../../dates";
import type { Calendar } from "../../calendar/working-days";
import { periodContaining } from "../../indicators/periods";
import { reportPeriodContaining, type ReportPeriod } from "../../reports/periods";

type When = { today: string; time: string; calendar: Calendar; settings: { reminderTime: string } };

/** Today's key on a working day once the reminder time has come, else null (the daily slot). */
export function workingDaySlot(w: When): string | null {
  return w.calendar.isWorkingDay(w.today) && w.time >= w.settings.reminderTime ? w.today : null;
}

/** The ISO week ("2026-W50") on the first working day of that week, once the reminder time has come. */
export function firstWorkingDayOfWeekSlot(w: When): string | null {
  if (!workingDaySlot(w)) return null;
  const week = periodContaining(w.today, "WEEKLY");
  // A Monday holiday moves the weekly message to Tuesday, not to the week after.
  return w.calendar.previousWorkingDay(w.today) < week.start ? week.key : null;
}

/**
 * The reminder threshold (days before the due date) a task reaches on working day `today`, or null.
 * Working days only: with `previous` the working day before, a threshold day in (previous, today]
 * is reminded today, so a threshold on a Saturday or a holiday is caught on the next working day.
 * Of several thresholds in one gap (a long holiday), the nearest to the due date is the one said.
 */
export function thresholdReached(dueDay: string, today: string, previous: string, days: readonly number[]): number | null {
  const hit = days.filter((d) => {
    const day = addDays(dueDay, -d);
    return day > previous && day <= today;
  });
  return hit.length ? Math.min(...hit) : null;
}

/** The month period of NĐ 09/2019 whose "đã báo cáo" the confirmation page asks for on `day`. */
export const monthPeriodOf = (day: string): ReportPeriod => reportPeriodContaining(day, "MONTH");

/** The working day the cut-off reminder of `period` goes out: `n` working days before its end. */
export const cutoffReminderDay = (period: ReportPeriod, n: number, calendar: Calendar) => calendar.addWorkingDays(period.end, -n);

/** The month period whose cut-off reminder is due today, or null (also null before the reminder time). */
export function cutoffReminderPeriod(w: When & { settings: { periodReminderWorkingDays: number } }): ReportPeriod | null {
  if (!workingDaySlot(w)) return null;
  // Usually the reminder is counted back from the end of today's period; with a long setting (or
  // Tết just before the 14th) the next period's count-back can land in today's period: look at both.
  const current = monthPeriodOf(w.today);
  const next = monthPeriodOf(addDays(current.end, 1));
  const n = w.settings.periodReminderWorkingDays;
  return [current, next].find((p) => cutoffReminderDay(p, n, w.calendar) === w.today) ?? null;
}

/** The month period that ended before today when today is the first working day after its end, else null. */
export function missingListPeriod(w: When): ReportPeriod | null {
  if (!workingDaySlot(w)) return null;
  const ended = monthPeriodOf(addDays(monthPeriodOf(w.today).start, -1));
  return w.calendar.addWorkingDays(ended.end, 1) === w.today ? ended : null;
}
