// Calendar dates in the commune's time zone. A "date key" is "YYYY-MM-DD" for a local day in
// Asia/Ho_Chi_Minh; comparing keys as strings compares days. Due dates are stored as SQL DATE
// (midnight UTC of that calendar day), so their key is their UTC date.

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const keyFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Local day (Asia/Ho_Chi_Minh) of an instant. */
export function localDateKey(instant: Date): string {
  return keyFormatter.format(instant);
}

/** Key of a SQL DATE value as returned by Prisma (midnight UTC). */
export function dateOnlyKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** SQL DATE value for a key, as Prisma expects it. */
export function dateFromKey(key: string): Date {
  return new Date(`${key}T00:00:00.000Z`);
}

function keyToUtcMs(key: string): number {
  // A missing part is NaN, as Date.UTC would read it: the result is NaN either way.
  const [y = NaN, m = NaN, d = NaN] = key.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyToUtcMs(to) - keyToUtcMs(from)) / 86_400_000);
}

export function addDays(key: string, days: number): string {
  return new Date(keyToUtcMs(key) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday of the week containing `key` (weeks run Monday–Sunday, local practice). */
export function weekStart(key: string): string {
  const weekday = new Date(keyToUtcMs(key)).getUTCDay(); // 0 = Sunday
  return addDays(key, -((weekday + 6) % 7));
}

/** dd/MM/yyyy, as Vietnamese documents write dates. */
export function formatDateKey(key: string): string {
  const [y, m, d] = key.split("-");
  return `${d}/${m}/${y}`;
}

export function formatDate(date: Date | null | undefined, kind: "date-only" | "instant" = "instant"): string {
  if (!date) return "";
  return formatDateKey(kind === "date-only" ? dateOnlyKey(date) : localDateKey(date));
}

const dateTimeFormatter = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "14:05 23/11/2026"-style local time for audit lines. */
export function formatDateTime(instant: Date | null | undefined): string {
  return instant ? dateTimeFormatter.format(instant) : "";
}

/** The instant a local day starts in Asia/Ho_Chi_Minh (UTC+7 all year: Việt Nam has no summer time). */
export function localDayStart(key: string): Date {
  return new Date(`${key}T00:00:00+07:00`);
}
