import { describe, expect, it } from "vitest";
import {
  BEHIND_TOLERANCE,
  COMPARISON_SYMBOL,
  directionOf,
  expectedValueOn,
  indicatorStatus,
  meetsTarget,
  STATUS_META,
  type Comparison,
  type IndicatorStatus,
  type StatusInput,
} from "@/lib/indicators/status";

const at = (value: number, periodEnd: string) => ({ value, periodEnd });

/**
 * "≥ 80% by 31/12/2025" from 20% on 14/01/2025, monthly. On 14/11/2025 (end of tháng 11) the line
 * expects 20 + 60·304/351 ≈ 71.97; the whole way is 60 points, so 10% of it is 6 points.
 */
const percent = (extra: Partial<StatusInput>): StatusInput => ({
  comparison: "GTE",
  milestones: [{ target: 80, dueDate: "2025-12-31" }],
  baseline: { value: 20, date: "2025-01-14" },
  startDate: "2025-01-01",
  frequency: "MONTHLY",
  latest: null,
  today: "2025-11-20",
  unit: "%",
  ...extra,
});

/** "≤ 5% hồ sơ trễ hạn" from 20%: on 14/11/2025 the line expects 20 − 15·304/351 ≈ 7.01 (whole way 15). */
const late = (extra: Partial<StatusInput>): StatusInput =>
  percent({ comparison: "LTE", milestones: [{ target: 5, dueDate: "2025-12-31" }], ...extra });

/** "= 12 CSDL", no baseline: 0 on 14/01/2025, so on 14/11/2025 the line expects 12·304/351 ≈ 10.39. */
const databases = (extra: Partial<StatusInput>): StatusInput =>
  percent({
    comparison: "EQ",
    milestones: [{ target: 12, dueDate: "2025-12-31" }],
    baseline: null,
    startDate: "2025-01-14",
    unit: "CSDL",
    ...extra,
  });

/**
 * 30% by 31/12/2025 then 100% by 31/12/2026 (given out of order), no baseline, from 01/01/2025. On
 * 14/06/2026 the line expects 30 + 70·165/365 ≈ 61.64; the whole way is 100 points.
 */
const archive = (extra: Partial<StatusInput>): StatusInput =>
  percent({
    milestones: [
      { target: 100, dueDate: "2026-12-31" },
      { target: 30, dueDate: "2025-12-31" },
    ],
    baseline: null,
    startDate: "2025-01-01",
    ...extra,
  });

/** 0 → 100 over exactly 100 days (01/01/2025 → 11/04/2025), weekly: on 20/02/2025 (day 50) the line is at 50. */
const straight = (extra: Partial<StatusInput>): StatusInput =>
  percent({
    milestones: [{ target: 100, dueDate: "2025-04-11" }],
    baseline: { value: 0, date: "2025-01-01" },
    frequency: "WEEKLY",
    today: "2025-02-20",
    ...extra,
  });

type Row = [string, StatusInput, IndicatorStatus, number | null];

describe("indicatorStatus", () => {
  it.each<Row>([
    // name, input, status, expected value (null: none)
    ["≥: no value at all", percent({}), "NO_DATA", null],
    ["≥: last value two periods old (tháng 10 when tháng 11 is due)", percent({ latest: at(70, "2025-10-14") }), "STALE", null],
    ["≥: last completed period's value is enough", percent({ latest: at(70, "2025-10-14"), today: "2025-11-14" }), "ON_TRACK", 66.67],
    ["≥: a value dated inside the last completed period counts", percent({ latest: at(70, "2025-10-20") }), "ON_TRACK", 67.69],
    ["≥: met", percent({ latest: at(81.2, "2025-11-14") }), "MET", 71.97],
    ["≥: exactly the target is met", percent({ latest: at(80, "2025-11-14") }), "MET", 71.97],
    ["≥: above the line", percent({ latest: at(73, "2025-11-14") }), "ON_TRACK", 71.97],
    ["≥: a little below the line", percent({ latest: at(68, "2025-11-14") }), "BEHIND", 71.97],
    ["≥: far below the line", percent({ latest: at(60, "2025-11-14") }), "AT_RISK", 71.97],
    ["≥: current period's value is read on today", percent({ latest: at(72.5, "2025-12-14") }), "BEHIND", 72.99],
    ["≥: due date passed, not met", percent({ latest: at(75, "2026-01-14"), today: "2026-01-20" }), "MISSED", 80],
    ["≥: met after the due date", percent({ latest: at(80, "2026-01-14"), today: "2026-01-20" }), "MET", 80],
    [
      "≥: due in the current period, within tolerance of the target",
      percent({ latest: at(74, "2025-12-14"), today: "2025-12-20" }),
      "BEHIND",
      77.09,
    ],
    ["≥: due in the current period, short of the target", percent({ latest: at(73, "2025-12-14"), today: "2025-12-20" }), "AT_RISK", 77.09],
    ["≥: same value a period earlier is only behind", percent({ latest: at(73, "2025-12-14"), today: "2025-12-14" }), "BEHIND", 77.09],
    [
      "> 90: exactly 90 is not met",
      percent({ comparison: "GT", milestones: [{ target: 90, dueDate: "2025-11-30" }], latest: at(90, "2025-11-14") }),
      "ON_TRACK",
      86.5,
    ],
    [
      "> 90: 90.5 is met",
      percent({ comparison: "GT", milestones: [{ target: 90, dueDate: "2025-11-30" }], latest: at(90.5, "2025-11-14") }),
      "MET",
      86.5,
    ],

    ["≤: met", late({ latest: at(4.5, "2025-11-14") }), "MET", 7.01],
    ["≤: exactly the target is met", late({ latest: at(5, "2025-11-14") }), "MET", 7.01],
    ["≤: below the line", late({ latest: at(6.5, "2025-11-14") }), "ON_TRACK", 7.01],
    ["≤: a little above the line", late({ latest: at(8, "2025-11-14") }), "BEHIND", 7.01],
    ["≤: far above the line", late({ latest: at(12, "2025-11-14") }), "AT_RISK", 7.01],
    ["≤: due date passed, not met", late({ latest: at(6, "2026-01-14"), today: "2026-01-20" }), "MISSED", 5],
    ["≤: no value", late({ latest: null }), "NO_DATA", null],
    ["≤ without baseline: no line, on track", late({ baseline: null, latest: at(9, "2025-11-14") }), "ON_TRACK", null],
    ["≤ without baseline: missed once due", late({ baseline: null, latest: at(9, "2026-01-14"), today: "2026-01-20" }), "MISSED", null],
    ["< 5: exactly 5 is not met", late({ comparison: "LT", latest: at(5, "2026-01-14"), today: "2026-01-20" }), "MISSED", 5],

    ["= 12 CSDL: 13 is met (reach)", databases({ latest: at(13, "2025-11-14") }), "MET", 10.39],
    ["= 12 CSDL: 12 is met", databases({ latest: at(12, "2025-11-14") }), "MET", 10.39],
    ["= 12 CSDL: 11 is ahead of the line", databases({ latest: at(11, "2025-11-14") }), "ON_TRACK", 10.39],
    ["= 12 CSDL: 10 is behind", databases({ latest: at(10, "2025-11-14") }), "BEHIND", 10.39],
    ["= 12 CSDL: 8 is at risk", databases({ latest: at(8, "2025-11-14") }), "AT_RISK", 10.39],
    ["= 12 CSDL: 11 after the due date", databases({ latest: at(11, "2026-01-14"), today: "2026-01-20" }), "MISSED", 12],
    [
      "= 100%: 100 is met",
      databases({ milestones: [{ target: 100, dueDate: "2025-12-31" }], unit: "%", latest: at(100, "2025-11-14") }),
      "MET",
      86.61,
    ],
    [
      "= 0 sự cố, no baseline: 0 is met",
      databases({ milestones: [{ target: 0, dueDate: "2025-12-31" }], unit: "sự cố", latest: at(0, "2025-11-14") }),
      "MET",
      null,
    ],
    [
      "= 0 sự cố, no baseline: 2 has no line",
      databases({ milestones: [{ target: 0, dueDate: "2025-12-31" }], unit: "sự cố", latest: at(2, "2025-11-14") }),
      "ON_TRACK",
      null,
    ],

    ["two milestones, 2025: first one met", archive({ latest: at(31, "2025-11-14") }), "MET", 26.13],
    ["two milestones, 2026: 30% no longer enough", archive({ latest: at(40, "2026-06-14"), today: "2026-06-20" }), "AT_RISK", 61.64],
    ["two milestones, 2026: slightly behind", archive({ latest: at(55, "2026-06-14"), today: "2026-06-20" }), "BEHIND", 61.64],
    ["two milestones, 2026: ahead", archive({ latest: at(65, "2026-06-14"), today: "2026-06-20" }), "ON_TRACK", 61.64],
    ["two milestones, 2026: final met", archive({ latest: at(100, "2026-06-14"), today: "2026-06-20" }), "MET", 61.64],
    ["two milestones, 2027: final missed", archive({ latest: at(95, "2027-01-14"), today: "2027-01-20" }), "MISSED", 100],

    ["on the line: gap 0", straight({ latest: at(50, "2025-02-23") }), "ON_TRACK", 50],
    ["just under the line", straight({ latest: at(49.99, "2025-02-23") }), "BEHIND", 50],
    ["gap exactly 0.10", straight({ latest: at(40, "2025-02-23") }), "BEHIND", 50],
    ["gap slightly above 0.10", straight({ latest: at(39.99, "2025-02-23") }), "AT_RISK", 50],
    ["weekly: last week's value still counts", straight({ latest: at(47, "2025-02-16") }), "ON_TRACK", 46],
    ["weekly: value two weeks old", straight({ latest: at(45, "2025-02-09") }), "STALE", null],
  ])("%s", (_name, input, status, expected) => {
    const result = indicatorStatus(input);
    expect(result.status).toBe(status);
    if (expected === null) expect(result.expected).toBeNull();
    else expect(result.expected).toBeCloseTo(expected, 2);
  });

  it.each<[string, StatusInput, string]>([
    ["NO_DATA, nothing", percent({}), "Chưa có số liệu nào; thiếu số liệu tháng 11/2025 (15/10/2025 – 14/11/2025)."],
    [
      "STALE",
      percent({ latest: at(70, "2025-10-14") }),
      "Số liệu mới nhất đến 14/10/2025; thiếu số liệu tháng 11/2025 (15/10/2025 – 14/11/2025).",
    ],
    [
      "STALE, weekly",
      straight({ latest: at(45, "2025-02-09") }),
      "Số liệu mới nhất đến 09/02/2025; thiếu số liệu tuần 7/2025 (10/02/2025 – 16/02/2025).",
    ],
    ["MET", percent({ latest: at(81.2, "2025-11-14") }), "Đạt 81,2% so với chỉ tiêu ≥ 80% (hạn 31/12/2025)."],
    [
      "MET late",
      percent({ latest: at(80, "2026-01-14"), today: "2026-01-20" }),
      "Đạt 80% so với chỉ tiêu ≥ 80% (hạn 31/12/2025); đạt sau hạn (số liệu 80% tại 14/01/2026).",
    ],
    [
      "MET on time, looked at after the due date",
      percent({ latest: at(80.5, "2025-12-14"), today: "2026-01-02" }),
      "Đạt 80,5% so với chỉ tiêu ≥ 80% (hạn 31/12/2025).",
    ],
    ["MET count", databases({ latest: at(13, "2025-11-14") }), "Đạt 13 CSDL so với chỉ tiêu = 12 CSDL (hạn 31/12/2025)."],
    [
      "MISSED",
      percent({ latest: at(75, "2026-01-14"), today: "2026-01-20" }),
      "Không đạt: số liệu 75% tại 14/01/2026 so với chỉ tiêu ≥ 80% (hạn 31/12/2025).",
    ],
    [
      "ON_TRACK",
      percent({ latest: at(73, "2025-11-14") }),
      "Đúng lộ trình: số liệu 73% tại 14/11/2025 không thấp hơn mức cần đạt theo lộ trình (71,97%); chỉ tiêu ≥ 80% (hạn 31/12/2025).",
    ],
    [
      "BEHIND",
      percent({ latest: at(68, "2025-11-14") }),
      "Chậm so với lộ trình: số liệu 68% tại 14/11/2025 thấp hơn mức cần đạt theo lộ trình (71,97%); chỉ tiêu ≥ 80% (hạn 31/12/2025).",
    ],
    [
      "BEHIND, down",
      late({ latest: at(8, "2025-11-14") }),
      "Chậm so với lộ trình: số liệu 8% tại 14/11/2025 cao hơn mức cần đạt theo lộ trình (7,01%); chỉ tiêu ≤ 5% (hạn 31/12/2025).",
    ],
    [
      "AT_RISK",
      percent({ latest: at(60, "2025-11-14") }),
      "Chậm nhiều so với lộ trình: số liệu 60% tại 14/11/2025 thấp hơn nhiều so với mức cần đạt theo lộ trình (71,97%); chỉ tiêu ≥ 80% (hạn 31/12/2025).",
    ],
    [
      "AT_RISK, last period",
      percent({ latest: at(73, "2025-12-14"), today: "2025-12-20" }),
      "Không còn kỳ báo cáo nào trước hạn mà số liệu 73% tại 14/12/2025 còn cách xa chỉ tiêu ≥ 80% (hạn 31/12/2025).",
    ],
    [
      "down without baseline",
      late({ baseline: null, latest: at(9, "2025-11-14") }),
      "Chưa có giá trị ban đầu nên chưa có lộ trình; số liệu 9% tại 14/11/2025, chỉ tiêu ≤ 5% (hạn 31/12/2025).",
    ],
    [
      "thousands and decimals in vi-VN",
      percent({ unit: "hồ sơ", milestones: [{ target: 1500, dueDate: "2025-12-31" }], latest: at(1234.567, "2025-11-14") }),
      expect.stringContaining("1.234,57 hồ sơ"),
    ],
  ])("reason: %s", (_name, input, reason) => {
    expect(indicatorStatus(input).reason).toEqual(reason);
  });

  it.each<[string, StatusInput, { target: number; dueDate: string }]>([
    ["before the first due date: the first milestone", archive({ latest: at(31, "2025-11-14") }), { target: 30, dueDate: "2025-12-31" }],
    [
      "on the first due date: still the first",
      archive({ latest: at(31, "2025-12-14"), today: "2025-12-31" }),
      { target: 30, dueDate: "2025-12-31" },
    ],
    ["after it: the second", archive({ latest: at(31, "2026-01-14"), today: "2026-01-01" }), { target: 100, dueDate: "2026-12-31" }],
    ["after all: the last", archive({ latest: at(95, "2027-01-14"), today: "2027-01-20" }), { target: 100, dueDate: "2026-12-31" }],
  ])("current milestone %s", (_name, input, milestone) => {
    expect(indicatorStatus(input).milestone).toEqual(milestone);
  });

  it("refuses an indicator without milestones", () => {
    expect(() => indicatorStatus(percent({ milestones: [] }))).toThrow("Chỉ tiêu chưa có mốc thời hạn nào.");
  });
});

describe("expectedValueOn", () => {
  const twoSteps = { milestones: archive({}).milestones, baseline: null, startDate: "2025-01-01" };
  it.each<[string, Pick<StatusInput, "milestones" | "baseline" | "startDate">, string, number]>([
    ["before the start: baseline value", twoSteps, "2024-06-01", 0],
    ["on the start", twoSteps, "2025-01-01", 0],
    ["half-way to the first milestone (182 of 364 days)", twoSteps, "2025-07-02", 15],
    ["on the first due date", twoSteps, "2025-12-31", 30],
    ["half-way through 2026 (182 of 365 days)", twoSteps, "2026-07-01", 30 + (70 * 182) / 365],
    ["on the last due date", twoSteps, "2026-12-31", 100],
    ["after the last due date: last target", twoSteps, "2027-05-01", 100],
    ["baseline given", { ...twoSteps, baseline: { value: 10, date: "2025-07-02" } }, "2025-09-30", 10 + (20 * 90) / 182],
    [
      "a milestone due before the baseline is skipped",
      { ...twoSteps, baseline: { value: 50, date: "2026-01-10" } },
      "2026-07-01",
      50 + (50 * 172) / 355,
    ],
    [
      "downwards",
      { milestones: [{ target: 5, dueDate: "2025-12-31" }], baseline: { value: 20, date: "2025-01-14" }, startDate: "2025-01-01" },
      "2025-11-14",
      20 - (15 * 304) / 351,
    ],
  ])("%s", (_name, input, day, value) => {
    expect(expectedValueOn(input, day)).toBeCloseTo(value, 9);
  });
});

describe("meetsTarget", () => {
  it.each<[Comparison, number, number, "up" | "down", boolean]>([
    ["GTE", 80, 80, "up", true],
    ["GTE", 79.99, 80, "up", false],
    ["GTE", 0.57 * 100, 57, "up", true], // 56.99999999999999 in binary
    ["GT", 80, 80, "up", false],
    ["GT", 80.01, 80, "up", true],
    ["EQ", 13, 12, "up", true],
    ["EQ", 12, 12, "up", true],
    ["EQ", 11, 12, "up", false],
    ["EQ", 100, 100, "up", true],
    ["EQ", 0.29 * 100, 29, "up", true], // 28.999999999999996 in binary
    ["EQ", 3, 5, "down", true],
    ["EQ", 6, 5, "down", false],
    ["LTE", 5, 5, "down", true],
    ["LTE", (0.1 + 0.2) * 100, 30, "down", true], // 30.000000000000004 in binary
    ["LTE", 5.01, 5, "down", false],
    ["LT", 5, 5, "down", false],
    ["LT", 4.9, 5, "down", true],
  ])("%s: %d against %d (%s) → %s", (comparison, value, target, direction, met) => {
    expect(meetsTarget(comparison, value, target, direction)).toBe(met);
  });
});

describe("directionOf", () => {
  it.each<[Comparison, number, number, "up" | "down"]>([
    ["GTE", 90, 80, "up"],
    ["GT", 0, 90, "up"],
    ["LTE", 20, 5, "down"],
    ["LT", 0, 5, "down"],
    ["EQ", 0, 12, "up"],
    ["EQ", 12, 12, "up"],
    ["EQ", 10, 0, "down"],
  ])("%s from %d to %d → %s", (comparison, baseline, target, direction) => {
    expect(directionOf(comparison, baseline, target)).toBe(direction);
  });
});

it("labels, tones, symbols and tolerance", () => {
  expect(BEHIND_TOLERANCE).toBe(0.1);
  expect(COMPARISON_SYMBOL).toEqual({ GTE: "≥", GT: ">", EQ: "=", LTE: "≤", LT: "<" });
  expect(STATUS_META).toEqual({
    MET: { label: "Đạt", tone: "green" },
    ON_TRACK: { label: "Đúng tiến độ", tone: "blue" },
    BEHIND: { label: "Chậm", tone: "amber" },
    AT_RISK: { label: "Có nguy cơ không đạt", tone: "red" },
    MISSED: { label: "Không đạt", tone: "orange" },
    STALE: { label: "Số liệu cũ", tone: "purple" },
    NO_DATA: { label: "Chưa có số liệu", tone: "gray" },
  });
});

describe("a value too old to judge (issue 16 item 12)", () => {
  it("is 'Số liệu cũ' with its period and its own tone, never 'Chưa có số liệu' beside a value", () => {
    const monthly = indicatorStatus(percent({ latest: at(70, "2025-10-14") }));
    expect(monthly).toMatchObject({ status: "STALE", label: "Số liệu cũ: tháng 10/2025" });
    const weekly = indicatorStatus(straight({ latest: at(45, "2025-02-09") }));
    expect(weekly).toMatchObject({ status: "STALE", label: "Số liệu cũ: tuần 6/2025" });
    expect(STATUS_META.STALE.tone).not.toBe(STATUS_META.NO_DATA.tone);
    // Only a KPI without any value says it has no data.
    expect(indicatorStatus(percent({}))).toMatchObject({ status: "NO_DATA", label: "Chưa có số liệu" });
    expect(indicatorStatus(percent({ latest: at(72, "2025-11-14") }))).toMatchObject({ label: "Đúng tiến độ" });
  });
});
