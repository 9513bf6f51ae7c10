// The pure parts of the scheduled reminder rules: when a threshold is reached on a working day,
// when the daily, weekly and period slots fall, and the words of the messages.
import { describe, expect, it } from "vitest";
import { calendarOf } from "@/lib/calendar/working-days";
import { periodsEndingWithin } from "@/lib/jobs/rules/indicator-due";
import { chairUnitLine } from "@/lib/jobs/rules/overdue";
import type { LeadTask } from "@/lib/jobs/rules/task-queries";
import { stillActing } from "@/lib/jobs/rules/task-queries";
import {
  cutoffReminderPeriod,
  firstWorkingDayOfWeekSlot,
  missingListPeriod,
  thresholdReached,
  workingDaySlot,
} from "@/lib/jobs/rules/when";
import { bulletList, daysLeftText, shortTitle, taskLine } from "@/lib/jobs/rules/wording";

const plain = calendarOf([]);
// Thursday 15/10/2026 off; Saturday 17/10/2026 made a working day (a swapped day).
const swapped = calendarOf([
  { date: "2026-10-15", name: "Nghỉ", workingDay: false },
  { date: "2026-10-17", name: "Làm bù", workingDay: true },
]);
const when = (today: string, calendar = plain, time = "07:30") => ({
  today,
  time,
  calendar,
  settings: { reminderTime: "07:30", periodReminderWorkingDays: 2 },
});

describe("thresholdReached", () => {
  const days = [7, 3, 1];
  it("hits on the threshold day itself", () => {
    // Due Monday 19/10: 7 days before is Monday 12/10 (previous working day Friday 09/10).
    expect(thresholdReached("2026-10-19", "2026-10-12", "2026-10-09", days)).toBe(7);
    expect(thresholdReached("2026-10-19", "2026-10-13", "2026-10-12", days)).toBeNull();
  });
  it("catches a weekend threshold on the next working day, and only there", () => {
    // Due Wednesday 14/10: 3 days before is Sunday 11/10.
    expect(thresholdReached("2026-10-14", "2026-10-12", "2026-10-09", days)).toBe(3);
    expect(thresholdReached("2026-10-14", "2026-10-09", "2026-10-08", days)).toBeNull();
  });
  it("says the nearest threshold when a long break covers several", () => {
    // A week off 12–16/10, due Wednesday 21/10: on Monday 19/10 (previous working day 09/10) the 7- and 3-day thresholds both fell in the break.
    expect(thresholdReached("2026-10-21", "2026-10-19", "2026-10-09", days)).toBe(3);
  });
});

describe("slots", () => {
  it("daily: working days from the reminder time", () => {
    expect(workingDaySlot(when("2026-10-12"))).toBe("2026-10-12");
    expect(workingDaySlot(when("2026-10-12", plain, "07:29"))).toBeNull();
    expect(workingDaySlot(when("2026-10-17"))).toBeNull();
    expect(workingDaySlot(when("2026-10-17", swapped))).toBe("2026-10-17");
    expect(workingDaySlot(when("2026-10-15", swapped))).toBeNull();
  });
  it("weekly: the first working day of the ISO week", () => {
    expect(firstWorkingDayOfWeekSlot(when("2026-10-12"))).toBe("2026-W42");
    expect(firstWorkingDayOfWeekSlot(when("2026-10-13"))).toBeNull();
    const mondayOff = calendarOf([{ date: "2026-10-12", name: "Nghỉ", workingDay: false }]);
    expect(firstWorkingDayOfWeekSlot(when("2026-10-13", mondayOff))).toBe("2026-W42");
  });
  it("period cut-off: 2 working days before the 14th, and the first working day after it", () => {
    // M-2026-10 ends Wednesday 14/10.
    expect(cutoffReminderPeriod(when("2026-10-12"))?.key).toBe("M-2026-10");
    expect(cutoffReminderPeriod(when("2026-10-13"))).toBeNull();
    expect(missingListPeriod(when("2026-10-15"))?.key).toBe("M-2026-10");
    expect(missingListPeriod(when("2026-10-16", swapped))?.key).toBe("M-2026-10");
    expect(missingListPeriod(when("2026-10-15", swapped))).toBeNull();
    // M-2026-11 ends Saturday 14/11: reminder Thursday 12/11, missing list Monday 16/11.
    expect(cutoffReminderPeriod(when("2026-11-12"))?.key).toBe("M-2026-11");
    expect(missingListPeriod(when("2026-11-16"))?.key).toBe("M-2026-11");
    // 23 working days before Saturday 14/11 is Wednesday 14/10, the last day of the previous period.
    const long = { ...when("2026-10-14"), settings: { reminderTime: "07:30", periodReminderWorkingDays: 23 } };
    expect(cutoffReminderPeriod(long)?.key).toBe("M-2026-11");
  });
  it("KPI periods ending within the cut-off window", () => {
    expect(periodsEndingWithin("2026-10-12", "2026-10-14", "MONTHLY").map((p) => p.key)).toEqual(["2026-10"]);
    expect(periodsEndingWithin("2026-10-12", "2026-10-14", "WEEKLY")).toEqual([]);
    expect(periodsEndingWithin("2026-11-12", "2026-11-14", "WEEKLY").map((p) => p.key)).toEqual([]);
    expect(periodsEndingWithin("2026-12-10", "2026-12-14", "WEEKLY").map((p) => p.key)).toEqual(["2026-W50"]);
  });
});

describe("stillActing", () => {
  it("a task without parts is every lead unit's; with parts, only an open own part counts", () => {
    expect(stillActing("a", [])).toBe(true);
    const parts = [
      { unitId: "a", workStatus: "IN_PROGRESS", notApplicableReason: null },
      { unitId: "b", workStatus: "DONE", notApplicableReason: null },
      { unitId: "c", workStatus: "NOT_STARTED", notApplicableReason: "Không phát sinh" },
    ];
    expect(["a", "b", "c", "d"].map((u) => stillActing(u, parts))).toEqual([true, false, false, false]);
  });
});

describe("wording", () => {
  it("lines name code, short title, due date dd/mm/yyyy and the days left", () => {
    expect(taskLine({ code: "2.1", title: "Số hóa  hồ sơ", dueDate: "2026-12-05" }, daysLeftText(3))).toBe(
      "2.1 Số hóa hồ sơ — hạn 05/12/2026, còn 3 ngày",
    );
    expect(daysLeftText(0)).toBe("đến hạn hôm nay");
    const long = "Xây dựng ".repeat(20);
    expect(shortTitle(long)).toHaveLength(80);
    expect(shortTitle(long).endsWith("…")).toBe(true);
    expect(bulletList(["a", "b", "c"], 2)).toBe("• a\n• b\n• … và 1 mục khác");
  });
  it("the chair's line per unit: count, the most overdue first, the rest counted", () => {
    const t = (code: string, late: number): LeadTask => ({
      taskId: code,
      code,
      title: `Việc ${code}`,
      planId: "p",
      dueDate: "2026-10-01",
      unitId: "u",
      unitName: "Phòng KT",
      status: "OVERDUE",
      daysLeft: -late,
    });
    expect(chairUnitLine("Phòng KT", [t("1.1", 9), t("1.2", 5), t("1.3", 2), t("1.4", 1)])).toBe(
      "Phòng KT: 4 nhiệm vụ (1.1 Việc 1.1, quá hạn 9 ngày; 1.2 Việc 1.2, quá hạn 5 ngày; 1.3 Việc 1.3, quá hạn 2 ngày; … và 1 nhiệm vụ khác)",
    );
  });
});
