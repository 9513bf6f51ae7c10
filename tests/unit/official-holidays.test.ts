// The seeded official days off (lib/calendar/official-holidays.ts) read through the working-day
// calendar the reminders use: the 2026 days off are not working days, Tết is skipped when counting,
// swapped Saturdays are working days, and every row is a real, distinct day.
import { describe, expect, it } from "vitest";
import { OFFICIAL_HOLIDAYS } from "@/lib/calendar/official-holidays";
import { calendarOf } from "@/lib/calendar/working-days";

const cal = calendarOf(OFFICIAL_HOLIDAYS);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe("official holidays 2025–2027", () => {
  it("are distinct real days of 2025–2027 with names", () => {
    const days = OFFICIAL_HOLIDAYS.map((h) => h.date);
    expect(new Set(days).size).toBe(days.length);
    for (const h of OFFICIAL_HOLIDAYS) {
      expect(new Date(`${h.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
      expect(h.date >= "2025-01-01" && h.date <= "2027-12-31").toBe(true);
      expect(h.name.trim()).not.toBe("");
    }
  });

  it("have the lunar feasts on the right days (Tết mùng 1, Giỗ Tổ 10/3 âm lịch)", () => {
    for (const d of ["2025-01-29", "2026-02-17", "2027-02-06"]) expect(cal.holidayName(d)).toBe("Tết Nguyên đán (mùng 1)");
    for (const d of ["2025-04-07", "2026-04-26", "2027-04-16"]) expect(cal.holidayName(d)).toMatch(/^Giỗ Tổ Hùng Vương/);
  });

  it("swapped working days are weekends, marked workingDay, and count as working days", () => {
    const swapped = OFFICIAL_HOLIDAYS.filter((h) => h.workingDay);
    expect(swapped.map((h) => h.date)).toEqual(["2025-02-08", "2025-04-26"]);
    for (const h of swapped) {
      expect([0, 6]).toContain(weekday(h.date));
      expect(cal.isWorkingDay(h.date)).toBe(true);
      expect(cal.holidayName(h.date)).toBeNull();
    }
  });

  it("a holiday on a weekend is made up on the next weekday (Giỗ Tổ 2026 on Sunday → Monday 27/4)", () => {
    expect(weekday("2026-04-26")).toBe(0);
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.holidayName("2026-04-27")).toBe("Nghỉ bù Giỗ Tổ Hùng Vương");
    expect(cal.isWorkingDay("2026-04-28")).toBe(true);
    // Tết 2027 starts on Saturday: two days made up after mùng 4.
    expect(cal.isWorkingDay("2027-02-10")).toBe(false);
    expect(cal.isWorkingDay("2027-02-11")).toBe(false);
    expect(cal.isWorkingDay("2027-02-12")).toBe(true);
    // 1/5/2027 is a Saturday.
    expect(cal.isWorkingDay("2027-05-03")).toBe(false);
  });

  it("counts working days across Tết 2026 and the April–May holidays", () => {
    // Friday 13/2/2026 + 1 working day: Tết is Monday 16 to Friday 20, so Monday 23/2.
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(cal.addWorkingDays("2026-02-23", -1)).toBe("2026-02-13");
    expect(cal.previousWorkingDay("2026-02-23")).toBe("2026-02-13");
    // Friday 24/4/2026 + 2: Monday 27 off (made up), Tuesday 28, Wednesday 29.
    expect(cal.addWorkingDays("2026-04-24", 2)).toBe("2026-04-29");
    // Wednesday 29/4 + 1: Thursday 30/4 and Friday 1/5 off, weekend → Monday 4/5.
    expect(cal.addWorkingDays("2026-04-29", 1)).toBe("2026-05-04");
    // 2025: Saturday 26/4 was a working day (swapped with Friday 2/5).
    expect(cal.addWorkingDays("2025-04-25", 1)).toBe("2025-04-26");
    expect(cal.addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
  });

  it("every day off of 2026 is not a working day; the days around Quốc khánh are", () => {
    for (const h of OFFICIAL_HOLIDAYS.filter((x) => x.date.startsWith("2026"))) expect(cal.isWorkingDay(h.date)).toBe(false);
    expect(cal.isWorkingDay("2026-08-31")).toBe(true);
    expect(cal.isWorkingDay("2026-09-03")).toBe(true);
  });
});
