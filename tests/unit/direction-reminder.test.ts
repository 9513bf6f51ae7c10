// The age of a direction in working days (lib/jobs/rules/direction-reminder.ts): weekends and
// official days off do not count, a swapped Saturday does.
import { describe, expect, it } from "vitest";
import { calendarOf } from "@/lib/calendar/working-days";
import { workingDaysSince } from "@/lib/jobs/rules/direction-reminder";

const calendar = calendarOf([
  { date: "2026-09-02", name: "Quốc khánh", workingDay: false },
  { date: "2026-09-05", name: "Làm bù", workingDay: true },
]);

describe("workingDaysSince", () => {
  it("counts the working days after the day given, up to and including today", () => {
    expect(workingDaysSince(calendar, "2026-12-11", "2026-12-11")).toBe(0); // the day itself
    expect(workingDaysSince(calendar, "2026-12-11", "2026-12-13")).toBe(0); // Friday → Sunday
    expect(workingDaysSince(calendar, "2026-12-11", "2026-12-14")).toBe(1);
    expect(workingDaysSince(calendar, "2026-12-11", "2026-12-15")).toBe(2);
    expect(workingDaysSince(calendar, "2026-12-12", "2026-12-15")).toBe(2); // given on a Saturday
    expect(workingDaysSince(calendar, "2026-12-15", "2026-12-11")).toBe(0); // not yet given
  });

  it("skips an official day off and counts a swapped working Saturday", () => {
    // Tue 1/9 → Wed 2/9 (holiday), Thu 3, Fri 4, Sat 5 (worked), Mon 7.
    expect(workingDaysSince(calendar, "2026-09-01", "2026-09-03")).toBe(1);
    expect(workingDaysSince(calendar, "2026-09-01", "2026-09-05")).toBe(3);
    expect(workingDaysSince(calendar, "2026-09-01", "2026-09-07")).toBe(4);
  });
});
