// The days of the start-of-day check (lib/daily-checks/days.ts) as the dashboard's strip and the
// report read them: weekends and official days off are "nghỉ", a working day without a check is
// missed once it is over, today is "not yet due" before 08:00 and "late" from 08:00; and the
// report's paragraph written from the figures (lib/reports/operations-figures.ts).
import { describe, expect, it } from "vitest";
import { calendarOf } from "@/lib/calendar/working-days";
import { checkFigures, dayCells, DAY_STATE_LABEL, lastDays, type CheckOfDay } from "@/lib/daily-checks/days";
import { localInstant } from "@/lib/jobs/clock";
import { operationsParagraph, operationsRows } from "@/lib/reports/operations-figures";

// 2026-12-05/06 a weekend, 12-08 an official day off (a Tuesday), 12-12 a make-up Saturday.
const calendar = calendarOf([
  { date: "2026-12-08", name: "Nghỉ bù", workingDay: false },
  { date: "2026-12-12", name: "Làm bù", workingDay: true },
]);
const check = (faultCount: number, at = "2026-12-03T00:40:00Z"): CheckOfDay => ({
  faultCount,
  checkedAt: new Date(at),
  checkedBy: "Trần Thị Thu",
  revision: 1,
});
const checks = new Map([
  ["2026-12-03", check(0)],
  ["2026-12-04", check(2)],
  ["2026-12-09", check(0)],
]);
const range = { from: "2026-12-03", to: "2026-12-14" };
const states = (now: Date) => Object.fromEntries(dayCells(range, checks, calendar, now).map((c) => [c.day, c.state]));

describe("dayCells", () => {
  it("reads a weekend and a holiday as days off, a past working day without a check as missed, later days as ahead", () => {
    expect(states(localInstant("2026-12-10", "09:00"))).toEqual({
      "2026-12-03": "ok",
      "2026-12-04": "faults",
      "2026-12-05": "off",
      "2026-12-06": "off",
      "2026-12-07": "missed",
      "2026-12-08": "off",
      "2026-12-09": "ok",
      "2026-12-10": "late",
      "2026-12-11": "ahead",
      "2026-12-12": "ahead",
      "2026-12-13": "ahead",
      "2026-12-14": "ahead",
    });
    const holiday = dayCells(range, checks, calendar, localInstant("2026-12-10", "09:00")).find((c) => c.day === "2026-12-08");
    expect(holiday?.holiday).toBe("Nghỉ bù");
  });

  it("says today is not due before 08:00 and late from 08:00, on a working day only", () => {
    expect(states(localInstant("2026-12-10", "07:59"))["2026-12-10"]).toBe("due");
    expect(states(localInstant("2026-12-10", "08:00"))["2026-12-10"]).toBe("late");
    // A make-up Saturday is a working day; a Sunday is not, whatever the time.
    expect(states(localInstant("2026-12-12", "08:30"))["2026-12-12"]).toBe("late");
    expect(states(localInstant("2026-12-13", "10:00"))["2026-12-13"]).toBe("off");
    // A day already checked is checked at any hour.
    expect(states(localInstant("2026-12-09", "07:00"))["2026-12-09"]).toBe("ok");
  });

  it("counts the figures up to today: working days, checked, with faults, missed and the faults found", () => {
    const late = dayCells(range, checks, calendar, localInstant("2026-12-10", "08:00"));
    // Working days 03, 04, 07, 09, 10 (05/06 weekend, 08 holiday); today late is not missed yet.
    expect(checkFigures(late, calendar)).toEqual({ workingDays: 5, checked: 3, withFaults: 1, missed: 1, faultsFound: 2 });
    // On Sunday: 10, 11 and the make-up Saturday 12 are working days missed too (7 working days).
    const later = dayCells(range, checks, calendar, localInstant("2026-12-13", "08:00"));
    expect(checkFigures(later, calendar)).toEqual({ workingDays: 7, checked: 3, withFaults: 1, missed: 4, faultsFound: 2 });
  });

  it("a check on a day off is shown and its faults counted, but it is not one of the working days checked", () => {
    const withSunday = new Map([...checks, ["2026-12-06", check(1)]]);
    const cells = dayCells(range, withSunday, calendar, localInstant("2026-12-10", "08:00"));
    expect(cells.find((c) => c.day === "2026-12-06")?.state).toBe("faults");
    expect(checkFigures(cells, calendar)).toEqual({ workingDays: 5, checked: 3, withFaults: 2, missed: 1, faultsFound: 3 });
  });

  it("labels each state for the strip's accessible list", () => {
    expect(DAY_STATE_LABEL.missed).toBe("Không kiểm tra");
    expect(lastDays(30, localInstant("2026-12-10", "09:00"))).toEqual({ from: "2026-11-11", to: "2026-12-10" });
  });
});

describe("the report's one-stop centre figures", () => {
  const figures = {
    checks: { workingDays: 21, checked: 20, withFaults: 2, missed: 1, faultsFound: 3 },
    incidents: { reported: 2, urgent: 1, escalated: 0, resolved: 2, medianAcknowledgeMinutes: 15, medianResolveMinutes: 150 },
  };

  it("writes the draft's paragraph from the figures", () => {
    expect(operationsParagraph(figures)).toBe(
      "Trung tâm Phục vụ hành chính công thực hiện kiểm tra đầu giờ 20/21 ngày làm việc; phát hiện 3 lỗi thiết bị, phần mềm; " +
        "không kiểm tra 1 ngày. Trong kỳ xảy ra 2 sự cố CNTT (1 khẩn cấp), đã khắc phục 2; thời gian tiếp nhận trung vị 15 phút, " +
        "khắc phục trung vị 2 giờ 30 phút (giờ làm việc).",
    );
  });

  it("says so when nothing failed and no incident happened, and leaves out times nobody measured", () => {
    const quiet = {
      checks: { workingDays: 21, checked: 21, withFaults: 0, missed: 0, faultsFound: 0 },
      incidents: { reported: 0, urgent: 0, escalated: 0, resolved: 0, medianAcknowledgeMinutes: null, medianResolveMinutes: null },
    };
    expect(operationsParagraph(quiet)).toBe(
      "Trung tâm Phục vụ hành chính công thực hiện kiểm tra đầu giờ 21/21 ngày làm việc; không phát hiện lỗi thiết bị, phần mềm. " +
        "Trong kỳ không xảy ra sự cố CNTT.",
    );
    const open = { ...quiet, incidents: { ...quiet.incidents, reported: 1, escalated: 1 } };
    expect(operationsParagraph(open)).toContain("Trong kỳ xảy ra 1 sự cố CNTT, chuyển tổ hỗ trợ cấp tỉnh 1, đã khắc phục 0.");
  });

  it("gives the XLSX rows the same numbers", () => {
    const rows = Object.fromEntries(operationsRows(figures));
    expect(rows["Số ngày đã kiểm tra đầu giờ"]).toBe(20);
    expect(rows["Số lỗi thiết bị, phần mềm phát hiện"]).toBe(3);
    expect(rows["Thời gian khắc phục trung vị (giờ làm việc)"]).toBe("2 giờ 30 phút");
  });
});
