// Quiet hours: no e-mail between quietStart and quietEnd (local time, e.g. 21:00–06:30); a message
// made then waits until quietEnd. The window may cross midnight (it usually does).
import { addDays, localDateKey } from "../dates";
import { localInstant, localTimeOf } from "../jobs/clock";

export function inQuietHours(time: string, start: string, end: string): boolean {
  if (start === end) return false;
  return start < end ? time >= start && time < end : time >= start || time < end;
}

/** `at` itself outside quiet hours, otherwise the next quietEnd. */
export function afterQuietHours(at: Date, start: string, end: string): Date {
  const time = localTimeOf(at);
  if (!inQuietHours(time, start, end)) return at;
  const today = localDateKey(at);
  // Before midnight in a window that crosses it: the end is tomorrow morning.
  const day = start > end && time >= start ? addDays(today, 1) : today;
  return localInstant(day, end);
}
