import { describe, expect, it } from "vitest";
import { exportFileName } from "@/lib/reports/document";
import { REPORT_PERIOD_KINDS, reportPeriodContaining, reportPeriodFromKey, type ReportPeriod } from "@/lib/reports/periods";
import { readPeriodSelection, selectionQuery, type PlanForPeriods } from "@/lib/reports/selection";
import { sampleReport } from "../support/report-document";

const date = (key: string) => new Date(`${key}T00:00:00.000Z`);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
const inside = (day: string, p: ReportPeriod) => p.start <= day && day <= p.end;

// 2025-11-20 is a Thursday; the month running is "Tháng 12/2025" (15/11–14/12).
const TODAY = "2025-11-20";

const PLANS: (PlanForPeriods & { title: string })[] = [
  {
    id: "p1",
    title: "Kế hoạch năm 2025",
    periodStart: date("2025-01-01"),
    createdAt: new Date("2025-02-10T03:00:00Z"),
    reportWeekStart: 1,
  },
  {
    id: "p2",
    title: "Kế hoạch 6 tháng cuối năm",
    periodStart: date("2025-07-01"),
    createdAt: new Date("2025-06-20T03:00:00Z"),
    reportWeekStart: 5,
  },
];

const select = (params: Record<string, string | string[] | undefined>, today = TODAY, plans: readonly PlanForPeriods[] = PLANS) => {
  const s = readPeriodSelection(params, plans, today);
  expect(s).not.toBeNull();
  return s!;
};

describe("readPeriodSelection: defaults", () => {
  it("takes the first plan, the month, and the period running today", () => {
    const s = select({});
    expect(weekday(TODAY)).toBe(4);
    expect(s.plan).toBe(PLANS[0]);
    expect(s.planId).toBe("p1");
    expect(s.kind).toBe("MONTH");
    expect(s.period.key).toBe("M-2025-12");
    expect(s.period).toMatchObject({ start: "2025-11-15", end: "2025-12-14", label: "Tháng 12/2025" });
    expect(inside(TODAY, s.period)).toBe(true);
  });

  it("offers the periods from the plan's start to today, newest first, the default first", () => {
    const s = select({});
    expect(s.choices[0]).toEqual(s.period);
    expect(s.choices.map((p) => p.key)).toEqual([
      "M-2025-12",
      "M-2025-11",
      "M-2025-10",
      "M-2025-09",
      "M-2025-08",
      "M-2025-07",
      "M-2025-06",
      "M-2025-05",
      "M-2025-04",
      "M-2025-03",
      "M-2025-02",
      "M-2025-01",
    ]);
    for (let i = 1; i < s.choices.length; i++) expect(s.choices[i]!.start < s.choices[i - 1]!.start).toBe(true);
    expect(inside("2025-01-01", s.choices[s.choices.length - 1]!)).toBe(true);
    expect(s.choices.every((p) => p.start <= TODAY)).toBe(true);
  });

  it("moves with today: on the 15th the next month is the default", () => {
    expect(select({}, "2025-12-14").period.key).toBe("M-2025-12");
    expect(select({}, "2025-12-15").period).toMatchObject({ key: "M-2026-01", label: "Tháng 01/2026" });
  });

  it("defaults to the period running today for every kind", () => {
    for (const kind of ["WEEK", "MONTH", "QUARTER", "YEAR"] as const) {
      const s = select({ loai: kind });
      expect(s.kind).toBe(kind);
      expect(inside(TODAY, s.period), kind).toBe(true);
      expect(s.choices[0]?.key).toBe(s.period.key);
    }
  });

  it("defaults to the latest begun 6- or 9-month period when none runs today (15/6–14/12)", () => {
    // No 6-month period contains 20/11/2025: "6 tháng đầu năm 2026" starts on 15/12/2025.
    const half = select({ loai: "HALF_YEAR" });
    expect(half.period.key).toBe("H-2025");
    expect(half.period.start <= TODAY).toBe(true);
    expect(half.choices.map((p) => p.key)).toEqual(["H-2025"]);
    const nine = select({ loai: "NINE_MONTHS" });
    expect(nine.period.key).toBe("N-2025");
    expect(nine.choices[0]?.key).toBe("N-2025");
    // Inside the period, it is the one running.
    expect(select({ loai: "HALF_YEAR" }, "2026-01-05").period.key).toBe("H-2026");
  });

  it("returns null without plans", () => {
    expect(readPeriodSelection({}, [], TODAY)).toBeNull();
    expect(readPeriodSelection({ "ke-hoach": "p1", loai: "WEEK", ky: "W-2025-11-17" }, [], TODAY)).toBeNull();
  });
});

describe("readPeriodSelection: what the URL asks", () => {
  it("honours an explicit plan, kind and period", () => {
    const s = select({ "ke-hoach": "p2", loai: "QUARTER", ky: "Q-2025-3" });
    expect(s.plan).toBe(PLANS[1]);
    expect(s.planId).toBe("p2");
    expect(s.kind).toBe("QUARTER");
    expect(s.period).toEqual(reportPeriodFromKey("Q-2025-3"));
    expect(s.period).toMatchObject({ start: "2025-06-15", end: "2025-09-14" });
    expect(s.choices.map((p) => p.key)).toEqual(["Q-2025-4", "Q-2025-3"]);
  });

  it("honours a past month and the current one", () => {
    expect(select({ loai: "MONTH", ky: "M-2025-03" }).period).toMatchObject({ key: "M-2025-03", start: "2025-02-15", end: "2025-03-14" });
    expect(select({ loai: "MONTH", ky: "M-2025-12" }).period.key).toBe("M-2025-12");
  });

  it("takes the first value of a repeated parameter", () => {
    expect(select({ "ke-hoach": ["p2", "p1"] }).planId).toBe("p2");
  });

  it("falls back to the first plan for an unknown plan id", () => {
    const s = select({ "ke-hoach": "khong-co", loai: "MONTH", ky: "M-2025-10" });
    expect(s.plan).toBe(PLANS[0]);
    expect(s.period.key).toBe("M-2025-10");
  });

  it("falls back to today's period of `loai` when `ky` is of another kind", () => {
    const s = select({ loai: "QUARTER", ky: "M-2025-10" });
    expect(s.kind).toBe("QUARTER");
    expect(s.period.key).toBe("Q-2025-4");
    expect(inside(TODAY, s.period)).toBe(true);
  });

  it("reads the kind from `ky` when `loai` is missing, and takes MONTH for an unknown `loai`", () => {
    expect(select({ ky: "Q-2025-2" })).toMatchObject({ kind: "QUARTER", period: { key: "Q-2025-2" } });
    expect(select({ loai: "THANG", ky: "garbage" })).toMatchObject({ kind: "MONTH", period: { key: "M-2025-12" } });
  });

  it("falls back to today's period for a period that has not begun", () => {
    for (const [loai, ky] of [
      ["MONTH", "M-2026-01"],
      ["QUARTER", "Q-2026-1"],
      ["YEAR", "Y-2026"],
      ["WEEK", "W-2025-11-24"],
    ]) {
      const s = select({ loai, ky });
      expect(s.period.key, ky).not.toBe(ky);
      expect(inside(TODAY, s.period), ky).toBe(true);
    }
  });

  it("falls back for an invalid key", () => {
    for (const ky of ["M-2025-13", "Q-2025-5", "Y-1999", "xyz"]) expect(select({ loai: "MONTH", ky }).period.key, ky).toBe("M-2025-12");
  });
});

describe("readPeriodSelection: weeks follow the plan's reportWeekStart", () => {
  it("uses Monday weeks for a Monday plan", () => {
    const s = select({ "ke-hoach": "p1", loai: "WEEK" });
    expect(s.period).toMatchObject({ start: "2025-11-17", end: "2025-11-23" });
    expect(s.choices.every((p) => weekday(p.start) === 1)).toBe(true);
  });

  it("uses Friday weeks for a Friday plan, refusing a Monday key", () => {
    const s = select({ "ke-hoach": "p2", loai: "WEEK" });
    expect(s.period).toMatchObject({ start: "2025-11-14", end: "2025-11-20" });
    expect(s.choices.length).toBeGreaterThan(15);
    expect(s.choices.every((p) => weekday(p.start) === 5)).toBe(true);
    for (let i = 1; i < s.choices.length; i++) expect(s.choices[i]!.end < s.choices[i - 1]!.start).toBe(true);
    expect(inside("2025-07-01", s.choices[s.choices.length - 1]!)).toBe(true);

    expect(select({ "ke-hoach": "p2", loai: "WEEK", ky: "W-2025-11-07" }).period.key).toBe("W-2025-11-07");
    expect(select({ "ke-hoach": "p2", loai: "WEEK", ky: "W-2025-11-10" }).period.key).toBe("W-2025-11-14");
    expect(select({ "ke-hoach": "p1", loai: "WEEK", ky: "W-2025-11-07" }).period.key).toBe("W-2025-11-17");
  });
});

describe("readPeriodSelection: the plan's start", () => {
  it("starts the choices on the plan's creation day (local time) when it has no start date", () => {
    // 18:00 UTC on 14/3 is 01:00 on 15/3 in Việt Nam: the plan was made in "Tháng 4/2025" (15/3–14/4).
    const plan = { id: "p3", periodStart: null, createdAt: new Date("2025-03-14T18:00:00Z"), reportWeekStart: 1 };
    const s = select({}, "2025-05-20", [plan]);
    expect(s.choices.map((p) => p.key)).toEqual(["M-2025-06", "M-2025-05", "M-2025-04"]);
  });

  it("still offers today's period for a plan starting in the future", () => {
    const plan = { id: "p4", periodStart: date("2026-03-01"), createdAt: new Date("2025-11-01T03:00:00Z"), reportWeekStart: 1 };
    const s = select({}, TODAY, [plan]);
    expect(s.choices.map((p) => p.key)).toEqual(["M-2025-12"]);
    expect(s.period.key).toBe("M-2025-12");
  });
});

describe("selectionQuery", () => {
  it("writes the plan, kind and key, which read back to the same selection", () => {
    const s = select({ "ke-hoach": "p2", loai: "WEEK", ky: "W-2025-11-07" });
    const q = selectionQuery(s);
    expect(q).toBe("ke-hoach=p2&loai=WEEK&ky=W-2025-11-07");
    const back = select(Object.fromEntries(new URLSearchParams(q)));
    expect(back.planId).toBe(s.planId);
    expect(back.period).toEqual(s.period);
  });
});

describe("exportFileName", () => {
  it("writes the number and the period in ASCII", () => {
    expect(exportFileName(sampleReport(), "docx")).toBe("Bao-cao-05-BC-UBND-thang-12-2025.docx");
    expect(exportFileName(sampleReport(), "xlsx")).toBe("Bao-cao-05-BC-UBND-thang-12-2025.xlsx");
  });

  it("says du-thao on a draft without a number", () => {
    expect(exportFileName(sampleReport({ number: "" }, true), "docx")).toBe("Bao-cao-du-thao-thang-12-2025.docx");
  });

  it("drops the diacritics (đ included) of every kind of period label", () => {
    const doc = sampleReport();
    const name = (label: string) => exportFileName({ ...doc, data: { ...doc.data, period: { ...doc.data.period, label } } }, "docx");
    expect(name("6 tháng đầu năm 2026")).toBe("Bao-cao-05-BC-UBND-6-thang-dau-nam-2026.docx");
    expect(name("Quý IV/2025")).toBe("Bao-cao-05-BC-UBND-quy-iv-2025.docx");
    expect(name("Tuần 29/12/2025 – 04/01/2026")).toBe("Bao-cao-05-BC-UBND-tuan-29-12-2025-04-01-2026.docx");
    expect(exportFileName(sampleReport({ number: "12/BC-ĐU" }), "docx")).toBe("Bao-cao-12-BC-DU-thang-12-2025.docx");
    for (const kind of REPORT_PERIOD_KINDS) {
      for (const day of ["2025-12-31", "2026-07-01", "2026-02-10"]) {
        const p = reportPeriodContaining(day, kind);
        const file = name(p.label);
        expect(file, p.label).toMatch(/^Bao-cao-05-BC-UBND-[a-z0-9]+(-[a-z0-9]+)*\.docx$/);
        expect(/^[\x20-\x7e]+$/.test(file)).toBe(true);
      }
    }
  });
});
