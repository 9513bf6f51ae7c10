// Quiet hours (no e-mail 21:00–06:30 local time, queued until morning) and the outbox's back-off:
// the pure rules behind lib/notifications/notify.ts and lib/notifications/outbox.ts.
import { describe, expect, it } from "vitest";
import { localInstant } from "@/lib/jobs/clock";
import { backoffMinutes, MAX_ATTEMPTS } from "@/lib/notifications/outbox";
import { afterQuietHours, inQuietHours } from "@/lib/notifications/quiet-hours";

const at = (day: string, time: string) => localInstant(day, time);

describe("inQuietHours", () => {
  it("a window across midnight (21:00–06:30): start included, end excluded", () => {
    const cases: [string, boolean][] = [
      ["20:59", false],
      ["21:00", true],
      ["23:59", true],
      ["00:00", true],
      ["06:29", true],
      ["06:30", false],
      ["12:00", false],
    ];
    for (const [time, quiet] of cases) expect(inQuietHours(time, "21:00", "06:30"), time).toBe(quiet);
  });

  it("a window within one day (12:00–13:30)", () => {
    expect(inQuietHours("11:59", "12:00", "13:30")).toBe(false);
    expect(inQuietHours("12:00", "12:00", "13:30")).toBe(true);
    expect(inQuietHours("13:29", "12:00", "13:30")).toBe(true);
    expect(inQuietHours("13:30", "12:00", "13:30")).toBe(false);
  });

  it("equal start and end: no quiet hours at all", () => {
    for (const time of ["00:00", "06:30", "21:00"]) expect(inQuietHours(time, "06:30", "06:30")).toBe(false);
  });
});

describe("afterQuietHours", () => {
  it("in the evening: the next morning's end", () => {
    expect(afterQuietHours(at("2026-12-08", "22:15"), "21:00", "06:30")).toEqual(at("2026-12-09", "06:30"));
    expect(afterQuietHours(at("2026-12-08", "21:00"), "21:00", "06:30")).toEqual(at("2026-12-09", "06:30"));
  });

  it("after midnight: the same morning's end", () => {
    expect(afterQuietHours(at("2026-12-09", "00:10"), "21:00", "06:30")).toEqual(at("2026-12-09", "06:30"));
    expect(afterQuietHours(at("2026-12-09", "06:29"), "21:00", "06:30")).toEqual(at("2026-12-09", "06:30"));
  });

  it("outside quiet hours: the moment itself", () => {
    const day = at("2026-12-09", "06:30");
    expect(afterQuietHours(day, "21:00", "06:30")).toBe(day);
    expect(afterQuietHours(at("2026-12-08", "20:59"), "21:00", "06:30")).toEqual(at("2026-12-08", "20:59"));
  });

  it("across a month and a year end, in Việt Nam's time (UTC+7) whatever the machine's zone", () => {
    expect(afterQuietHours(at("2026-12-31", "23:30"), "21:00", "06:30")).toEqual(at("2027-01-01", "06:30"));
    expect(afterQuietHours(new Date("2026-12-08T15:00:00Z"), "21:00", "06:30")).toEqual(new Date("2026-12-08T23:30:00Z")); // 22:00 → 06:30
  });

  it("a window within one day ends the same day", () => {
    expect(afterQuietHours(at("2026-12-08", "12:40"), "12:00", "13:30")).toEqual(at("2026-12-08", "13:30"));
  });
});

describe("outbox back-off", () => {
  it("waits 1, 2, 4, 8, 16 minutes after failures 1–5; the 6th failure is final", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect([1, 2, 3, 4, 5].map(backoffMinutes)).toEqual([1, 2, 4, 8, 16]);
    // A message is given up about half an hour after its first try: 1+2+4+8+16 = 31 minutes.
    expect([1, 2, 3, 4, 5].reduce((sum, n) => sum + backoffMinutes(n), 0)).toBe(31);
  });
});
