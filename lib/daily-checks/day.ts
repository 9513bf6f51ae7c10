// The check's day and its due time. A check is for the local day it is submitted on (Asia/Ho_Chi_Minh);
// after CHECK_DUE_TIME on a working day the dashboard says it has not been done.
import { localDateKey } from "../dates";
import { localInstant, now } from "../jobs/clock";

/** "kiểm tra đầu giờ": due by 08:00 local on working days (the issue's and the plans' practice). */
export const CHECK_DUE_TIME = "08:00";

/** Today's local day key ("2026-12-05"), from the jobs clock (tests freeze it). */
export function checkDayKey(at: Date = now()): string {
  return localDateKey(at);
}

/** Whether `at` is past the due time of its local day. */
export function isPastDue(at: Date = now()): boolean {
  return at.getTime() >= localInstant(localDateKey(at), CHECK_DUE_TIME).getTime();
}
