import { describe, expect, it } from "vitest";
import {
  nextReportPeriod,
  periodDays,
  REPORT_PERIOD_KINDS,
  reportPeriodContaining,
  reportPeriodFromKey,
  reportPeriodsBetween,
  type ReportPeriod,
  type ReportPeriodKind,
  type WeekStartDay,
} from "@/lib/reports/periods";

// Calendar helpers of the test's own (not lib/dates), so that expectations do not reuse the code under test.
const DAY_MS = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const shift = (day: string, n: number) => new Date(ms(day) + n * DAY_MS).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(ms(day)).getUTCDay() || 7; // ISO: 1 = Monday … 7 = Sunday
const monthOf = (day: string) => Number(day.slice(5, 7));
const dayOf = (day: string) => Number(day.slice(8, 10));
const dmy = (day: string) => day.split("-").reverse().join("/");

function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = shift(d, 1)) days.push(d);
  return days;
}

/** The first day on or after `day` satisfying `test` (walking forwards), or on or before it (backwards). */
function walk(day: string, step: 1 | -1, test: (d: string) => boolean): string {
  let d = day;
  while (!test(d)) d = shift(d, step);
  return d;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDays(count: number, first: string, last: string, seed: number): string[] {
  const next = random(seed);
  const span = Math.round((ms(last) - ms(first)) / DAY_MS) + 1;
  return Array.from({ length: count }, () => shift(first, Math.floor(next() * span)));
}

const WEEK_STARTS: WeekStartDay[] = [1, 2, 3, 4, 5, 6, 7];
const inside = (day: string, p: ReportPeriod) => p.start <= day && day <= p.end;

/** Start and end expected for a day, found by walking the calendar to the cut-off days of NĐ 09/2019. */
function expectedBounds(day: string, kind: ReportPeriodKind, ws: WeekStartDay = 1): { start: string; end: string } {
  const isEnd = (months: number[]) => (d: string) => dayOf(d) === 14 && months.includes(monthOf(d));
  const isStart = (months: number[]) => (d: string) => dayOf(d) === 15 && months.includes(monthOf(d));
  const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  switch (kind) {
    case "WEEK": {
      const start = walk(day, -1, (d) => weekday(d) === ws);
      return { start, end: shift(start, 6) };
    }
    case "MONTH":
      return { start: walk(day, -1, isStart(all)), end: walk(day, 1, isEnd(all)) };
    case "QUARTER":
      return { start: walk(day, -1, isStart([12, 3, 6, 9])), end: walk(day, 1, isEnd([3, 6, 9, 12])) };
    case "YEAR":
      return { start: walk(day, -1, isStart([12])), end: walk(day, 1, isEnd([12])) };
    case "HALF_YEAR":
    case "NINE_MONTHS": {
      // Cumulative from 15/12; a day after the cut-off (14/6, 14/9) counts towards next year's period.
      const start = walk(day, -1, isStart([12]));
      const end = walk(start, 1, isEnd([kind === "HALF_YEAR" ? 6 : 9]));
      if (day <= end) return { start, end };
      const nextStart = walk(day, 1, isStart([12]));
      return { start: nextStart, end: walk(nextStart, 1, isEnd([kind === "HALF_YEAR" ? 6 : 9])) };
    }
  }
}

describe("reportPeriodContaining on the cut-off days (NĐ 09/2019)", () => {
  it("puts the 14th in the month that ends on it and the 15th in the next", () => {
    const m14 = reportPeriodContaining("2025-11-14", "MONTH");
    const m15 = reportPeriodContaining("2025-11-15", "MONTH");
    expect(m14).toEqual({
      kind: "MONTH",
      key: "M-2025-11",
      start: "2025-10-15",
      end: "2025-11-14",
      label: "Tháng 11/2025",
      range: "15/10/2025 – 14/11/2025",
    });
    expect(m15).toMatchObject({ key: "M-2025-12", start: "2025-11-15", end: "2025-12-14", label: "Tháng 12/2025" });
    expect(reportPeriodContaining("2025-10-15", "MONTH").key).toBe("M-2025-11");
  });

  it("starts the next report year on 15/12: every kind rolls over between 14/12 and 15/12", () => {
    expect(reportPeriodContaining("2025-12-14", "MONTH")).toMatchObject({ key: "M-2025-12", label: "Tháng 12/2025", end: "2025-12-14" });
    expect(reportPeriodContaining("2025-12-14", "QUARTER")).toMatchObject({ key: "Q-2025-4", label: "Quý IV/2025", start: "2025-09-15" });
    expect(reportPeriodContaining("2025-12-14", "YEAR")).toMatchObject({ key: "Y-2025", label: "Năm 2025", start: "2024-12-15" });

    expect(reportPeriodContaining("2025-12-15", "MONTH")).toMatchObject({
      key: "M-2026-01",
      label: "Tháng 01/2026",
      start: "2025-12-15",
      end: "2026-01-14",
    });
    expect(reportPeriodContaining("2025-12-15", "QUARTER")).toMatchObject({
      key: "Q-2026-1",
      label: "Quý I/2026",
      start: "2025-12-15",
      end: "2026-03-14",
    });
    expect(reportPeriodContaining("2025-12-15", "YEAR")).toEqual({
      kind: "YEAR",
      key: "Y-2026",
      start: "2025-12-15",
      end: "2026-12-14",
      label: "Năm 2026",
      range: "15/12/2025 – 14/12/2026",
    });
    expect(reportPeriodContaining("2025-12-15", "HALF_YEAR")).toMatchObject({
      key: "H-2026",
      label: "6 tháng đầu năm 2026",
      start: "2025-12-15",
      end: "2026-06-14",
    });
    expect(reportPeriodContaining("2025-12-15", "NINE_MONTHS")).toMatchObject({
      key: "N-2026",
      label: "9 tháng năm 2026",
      start: "2025-12-15",
      end: "2026-09-14",
    });
  });

  it.each([
    ["2026-03-14", "Q-2026-1", "2025-12-15", "2026-03-14", "Quý I/2026"],
    ["2026-03-15", "Q-2026-2", "2026-03-15", "2026-06-14", "Quý II/2026"],
    ["2026-06-14", "Q-2026-2", "2026-03-15", "2026-06-14", "Quý II/2026"],
    ["2026-06-15", "Q-2026-3", "2026-06-15", "2026-09-14", "Quý III/2026"],
    ["2026-09-14", "Q-2026-3", "2026-06-15", "2026-09-14", "Quý III/2026"],
    ["2026-09-15", "Q-2026-4", "2026-09-15", "2026-12-14", "Quý IV/2026"],
  ])("quarter of %s is %s", (day, key, start, end, label) => {
    expect(reportPeriodContaining(day, "QUARTER")).toMatchObject({ key, start, end, label });
  });

  it("ends the 6- and 9-month periods on 14/6 and 14/9; the day after counts towards next year's", () => {
    expect(reportPeriodContaining("2026-06-14", "HALF_YEAR").key).toBe("H-2026");
    expect(reportPeriodContaining("2026-06-15", "HALF_YEAR")).toMatchObject({ key: "H-2027", start: "2026-12-15", end: "2027-06-14" });
    expect(reportPeriodContaining("2026-09-14", "NINE_MONTHS").key).toBe("N-2026");
    expect(reportPeriodContaining("2026-09-15", "NINE_MONTHS")).toMatchObject({ key: "N-2027", start: "2026-12-15", end: "2027-09-14" });
  });
});

describe("reportPeriodContaining for weeks", () => {
  it("runs Monday–Sunday by default", () => {
    // 2025-11-20 is a Thursday.
    expect(weekday("2025-11-20")).toBe(4);
    const p = reportPeriodContaining("2025-11-20", "WEEK");
    expect(p).toEqual({
      kind: "WEEK",
      key: "W-2025-11-17",
      start: "2025-11-17",
      end: "2025-11-23",
      label: "Tuần 17/11 – 23/11/2025",
      range: "17/11/2025 – 23/11/2025",
    });
    expect(reportPeriodContaining("2025-11-17", "WEEK", 1).key).toBe("W-2025-11-17"); // Monday: first day
    expect(reportPeriodContaining("2025-11-23", "WEEK", 1).key).toBe("W-2025-11-17"); // Sunday: last day
    expect(reportPeriodContaining("2025-11-24", "WEEK", 1).key).toBe("W-2025-11-24");
  });

  it("starts on Friday when the plan says so", () => {
    expect(weekday("2025-11-21")).toBe(5);
    expect(reportPeriodContaining("2025-11-21", "WEEK", 5)).toMatchObject({ start: "2025-11-21", end: "2025-11-27", key: "W-2025-11-21" });
    expect(reportPeriodContaining("2025-11-20", "WEEK", 5)).toMatchObject({ start: "2025-11-14", end: "2025-11-20" });
    expect(reportPeriodContaining("2025-11-23", "WEEK", 5).start).toBe("2025-11-21");
  });

  it("names both years in the label of a week spanning New Year", () => {
    // 2025-12-29 is a Monday; 2026-01-02 a Friday.
    expect(reportPeriodContaining("2026-01-01", "WEEK", 1)).toMatchObject({
      start: "2025-12-29",
      end: "2026-01-04",
      label: "Tuần 29/12/2025 – 04/01/2026",
    });
    expect(reportPeriodContaining("2026-01-01", "WEEK", 5)).toMatchObject({
      start: "2025-12-26",
      end: "2026-01-01",
      label: "Tuần 26/12/2025 – 01/01/2026",
    });
    expect(reportPeriodContaining("2026-01-02", "WEEK", 5).label).toBe("Tuần 02/01 – 08/01/2026");
  });

  it("starts every week on the chosen weekday and covers seven days", () => {
    for (const ws of WEEK_STARTS) {
      for (const day of daysFrom("2025-12-20", "2026-01-10")) {
        const p = reportPeriodContaining(day, "WEEK", ws);
        expect(weekday(p.start)).toBe(ws);
        expect(p).toMatchObject(expectedBounds(day, "WEEK", ws));
        expect(periodDays(p)).toBe(7);
        const sameYear = p.start.slice(0, 4) === p.end.slice(0, 4);
        expect(p.label).toBe(`Tuần ${sameYear ? dmy(p.start).slice(0, 5) : dmy(p.start)} – ${dmy(p.end)}`);
      }
    }
  });
});

describe("every day of 2025–2026 and its period", () => {
  const days = daysFrom("2025-01-01", "2026-12-31");

  it.each(REPORT_PERIOD_KINDS)("%s: the bounds are the cut-off days found by walking the calendar", (kind) => {
    for (const day of days) expect(reportPeriodContaining(day, kind), day).toMatchObject(expectedBounds(day, kind));
  });

  it.each(["WEEK", "MONTH", "QUARTER", "YEAR"] as const)("%s: the period contains the day", (kind) => {
    for (const ws of kind === "WEEK" ? WEEK_STARTS : ([1] as WeekStartDay[])) {
      for (const day of days) {
        const p = reportPeriodContaining(day, kind, ws);
        expect(inside(day, p), `${day} in ${p.key}`).toBe(true);
        expect(p.range).toBe(`${dmy(p.start)} – ${dmy(p.end)}`);
      }
    }
  });

  // The 6- and 9-month periods do not cover the year (15/6–14/12 and 15/9–14/12 are in none): the
  // days they cover are inside; the others get the next one, which starts on the coming 15/12.
  it.each(["HALF_YEAR", "NINE_MONTHS"] as const)("%s: days up to the cut-off are inside, later ones get next year's", (kind) => {
    const cut = kind === "HALF_YEAR" ? "06-14" : "09-14";
    let inCount = 0;
    for (const day of days) {
      const p = reportPeriodContaining(day, kind);
      const md = day.slice(5);
      if (md >= "12-15" || md <= cut) {
        inCount += 1;
        expect(inside(day, p), `${day} in ${p.key}`).toBe(true);
      } else {
        expect(p.start, day).toBe(`${day.slice(0, 4)}-12-15`);
      }
    }
    expect(inCount).toBeGreaterThan(300);
  });

  it("gives consecutive days the same period or the next one (no gaps, no overlaps)", () => {
    for (const kind of ["WEEK", "MONTH", "QUARTER", "YEAR"] as const) {
      for (const day of days.slice(1)) {
        const before = reportPeriodContaining(shift(day, -1), kind);
        const p = reportPeriodContaining(day, kind);
        if (p.key !== before.key) {
          expect(p.start, `${kind} ${day}`).toBe(day);
          expect(before.end).toBe(shift(day, -1));
        } else {
          expect(p).toEqual(before);
        }
      }
    }
  });
});

describe("reportPeriodFromKey", () => {
  it.each(REPORT_PERIOD_KINDS)("%s: keys of random days 2024–2027 name the same period", (kind) => {
    const starts = kind === "WEEK" ? WEEK_STARTS : ([1] as WeekStartDay[]);
    for (const ws of starts) {
      for (const day of randomDays(300, "2024-01-01", "2027-12-31", 20250 + ws)) {
        const p = reportPeriodContaining(day, kind, ws);
        expect(p.kind).toBe(kind);
        expect(reportPeriodFromKey(p.key, ws), p.key).toEqual(p);
      }
    }
  });

  it("reads a key of each kind", () => {
    expect(reportPeriodFromKey("M-2026-01")).toMatchObject({
      kind: "MONTH",
      start: "2025-12-15",
      end: "2026-01-14",
      label: "Tháng 01/2026",
    });
    expect(reportPeriodFromKey("Q-2025-4")).toMatchObject({ kind: "QUARTER", start: "2025-09-15", end: "2025-12-14" });
    expect(reportPeriodFromKey("H-2026")).toMatchObject({ kind: "HALF_YEAR", start: "2025-12-15", end: "2026-06-14" });
    expect(reportPeriodFromKey("N-2025")).toMatchObject({ kind: "NINE_MONTHS", start: "2024-12-15", end: "2025-09-14" });
    expect(reportPeriodFromKey("Y-2025")).toMatchObject({ kind: "YEAR", start: "2024-12-15", end: "2025-12-14" });
    expect(reportPeriodFromKey("W-2025-11-21", 5)).toMatchObject({ kind: "WEEK", start: "2025-11-21", end: "2025-11-27" });
  });

  it("refuses a week key that does not start on the plan's weekday", () => {
    expect(weekday("2025-11-17")).toBe(1);
    expect(reportPeriodFromKey("W-2025-11-17", 1)).not.toBeNull();
    expect(reportPeriodFromKey("W-2025-11-17")).not.toBeNull();
    expect(reportPeriodFromKey("W-2025-11-17", 5)).toBeNull();
    expect(reportPeriodFromKey("W-2025-11-18", 1)).toBeNull();
    expect(reportPeriodFromKey("W-2025-11-21", 1)).toBeNull();
  });

  it.each([
    "M-2025-13",
    "M-2025-00",
    "Q-2025-5",
    "Q-2025-0",
    "W-2025-02-30",
    "W-2025-13-01",
    "Y-1999",
    "M-1999-05",
    "H-1999",
    "N-1999",
    "Q-1999-1",
    "W-1999-11-15",
    "",
    "garbage",
    "M-2025-1",
    "Y-2025x",
    " Y-2025",
    "Q-2025-IV",
    "X-2025",
  ])("%j names no period", (key) => {
    for (const ws of WEEK_STARTS) expect(reportPeriodFromKey(key, ws)).toBeNull();
  });
});

describe("nextReportPeriod", () => {
  it.each(["MONTH", "QUARTER", "WEEK"] as const)("%s: consecutive periods tile the calendar", (kind) => {
    for (const ws of kind === "WEEK" ? ([1, 5] as WeekStartDay[]) : ([1] as WeekStartDay[])) {
      let p = reportPeriodContaining("2024-01-01", kind, ws);
      const covered: string[] = [];
      while (p.start <= "2027-12-31") {
        const next = nextReportPeriod(p, ws);
        expect(next.kind).toBe(kind);
        expect(next.start, p.key).toBe(shift(p.end, 1));
        expect(next.end > next.start).toBe(true);
        covered.push(...daysFrom(p.start, p.end));
        p = next;
      }
      // Every day once, in order: no gap, no overlap.
      expect(covered).toEqual(daysFrom(covered[0]!, covered[covered.length - 1]!));
    }
  });

  it("goes from Quý IV to Quý I of the next year and from Tháng 12 to Tháng 01", () => {
    expect(nextReportPeriod(reportPeriodFromKey("Q-2025-4")!).key).toBe("Q-2026-1");
    expect(nextReportPeriod(reportPeriodFromKey("M-2025-12")!)).toMatchObject({ key: "M-2026-01", label: "Tháng 01/2026" });
  });

  it("moves the yearly and cumulative periods on by one year", () => {
    expect(nextReportPeriod(reportPeriodFromKey("Y-2025")!).key).toBe("Y-2026");
    expect(nextReportPeriod(reportPeriodFromKey("H-2025")!)).toMatchObject({ key: "H-2026", start: "2025-12-15", end: "2026-06-14" });
    expect(nextReportPeriod(reportPeriodFromKey("N-2025")!)).toMatchObject({ key: "N-2026", start: "2025-12-15", end: "2026-09-14" });
  });
});

describe("reportPeriodsBetween", () => {
  const overlaps = (p: ReportPeriod, from: string, to: string) => p.start <= to && p.end >= from;

  it.each(REPORT_PERIOD_KINDS)("%s: newest first, each overlapping the range", (kind) => {
    const ws: WeekStartDay = kind === "WEEK" ? 5 : 1;
    const from = "2025-03-20";
    const to = "2026-02-03";
    const list = reportPeriodsBetween(from, to, kind, ws);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(p.kind).toBe(kind);
      expect(overlaps(p, from, to), p.key).toBe(true);
    }
    for (let i = 1; i < list.length; i++) expect(list[i]!.start < list[i - 1]!.start).toBe(true);
    // Nothing that overlaps the range is left out: walk the days and collect their periods.
    const expected = new Set<string>();
    for (const day of daysFrom(from, to)) {
      const p = reportPeriodContaining(day, kind, ws);
      if (overlaps(p, from, to)) expected.add(p.key);
    }
    expect(new Set(list.map((p) => p.key))).toEqual(expected);
  });

  it.each(["WEEK", "MONTH", "QUARTER", "YEAR"] as const)("%s: the first period contains `to`, the last one `from`", (kind) => {
    for (const [from, to] of [
      ["2025-03-20", "2026-02-03"],
      ["2025-12-14", "2025-12-15"],
      ["2024-02-29", "2024-02-29"],
    ] as const) {
      const list = reportPeriodsBetween(from, to, kind);
      expect(inside(to, list[0]!), `${kind} ${to}`).toBe(true);
      expect(inside(from, list[list.length - 1]!), `${kind} ${from}`).toBe(true);
    }
  });

  it("counts the months and quarters of a range", () => {
    expect(reportPeriodsBetween("2025-01-01", "2025-12-31", "MONTH").map((p) => p.label)).toEqual([
      "Tháng 01/2026",
      "Tháng 12/2025",
      "Tháng 11/2025",
      "Tháng 10/2025",
      "Tháng 9/2025",
      "Tháng 8/2025",
      "Tháng 7/2025",
      "Tháng 6/2025",
      "Tháng 5/2025",
      "Tháng 4/2025",
      "Tháng 3/2025",
      "Tháng 02/2025",
      "Tháng 01/2025",
    ]);
    expect(reportPeriodsBetween("2025-01-01", "2025-12-31", "QUARTER").map((p) => p.key)).toEqual([
      "Q-2026-1",
      "Q-2025-4",
      "Q-2025-3",
      "Q-2025-2",
      "Q-2025-1",
    ]);
  });

  it("offers only begun 6-month periods: none for a range between 15/6 and 14/12", () => {
    expect(reportPeriodsBetween("2025-07-01", "2025-11-30", "HALF_YEAR")).toEqual([]);
    expect(reportPeriodsBetween("2025-01-01", "2025-11-30", "HALF_YEAR").map((p) => p.key)).toEqual(["H-2025"]);
  });

  it("keeps the newest periods when a long range is capped", () => {
    const from = "2019-01-01";
    const to = "2026-02-03";
    const list = reportPeriodsBetween(from, to, "WEEK");
    expect(list.length).toBe(260);
    expect(inside(to, list[0]!)).toBe(true);
    for (let i = 1; i < list.length; i++) expect(list[i]!.end).toBe(shift(list[i - 1]!.start, -1));
  });

  it("is empty when `to` is before `from`", () => {
    for (const kind of REPORT_PERIOD_KINDS) expect(reportPeriodsBetween("2025-06-01", "2025-05-31", kind)).toEqual([]);
  });
});

describe("labels", () => {
  it.each([
    ["2026-01-10", "MONTH", "Tháng 01/2026"],
    ["2026-02-14", "MONTH", "Tháng 02/2026"],
    ["2026-02-15", "MONTH", "Tháng 3/2026"],
    ["2025-11-01", "MONTH", "Tháng 11/2025"],
    ["2025-10-20", "QUARTER", "Quý IV/2025"],
    ["2025-05-01", "QUARTER", "Quý II/2025"],
    ["2025-08-01", "QUARTER", "Quý III/2025"],
    ["2025-09-14", "NINE_MONTHS", "9 tháng năm 2025"],
    ["2025-06-01", "HALF_YEAR", "6 tháng đầu năm 2025"],
    ["2025-12-14", "YEAR", "Năm 2025"],
    ["2024-12-15", "YEAR", "Năm 2025"],
  ] as const)("%s, %s → %s", (day, kind, label) => {
    expect(reportPeriodContaining(day, kind).label).toBe(label);
  });
});
