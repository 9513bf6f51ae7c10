// When a token stops working. A person picks a local day (Asia/Ho_Chi_Minh), in the form or with
// `--expires 2027-12-31`; the token then works through that whole day: it expires at the next local
// midnight. The form and the command line check the day with the same function.
import { addDays, formatDateKey, localDateKey, localDayStart } from "../dates";

/** How far ahead a token may expire: a forgotten token should not work forever. */
export const MAX_TOKEN_YEARS = 3;

/** The instant a token that expires on the local day `key` stops working (the start of the next day). */
export function tokenExpiresAt(key: string): Date {
  return localDayStart(addDays(key, 1));
}

/** The last local day a token may expire on, counted from today (29/02 + 3 years → 01/03). */
export function latestExpiryDay(now: Date): string {
  const [y, m, d] = localDateKey(now).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + MAX_TOKEN_YEARS, m - 1, d)).toISOString().slice(0, 10);
}

/** Why an expiry day cannot be chosen now (Vietnamese), or null when it can. `key` is a valid "YYYY-MM-DD". */
export function expiryDayProblem(key: string, now: Date): string | null {
  const tomorrow = addDays(localDateKey(now), 1);
  if (key < tomorrow) return `Ngày hết hạn phải từ ngày mai (${formatDateKey(tomorrow)}) trở đi.`;
  const latest = latestExpiryDay(now);
  if (key > latest) return `Ngày hết hạn không được quá ${MAX_TOKEN_YEARS} năm, muộn nhất là ${formatDateKey(latest)}.`;
  return null;
}

/** The expiry as the one-time panel and the command line word it. */
export function expiryText(expires: string | null): string {
  return expires ? `dùng được đến hết ngày ${formatDateKey(expires)}` : "không hết hạn";
}
