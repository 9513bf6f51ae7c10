// Where the one-stop centre's daily operations show: the commune dashboard's card (today's check, the
// 30-day strip, open incidents most pressing first, the month's median times), the urgent incidents at
// the top of "Cần xử lý", the province table's column (its own communes' incidents only) and the
// periodic report (the NĐ 09 period's figures in the draft's text and the XLSX; nothing for a commune
// without checks or incidents). Rows are made directly (checks) or through openIncident, with the
// instants set so that the working times are known by hand.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCalendar } from "@/lib/calendar/working-days";
import { workingMinutesBetween } from "@/lib/calendar/working-time";
import { urgentIncidents } from "@/lib/dashboard/action-lists";
import { operationsCard } from "@/lib/dashboard/operations";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { PROVINCE_COLUMNS, provinceSummaryRow } from "@/lib/dashboard/province-columns";
import { provinceTableWorkbook } from "@/lib/dashboard/province-export";
import { provinceRows } from "@/lib/dashboard/province-table";
import { dateFromKey } from "@/lib/dates";
import type { Db } from "@/lib/db";
import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import { median } from "@/lib/incidents/times";
import { openIncident } from "@/lib/incidents/open";
import { localInstant } from "@/lib/jobs/clock";
import { compileReport } from "@/lib/reports/compile";
import { draftHeading, draftSections } from "@/lib/reports/draft-text";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { renderReportXlsx } from "@/lib/reports/xlsx";
import { communeByName, freshDemo, testDb } from "./db";

let db: Db;
type Commune = { id: string; name: string; provinceId: string };
let haiAn: Commune;
let thachKhoi: Commune;
let haLong: Commune;
let staff: string;
const code: Record<string, string> = {};

const at = (day: string, time: string) => localInstant(day, time);

async function commune(name: string): Promise<Commune> {
  const c = await communeByName(db, name);
  return { id: c.id, name: c.name, provinceId: c.provinceId! };
}

async function addCheck(c: Commune, day: string, faultCount: number, time = "07:40") {
  const checkedAt = at(day, time);
  await db.dailyCheck.create({
    data: {
      communeId: c.id,
      day: dateFromKey(day),
      checkedById: staff,
      checkedAt,
      faultCount,
      revisions: { create: { communeId: c.id, number: 1, submittedById: staff, submittedAt: checkedAt, faultCount } },
    },
  });
}

/** An incident opened through openIncident at `reported`, then stamped as it went on. */
async function addIncident(
  c: Commune,
  key: string,
  severity: IncidentSeverity,
  reported: Date,
  later: { status?: IncidentStatus; acknowledgedAt?: Date; resolvedAt?: Date } = {},
) {
  const opened = await db.$transaction((tx) =>
    openIncident(
      tx,
      { communeId: c.id, provinceId: c.provinceId, centreUnitId: null, communeName: c.name },
      staff,
      { title: `Sự cố ${key}`, severity, startedAt: reported },
      reported,
    ),
  );
  if (later.status) await db.incident.update({ where: { id: opened.id }, data: later });
  code[key] = opened.code;
}

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = await commune("Phường Hải An");
  thachKhoi = await commune("Phường Thạch Khôi");
  haLong = await commune("Xã Hà Long");
  staff = (await db.user.findUniqueOrThrow({ where: { username: "tthcc.haian" } })).id;
  // Whatever the demo seeds for the centre, these tests count their own rows only.
  await db.dailyCheck.deleteMany({});
  await db.incident.deleteMany({});
  // An official day off inside the report's period (a Thursday).
  await db.holiday.upsert({
    where: { date: dateFromKey("2026-11-05") },
    create: { date: dateFromKey("2026-11-05"), name: "Ngày nghỉ thử" },
    update: {},
  });

  // Hải An's checks: two in the NĐ 09 period 15/10–14/11, one just before it, two in the strip's last days.
  await addCheck(haiAn, "2026-10-14", 1);
  await addCheck(haiAn, "2026-11-02", 0);
  await addCheck(haiAn, "2026-11-03", 3);
  await addCheck(haiAn, "2026-11-18", 2, "07:42");
  await addCheck(haiAn, "2026-11-19", 0);
  // Its incidents. In the report's period: I (October, urgent), C, E, F. After it (November only): A, B, D, G, H.
  await addIncident(haiAn, "I", "URGENT", at("2026-10-30", "09:00"), {
    status: "CLOSED",
    acknowledgedAt: at("2026-10-30", "10:00"),
    resolvedAt: at("2026-10-30", "11:00"),
  });
  await addIncident(haiAn, "C", "LOW", at("2026-11-10", "08:00"));
  await addIncident(haiAn, "E", "NORMAL", at("2026-11-12", "10:00"), {
    status: "RESOLVED",
    acknowledgedAt: at("2026-11-12", "10:15"),
    resolvedAt: at("2026-11-12", "14:00"),
  });
  // Friday 16:30 → Monday 07:45: 60 + 15 working minutes to acknowledge, 60 + 120 to resolve.
  await addIncident(haiAn, "F", "NORMAL", at("2026-11-13", "16:30"), {
    status: "CLOSED",
    acknowledgedAt: at("2026-11-16", "07:45"),
    resolvedAt: at("2026-11-16", "09:30"),
  });
  await addIncident(haiAn, "A", "NORMAL", at("2026-11-16", "10:00"), { status: "ACKNOWLEDGED", acknowledgedAt: at("2026-11-16", "10:30") });
  await addIncident(haiAn, "D", "URGENT", at("2026-11-18", "09:00"), { status: "ESCALATED", acknowledgedAt: at("2026-11-18", "09:05") });
  await addIncident(haiAn, "B", "URGENT", at("2026-11-19", "14:00"));
  await addIncident(haiAn, "G", "NORMAL", at("2026-11-20", "08:30"));
  await addIncident(haiAn, "H", "NORMAL", at("2026-11-20", "08:45"));
  // Thạch Khôi (same province): today's check done, one open incident. Hà Long (another province): three open.
  await addCheck(thachKhoi, "2026-11-20", 1, "07:35");
  await addIncident(thachKhoi, "T1", "NORMAL", at("2026-11-19", "09:00"));
  for (const k of ["L1", "L2", "L3"]) await addIncident(haLong, k, "URGENT", at("2026-11-17", "09:00"));
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
});

const friday = (time: string) => at("2026-11-20", time);

describe("the dashboard's card", () => {
  it("tells today's check: not due before 08:00, late after, done by whom at what time; a day off as such", async () => {
    expect((await operationsCard(db, haiAn.id, friday("07:30"))).today.state).toBe("due");
    const late = await operationsCard(db, haiAn.id, friday("09:00"));
    expect(late.today).toMatchObject({ day: "2026-11-20", state: "late", check: null });
    const done = await operationsCard(db, thachKhoi.id, friday("09:00"));
    expect(done.today.state).toBe("faults");
    expect(done.today.check).toMatchObject({ faultCount: 1, checkedAt: friday("07:35") });
    expect(done.today.check?.checkedBy).toBe((await db.user.findUniqueOrThrow({ where: { id: staff } })).fullName);
    expect((await operationsCard(db, haiAn.id, at("2026-11-21", "09:00"))).today.state).toBe("off");
  });

  it("lays out the last 30 days and their figures", async () => {
    const card = await operationsCard(db, haiAn.id, friday("09:00"));
    expect(card.cells).toHaveLength(30);
    expect(card.cells[0]?.day).toBe("2026-10-22");
    const state = Object.fromEntries(card.cells.map((c) => [c.day, c.state]));
    expect(state).toMatchObject({
      "2026-11-02": "ok",
      "2026-11-03": "faults",
      "2026-11-04": "missed",
      "2026-11-05": "off",
      "2026-11-07": "off",
      "2026-11-18": "faults",
      "2026-11-19": "ok",
      "2026-11-20": "late",
    });
    // 22/10–20/11: 22 weekdays, less the day off: 21 working days; 4 checked; today late, not missed yet.
    expect(card.figures).toEqual({ workingDays: 21, checked: 4, withFaults: 2, missed: 16, faultsFound: 5 });
  });

  it("lists open incidents urgent first then the oldest, five of them, with the counts of all and their working age", async () => {
    const now = friday("09:00");
    const card = await operationsCard(db, haiAn.id, now);
    expect(card.open.total).toBe(6); // C, A, D (escalated), B, G, H: I, E, F are done
    expect(card.open.urgent).toBe(2);
    expect(card.open.rows.map((r) => r.code)).toEqual([code.D, code.B, code.C, code.A, code.G]);
    // D: Wednesday 09:00 → Friday 09:00 = 390 + 480 + 90 working minutes.
    expect(card.open.rows[0]?.ageMinutes).toBe(960);
    expect(card.open.rows[0]?.title).toBe("Sự cố D");
  });

  it("gives this month's figures with the medians in working minutes", async () => {
    const now = friday("09:00");
    const card = await operationsCard(db, haiAn.id, now);
    const calendar = await loadCalendar(db);
    const wm = (a: Date, b: Date) => workingMinutesBetween(a, b, calendar);
    expect(card.month.range).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    // Reported in November: C, E, F, A, D, B, G, H (not I, in October).
    expect(card.month.figures.reported).toBe(8);
    expect(card.month.figures.resolved).toBe(2);
    const acknowledge = [
      wm(at("2026-11-12", "10:00"), at("2026-11-12", "10:15")),
      wm(at("2026-11-13", "16:30"), at("2026-11-16", "07:45")),
      wm(at("2026-11-16", "10:00"), at("2026-11-16", "10:30")),
      wm(at("2026-11-18", "09:00"), at("2026-11-18", "09:05")),
    ];
    expect(acknowledge).toEqual([15, 75, 30, 5]);
    expect(card.month.figures.medianAcknowledgeMinutes).toBe(median(acknowledge));
    expect(card.month.figures.medianAcknowledgeMinutes).toBe(23);
    // E: 90 + 30; F: 60 + 120.
    expect(card.month.figures.medianResolveMinutes).toBe(150);
  });
});

describe("Cần xử lý", () => {
  it("puts the open urgent incidents first, the oldest first, from the card's rows", async () => {
    const card = await operationsCard(db, haiAn.id, friday("09:00"));
    const urgent = urgentIncidents(card.open);
    expect(urgent.total).toBe(2);
    expect(urgent.rows.map((r) => [r.code, r.title])).toEqual([
      [code.D, "Sự cố D"],
      [code.B, "Sự cố B"],
    ]);
    expect(urgentIncidents((await operationsCard(db, thachKhoi.id, friday("09:00"))).open)).toEqual({ total: 0, rows: [] });
  });
});

describe("the province table", () => {
  it("counts each listed commune's open incidents and today's check, never another province's", async () => {
    const now = friday("09:00");
    const hp = await getProvinceOverview(haiAn.provinceId, now);
    const row = (rows: typeof hp, id: string) => rows.find((r) => r.id === id)?.operations;
    expect(row(hp, haiAn.id)).toEqual({ openIncidents: 6, urgentIncidents: 2, checkedToday: false });
    expect(row(hp, thachKhoi.id)).toEqual({ openIncidents: 1, urgentIncidents: 0, checkedToday: true });
    expect(hp.find((r) => r.id === haLong.id)).toBeUndefined();
    expect(hp.reduce((n, r) => n + r.operations.openIncidents, 0)).toBe(7);
    const th = await getProvinceOverview(haLong.provinceId, now);
    expect(row(th, haLong.id)).toEqual({ openIncidents: 3, urgentIncidents: 3, checkedToday: false });
    // A Saturday: no check is owed.
    expect(row(await getProvinceOverview(haiAn.provinceId, at("2026-11-21", "09:00")), haiAn.id)?.checkedToday).toBeNull();
  });

  it("sorts by open incidents and writes them into the XLSX", async () => {
    const now = friday("09:00");
    const communes = await getProvinceOverview(haiAn.provinceId, now);
    const query = { q: "", sort: "su-co" as const, dir: "desc" as const, provinceId: haiAn.provinceId };
    expect(provinceRows(communes, query)[0]?.id).toBe(haiAn.id);
    expect(provinceRows(communes, query)[1]?.id).toBe(thachKhoi.id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await provinceTableWorkbook({ communes, query, provinceName: "Hải Phòng", computedAt: now }).xlsx.writeBuffer());
    const sheet = wb.worksheets[0]!;
    const headers = PROVINCE_COLUMNS.map((c) => c.header);
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(headers).toEqual(expect.arrayContaining(["Sự cố đang mở", "Sự cố khẩn cấp đang mở", "Kiểm tra đầu giờ hôm nay"]));
    const first = provinceSummaryRow(provinceRows(communes, query)[0]!);
    expect(first.operations.openIncidents).toBe(6);
    const dataRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === haiAn.name)!;
    expect(dataRow.getCell(col("Sự cố đang mở")).value).toBe(6);
    expect(dataRow.getCell(col("Sự cố khẩn cấp đang mở")).value).toBe(2);
    expect(dataRow.getCell(col("Kiểm tra đầu giờ hôm nay")).value).toBe("Chưa");
  });
});

describe("the periodic report", () => {
  const period = reportPeriodContaining("2026-11-10", "MONTH");
  const compiled = async (c: Commune) => {
    const plan = await db.plan.findFirstOrThrow({ where: { communeId: c.id }, select: { id: true } });
    return db.$transaction((tx) => compileReport(tx, c.id, plan.id, period, at("2026-12-01", "09:00")), { timeout: 60_000 });
  };
  const sheetOf = async (facts: Awaited<ReturnType<typeof compiled>>) => {
    const wb = new ExcelJS.Workbook();
    const doc = { data: facts.data, sections: draftSections(facts), heading: draftHeading(facts.data, "Tỉnh", "Chủ tịch"), draft: true };
    await wb.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
    return wb.getWorksheet("Vận hành TTPVHCC");
  };

  it("says the NĐ 09 period's checks and incidents, not the calendar month's, in the text and the XLSX", async () => {
    expect(period).toMatchObject({ start: "2026-10-15", end: "2026-11-14" });
    const facts = await compiled(haiAn);
    // 15/10–14/11: 22 weekdays less 05/11: 21 working days; checks on 02/11 and 03/11 (not 14/10, not 18/11).
    // Incidents I, C, E, F; acknowledged I 60, E 15, F 75 → 60; resolved I 120, E 120, F 180 → 120.
    expect(facts.data.operations).toEqual({
      checks: { workingDays: 21, checked: 2, withFaults: 1, missed: 19, faultsFound: 3 },
      incidents: { reported: 4, urgent: 1, escalated: 0, resolved: 3, medianAcknowledgeMinutes: 60, medianResolveMinutes: 120 },
    });
    expect(draftSections(facts).assessment).toContain(
      "Trung tâm Phục vụ hành chính công thực hiện kiểm tra đầu giờ 2/21 ngày làm việc; phát hiện 3 lỗi thiết bị, phần mềm; " +
        "không kiểm tra 19 ngày. Trong kỳ xảy ra 4 sự cố CNTT (1 khẩn cấp), đã khắc phục 3; thời gian tiếp nhận trung vị 1 giờ, " +
        "khắc phục trung vị 2 giờ (giờ làm việc).",
    );
    const sheet = await sheetOf(facts);
    expect(sheet).toBeDefined();
    const cells = new Map<string, unknown>();
    sheet!.eachRow((r) => cells.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(cells.get("Ngày làm việc trong kỳ")).toBe(21);
    expect(cells.get("Số ngày đã kiểm tra đầu giờ")).toBe(2);
    expect(cells.get("Sự cố CNTT trong kỳ")).toBe(4);
    expect(cells.get("Thời gian khắc phục trung vị (giờ làm việc)")).toBe("2 giờ");
  });

  it("writes nothing for a commune with neither checks nor incidents in the period", async () => {
    const facts = await compiled(haLong);
    expect(facts.data.operations).toBeNull();
    expect(draftSections(facts).assessment).not.toContain("kiểm tra đầu giờ");
    expect(await sheetOf(facts)).toBeUndefined();
  });
});
