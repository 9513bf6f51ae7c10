// Local days ("YYYY-MM-DD", Asia/Ho_Chi_Minh) and instants for the synthetic timeline. Day
// arithmetic comes from lib/dates.ts; these add the month steps and office hours it does not need.
import { addDays, daysBetween, localDayStart, weekStart } from "../../lib/dates";
import type { Rng } from "./prng";

export { addDays, daysBetween, weekStart };

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Year and month (1–12) of a "YYYY-MM-DD" day. */
function yearMonth(day: string): [number, number] {
  const [y, m] = day.split("-").map(Number);
  if (y === undefined || m === undefined) throw new Error(`Ngày không đúng dạng YYYY-MM-DD: ${day}`);
  return [y, m];
}

export const lastDayOfMonth = (day: string) => {
  const [y, m] = yearMonth(day);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** First day of the month `months` after (negative: before) the month of `day`. */
export function monthStart(day: string, months = 0): string {
  const [y, m] = yearMonth(day);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** The instant `minute` minutes after local midnight of `day` (Vietnam has no daylight saving). */
export function localInstant(day: string, minute: number): Date {
  return new Date(localDayStart(day).getTime() + minute * 60_000);
}

/** Minutes since local midnight of an instant. */
export function localMinuteOf(instant: Date): number {
  return Math.floor(((instant.getTime() + 7 * 3_600_000) % 86_400_000) / 60_000);
}

/** A time in office hours, 07:30–17:00. */
export const officeMinute = (rng: Rng) => rng.int(450, 1020);

export const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** A day in [from, to], both included; `to` when the range is empty. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? to : addDays(from, rng.int(0, span));
}

export const minDay = (a: string, b: string) => (a < b ? a : b);
export const maxDay = (a: string, b: string) => (a > b ? a : b);

export const monthYear = (day: string) => `${pad2(Number(day.slice(5, 7)))}/${day.slice(0, 4)}`;
