import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import {
  FREQUENCY_LABEL,
  lastCompletedPeriod,
  MAX_PERIODS,
  nextPeriod,
  parsePeriodText,
  periodContaining,
  periodFromKey,
  periodsBetween,
  previousPeriod,
  type Frequency,
} from "@/lib/indicators/periods";

describe("periodContaining", () => {
  it("builds the whole period, label and range included", () => {
    expect(periodContaining("2025-11-01", "MONTHLY")).toEqual({
      frequency: "MONTHLY",
      key: "2025-11",
      start: "2025-10-15",
      end: "2025-11-14",
      label: "Tháng 11/2025",
      range: "15/10/2025 – 14/11/2025",
    });
    expect(periodContaining("2025-11-20", "WEEKLY")).toEqual({
      frequency: "WEEKLY",
      key: "2025-W47",
      start: "2025-11-17",
      end: "2025-11-23",
      label: "Tuần 47/2025",
      range: "17/11/2025 – 23/11/2025",
    });
  });

  it.each<[string, string, string, string, string, string]>([
    // day, key, start, end, label, range
    ["2025-11-14", "2025-11", "2025-10-15", "2025-11-14", "Tháng 11/2025", "15/10/2025 – 14/11/2025"],
    ["2025-10-15", "2025-11", "2025-10-15", "2025-11-14", "Tháng 11/2025", "15/10/2025 – 14/11/2025"],
    ["2025-11-15", "2025-12", "2025-11-15", "2025-12-14", "Tháng 12/2025", "15/11/2025 – 14/12/2025"],
    ["2025-12-14", "2025-12", "2025-11-15", "2025-12-14", "Tháng 12/2025", "15/11/2025 – 14/12/2025"],
    ["2025-12-15", "2026-01", "2025-12-15", "2026-01-14", "Tháng 01/2026", "15/12/2025 – 14/01/2026"],
    ["2025-12-31", "2026-01", "2025-12-15", "2026-01-14", "Tháng 01/2026", "15/12/2025 – 14/01/2026"],
    ["2026-01-01", "2026-01", "2025-12-15", "2026-01-14", "Tháng 01/2026", "15/12/2025 – 14/01/2026"],
    ["2026-01-14", "2026-01", "2025-12-15", "2026-01-14", "Tháng 01/2026", "15/12/2025 – 14/01/2026"],
    ["2026-01-15", "2026-02", "2026-01-15", "2026-02-14", "Tháng 02/2026", "15/01/2026 – 14/02/2026"],
    ["2024-02-29", "2024-03", "2024-02-15", "2024-03-14", "Tháng 3/2024", "15/02/2024 – 14/03/2024"],
    ["2024-02-14", "2024-02", "2024-01-15", "2024-02-14", "Tháng 02/2024", "15/01/2024 – 14/02/2024"],
  ])("monthly: %s → %s", (day, key, start, end, label, range) => {
    expect(periodContaining(day, "MONTHLY")).toEqual({ frequency: "MONTHLY", key, start, end, label, range });
  });

  it.each<[string, string, string, string, string]>([
    // day, key, start (Monday), end (Sunday), label
    ["2025-11-17", "2025-W47", "2025-11-17", "2025-11-23", "Tuần 47/2025"],
    ["2025-11-23", "2025-W47", "2025-11-17", "2025-11-23", "Tuần 47/2025"],
    ["2025-11-24", "2025-W48", "2025-11-24", "2025-11-30", "Tuần 48/2025"],
    // ISO week-year differs from the calendar year around New Year
    ["2024-12-29", "2024-W52", "2024-12-23", "2024-12-29", "Tuần 52/2024"],
    ["2024-12-30", "2025-W01", "2024-12-30", "2025-01-05", "Tuần 1/2025"],
    ["2025-01-05", "2025-W01", "2024-12-30", "2025-01-05", "Tuần 1/2025"],
    ["2021-01-03", "2020-W53", "2020-12-28", "2021-01-03", "Tuần 53/2020"],
    ["2026-12-31", "2026-W53", "2026-12-28", "2027-01-03", "Tuần 53/2026"],
    ["2027-01-01", "2026-W53", "2026-12-28", "2027-01-03", "Tuần 53/2026"],
    ["2027-01-04", "2027-W01", "2027-01-04", "2027-01-10", "Tuần 1/2027"],
  ])("weekly: %s → %s", (day, key, start, end, label) => {
    const p = periodContaining(day, "WEEKLY");
    expect([p.key, p.start, p.end, p.label]).toEqual([key, start, end, label]);
  });

  /** Reference ISO week by the ordinal-date formula, independent of the module's Thursday method. */
  function referenceIsoWeek(day: string): string {
    const date = new Date(`${day}T00:00:00Z`);
    const weekday = date.getUTCDay() || 7;
    const thursday = new Date(date.getTime() + (4 - weekday) * 86_400_000);
    const year = thursday.getUTCFullYear();
    const ordinal = (thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
    return `${year}-W${String(Math.ceil(ordinal / 7)).padStart(2, "0")}`;
  }

  it.each<Frequency>(["WEEKLY", "MONTHLY"])("%s: every day 2019–2028 lies in its period, and periods tile the calendar", (f) => {
    let previous = periodContaining("2019-01-01", f);
    for (let day = "2019-01-01"; day <= "2028-12-31"; day = addDays(day, 1)) {
      const p = periodContaining(day, f);
      expect(p.start <= day && day <= p.end).toBe(true);
      if (p.key !== previous.key) expect(p.start).toBe(addDays(previous.end, 1));
      if (f === "WEEKLY") expect(p.key).toBe(referenceIsoWeek(day));
      expect(periodFromKey(p.key, f)).toEqual(p);
      previous = p;
    }
  });
});

describe("periodFromKey", () => {
  it.each<[string, Frequency, string | null]>([
    // key, frequency, start (null: not a period)
    ["2025-11", "MONTHLY", "2025-10-15"],
    ["2026-01", "MONTHLY", "2025-12-15"],
    ["2025-12", "MONTHLY", "2025-11-15"],
    ["2025-13", "MONTHLY", null],
    ["2025-00", "MONTHLY", null],
    ["2025-1", "MONTHLY", null],
    ["25-11", "MONTHLY", null],
    ["2025-11 ", "MONTHLY", null],
    ["1899-12", "MONTHLY", null],
    ["2025-W47", "MONTHLY", null],
    ["", "MONTHLY", null],
    ["2025-W47", "WEEKLY", "2025-11-17"],
    ["2025-W01", "WEEKLY", "2024-12-30"],
    ["2020-W53", "WEEKLY", "2020-12-28"],
    ["2026-W53", "WEEKLY", "2026-12-28"],
    ["2025-W52", "WEEKLY", "2025-12-22"],
    ["2025-W53", "WEEKLY", null], // 2025 has 52 ISO weeks
    ["2025-W54", "WEEKLY", null],
    ["2025-W00", "WEEKLY", null],
    ["2025-W7", "WEEKLY", null],
    ["2025-w07", "WEEKLY", null],
    ["2025-11", "WEEKLY", null],
  ])("%s (%s) → start %s", (key, f, start) => {
    const p = periodFromKey(key, f);
    expect(p?.start ?? null).toBe(start);
    if (p) expect(p.key).toBe(key);
  });
});

describe("previousPeriod / nextPeriod", () => {
  it.each<[string, Frequency, string, string]>([
    // key, frequency, previous key, next key
    ["2026-01", "MONTHLY", "2025-12", "2026-02"],
    ["2025-12", "MONTHLY", "2025-11", "2026-01"],
    ["2024-03", "MONTHLY", "2024-02", "2024-04"],
    ["2025-W01", "WEEKLY", "2024-W52", "2025-W02"],
    ["2020-W53", "WEEKLY", "2020-W52", "2021-W01"],
    ["2026-W53", "WEEKLY", "2026-W52", "2027-W01"],
  ])("%s (%s): previous %s, next %s", (key, f, previous, next) => {
    const p = periodFromKey(key, f)!;
    expect(previousPeriod(p).key).toBe(previous);
    expect(nextPeriod(p).key).toBe(next);
  });
});

describe("lastCompletedPeriod", () => {
  it.each<[string, Frequency, string]>([
    ["2025-11-14", "MONTHLY", "2025-10"], // tháng 11 ends today: not completed yet
    ["2025-11-15", "MONTHLY", "2025-11"],
    ["2025-11-20", "MONTHLY", "2025-11"],
    ["2026-01-05", "MONTHLY", "2025-12"],
    ["2026-01-15", "MONTHLY", "2026-01"],
    ["2025-11-23", "WEEKLY", "2025-W46"], // Sunday: week 47 ends today
    ["2025-11-24", "WEEKLY", "2025-W47"],
    ["2025-01-01", "WEEKLY", "2024-W52"],
    ["2025-01-06", "WEEKLY", "2025-W01"],
  ])("%s (%s) → %s", (today, f, key) => {
    expect(lastCompletedPeriod(today, f).key).toBe(key);
  });
});

describe("periodsBetween", () => {
  it.each<[string, string, Frequency, string[]]>([
    ["2025-10-01", "2025-12-31", "MONTHLY", ["2025-10", "2025-11", "2025-12", "2026-01"]],
    ["2025-10-15", "2025-12-14", "MONTHLY", ["2025-11", "2025-12"]],
    ["2025-11-15", "2025-11-15", "MONTHLY", ["2025-12"]],
    ["2025-11-16", "2025-11-15", "MONTHLY", []],
    ["2024-12-25", "2025-01-06", "WEEKLY", ["2024-W52", "2025-W01", "2025-W02"]],
    ["2025-11-17", "2025-11-23", "WEEKLY", ["2025-W47"]],
  ])("%s … %s (%s)", (from, to, f, keys) => {
    expect(periodsBetween(from, to, f).map((p) => p.key)).toEqual(keys);
  });

  it(`stops at ${MAX_PERIODS} periods`, () => {
    const periods = periodsBetween("1900-01-01", "2999-12-31", "MONTHLY");
    expect(MAX_PERIODS).toBe(600);
    expect(periods).toHaveLength(600);
    expect([periods[0]?.key, periods[599]?.key]).toEqual(["1900-01", "1949-12"]);
  });
});

describe("parsePeriodText", () => {
  it.each<[string, string]>([
    ["11/2025", "2025-11"],
    ["T11/2025", "2025-11"],
    ["t11/2025", "2025-11"],
    ["T.11/2025", "2025-11"],
    ["Th 11/2025", "2025-11"],
    ["Tháng 11/2025", "2025-11"],
    ["tháng 11 năm 2025", "2025-11"],
    ["THÁNG 11 NĂM 2025", "2025-11"],
    ["Thang 11 nam 2025", "2025-11"],
    ["  Tháng   11 / 2025  ", "2025-11"],
    ["Tháng\u00a011/2025", "2025-11"], // non-breaking space from a spreadsheet
    ["Tháng 11/2025".normalize("NFD"), "2025-11"], // decomposed diacritics
    ["Tháng 01/2026", "2026-01"],
    ["1/2026", "2026-01"],
    ["2025-11", "2025-11"],
    ["2025/11", "2025-11"],
    ["11-2025", "2025-11"],
    ["11.2025", "2025-11"],
    ["14/11/2025", "2025-11"], // a day: the period containing it
    ["15/11/2025", "2025-12"],
    ["20/11/2025", "2025-12"],
    ["5/1/2026", "2026-01"],
    ["2025-11-20", "2025-12"],
    ["29/02/2024", "2024-03"],
  ])("monthly %j → %s", (text, key) => {
    expect(parsePeriodText(text, "MONTHLY")?.key).toBe(key);
  });

  it.each<[string, string]>([
    ["2025-W47", "2025-W47"],
    ["2025-w47", "2025-W47"],
    ["2025W47", "2025-W47"],
    ["2025 - W 47", "2025-W47"],
    ["W47/2025", "2025-W47"],
    ["w47-2025", "2025-W47"],
    ["Tuần 47/2025", "2025-W47"],
    ["tuần 47 năm 2025", "2025-W47"],
    ["TUẦN 47 NĂM 2025", "2025-W47"],
    ["Tuan 47/2025", "2025-W47"],
    ["Tuần 1/2025", "2025-W01"],
    ["Tuần 53/2026", "2026-W53"],
    ["17/11/2025", "2025-W47"],
    ["23/11/2025", "2025-W47"],
    ["2025-11-24", "2025-W48"],
    ["30/12/2024", "2025-W01"],
    ["01/01/2027", "2026-W53"],
  ])("weekly %j → %s", (text, key) => {
    expect(parsePeriodText(text, "WEEKLY")?.key).toBe(key);
  });

  it.each<[string, Frequency]>([
    ["", "MONTHLY"],
    ["   ", "MONTHLY"],
    ["abc", "MONTHLY"],
    ["13/2025", "MONTHLY"],
    ["0/2025", "MONTHLY"],
    ["Tháng 13/2025", "MONTHLY"],
    ["2025-13", "MONTHLY"],
    ["11/25", "MONTHLY"],
    ["11/2025x", "MONTHLY"],
    ["29/02/2025", "MONTHLY"], // not a leap year
    ["32/01/2025", "MONTHLY"],
    ["2025-W47", "MONTHLY"],
    ["Tuần 47/2025", "MONTHLY"],
    ["11/0025", "MONTHLY"],
    ["", "WEEKLY"],
    ["abc", "WEEKLY"],
    ["2025-W54", "WEEKLY"],
    ["2025-W53", "WEEKLY"],
    ["W0/2025", "WEEKLY"],
    ["Tuần 54/2025", "WEEKLY"],
    ["11/2025", "WEEKLY"],
    ["Tháng 11/2025", "WEEKLY"],
    ["31/02/2025", "WEEKLY"],
  ])("%j (%s) → null", (text, f) => {
    expect(parsePeriodText(text, f)).toBeNull();
  });
});

it("FREQUENCY_LABEL", () => {
  expect(FREQUENCY_LABEL).toEqual({ WEEKLY: "Hằng tuần", MONTHLY: "Hằng tháng" });
});
