import { describe, expect, it } from "vitest";
import { calendarOf } from "@/lib/calendar/working-days";
import { WORKING_MINUTES_PER_DAY, workingMinutesBetween } from "@/lib/calendar/working-time";
import { formatElapsed, formatMinutes } from "@/lib/format/duration";

// December 2026: Thursday 3, Friday 4, Saturday 5, Sunday 6, Monday 7. A made-up day off on
// Tuesday 8 and a make-up working Saturday on the 12th.
const cal = calendarOf([
  { date: "2026-12-08", name: "Ngày nghỉ thử", workingDay: false },
  { date: "2026-12-12", name: "Làm bù", workingDay: true },
]);
const local = (s: string) => new Date(`${s}:00+07:00`);
const between = (a: string, b: string) => workingMinutesBetween(local(a), local(b), cal);

describe("working minutes between two instants", () => {
  it("a working day has eight office hours", () => {
    expect(WORKING_MINUTES_PER_DAY).toBe(480);
    expect(between("2026-12-03T00:00", "2026-12-04T00:00")).toBe(480);
  });
  it("inside one session", () => {
    expect(between("2026-12-03T08:00", "2026-12-03T08:45")).toBe(45);
  });
  it("the lunch break does not count", () => {
    expect(between("2026-12-03T11:00", "2026-12-03T14:00")).toBe(60);
    expect(between("2026-12-03T11:45", "2026-12-03T13:15")).toBe(0);
  });
  it("before opening and after closing do not count", () => {
    expect(between("2026-12-03T06:00", "2026-12-03T07:45")).toBe(15);
    expect(between("2026-12-03T17:00", "2026-12-03T20:00")).toBe(30);
  });
  it("Friday afternoon to Monday morning skips the weekend", () => {
    expect(between("2026-12-04T16:30", "2026-12-07T08:00")).toBe(60 + 30);
  });
  it("a day off counts nothing; a make-up Saturday counts", () => {
    expect(between("2026-12-07T17:00", "2026-12-09T08:30")).toBe(30 + 60);
    expect(between("2026-12-11T17:30", "2026-12-14T07:30")).toBe(480);
  });
  it("reported on a Sunday, answered on Sunday: no working time", () => {
    expect(between("2026-12-06T09:00", "2026-12-06T10:00")).toBe(0);
  });
  it("end before start is zero", () => {
    expect(between("2026-12-03T10:00", "2026-12-03T09:00")).toBe(0);
  });
});

describe("durations in words", () => {
  it.each([
    [0, "0 phút"],
    [45, "45 phút"],
    [60, "1 giờ"],
    [135, "2 giờ 15 phút"],
    [1500, "25 giờ"],
  ])("%i minutes → %s", (m, text) => expect(formatMinutes(m)).toBe(text));
  it("calendar time in days and hours", () => {
    expect(formatElapsed(local("2026-12-03T08:00"), local("2026-12-05T11:30"))).toBe("2 ngày 3 giờ");
    expect(formatElapsed(local("2026-12-03T08:00"), local("2026-12-03T09:10"))).toBe("1 giờ 10 phút");
  });
});
