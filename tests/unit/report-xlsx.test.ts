import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/dates";
import { STATUS_META } from "@/lib/indicators/status";
import { TONE_FILL } from "@/lib/reports/format";
import type { ReportDocument } from "@/lib/reports/types";
import { renderReportXlsx } from "@/lib/reports/xlsx";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";
import { sampleReport } from "../support/report-document";

const HEADER_ROW = 4;

async function load(doc: ReportDocument): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a Node Buffer works too.
  await wb.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Cell values of a row, column A first. */
const valuesOf = (row: ExcelJS.Row, columns: number) => Array.from({ length: columns }, (_, i) => row.getCell(i + 1).value);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);
/** Data rows below the header, up to the last used row. */
const rowsBelowHeader = (ws: ExcelJS.Worksheet) =>
  Array.from({ length: ws.rowCount - HEADER_ROW }, (_, i) => ws.getRow(HEADER_ROW + 1 + i));

describe("renderReportXlsx", () => {
  const doc = sampleReport();
  const { data } = doc;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(doc);
  });

  it("has the three sheets in order, with the report's properties", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Nhiệm vụ", "Chỉ tiêu", "Đơn vị"]);
    expect(wb.creator).toBe("Theo dõi Kế hoạch Chuyển đổi số");
    // docProps keep whole seconds.
    const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
    expect(seconds(wb.created)).toBe(seconds(new Date(data.asOf)));
    expect(seconds(wb.modified)).toBe(seconds(new Date(data.asOf)));
  });

  it("titles the task sheet with the period, commune, plan and the time of the numbers", () => {
    const ws = sheet(wb, "Nhiệm vụ");
    expect(ws.getCell("A1").value).toBe(`KẾT QUẢ THỰC HIỆN NHIỆM VỤ – ${data.period.label} – ${data.commune.name}`);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe(`Kế hoạch số 12/KH-UBND ngày 15/07/2025 – Số liệu đến ${formatDateTime(new Date(data.asOf))}`);
    expect(ws.getCell("A3").value).toBeNull();
  });

  it("leaves the plan out of the banner when it has no number or date, rather than 'Kế hoạch số  –'", async () => {
    const doc = sampleReport();
    doc.data.plan = { ...doc.data.plan, number: "", issuedDate: "" };
    const bare = new ExcelJS.Workbook();
    await bare.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
    expect(sheet(bare, "Nhiệm vụ").getCell("A2").value).toBe(`Số liệu đến ${formatDateTime(new Date(data.asOf))}`);
  });

  it("marks a draft", async () => {
    const draft = await load(sampleReport({}, true));
    for (const ws of draft.worksheets) expect(ws.getCell("A3").value).toBe("DỰ THẢO");
  });

  it("lists the tasks under their group rows, with the progress column after Kết quả", () => {
    const ws = sheet(wb, "Nhiệm vụ");
    const header = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Kết quả", "Tiến độ (%)", "Tình trạng"];
    expect(valuesOf(ws.getRow(HEADER_ROW), header.length)).toEqual(header);

    const expected: string[] = [];
    let group = "";
    for (const t of data.tasks) {
      if (t.groupCode !== group) expected.push(`${t.groupCode}. ${t.groupTitle}`);
      group = t.groupCode;
      expected.push(t.code);
    }
    const rows = rowsBelowHeader(ws);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(expected);
    expect(expected.slice(0, 2)).toEqual(["I. Thể chế", "1.1"]);

    for (const row of rows) {
      const task = data.tasks.find((t) => t.code === row.getCell(1).value);
      if (!task) {
        // A group row spans the table and is the outline's summary row.
        expect(row.getCell(header.length).isMerged).toBe(true);
        expect(row.outlineLevel ?? 0).toBe(0);
        continue;
      }
      expect(valuesOf(row, header.length)).toEqual([
        task.code,
        task.title,
        task.leadUnits,
        task.supportUnits,
        task.deadline,
        task.result,
        task.progress,
        task.statusLabel,
      ]);
      expect(row.outlineLevel).toBe(1);
      expect(fillOf(row.getCell(header.length))).toBe(`FF${TONE_FILL[DEADLINE_STATUS_META[task.status].tone]}`);
    }

    const overdue = rows.find((r) => r.getCell(1).value === data.tasks.find((t) => t.status === "OVERDUE")?.code);
    expect(overdue && fillOf(overdue.getCell(header.length))).toBe(`FF${TONE_FILL.red}`);
  });

  it("freezes the header, filters the table and prints landscape on A4 with the header repeated", () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, printTitlesRow: "4:4" });
    }
    const tasks = sheet(wb, "Nhiệm vụ");
    const groups = new Set(data.tasks.map((t) => t.groupCode)).size;
    expect(tasks.autoFilter).toBe(`A${HEADER_ROW}:H${HEADER_ROW + groups + data.tasks.length}`);
    expect(sheet(wb, "Chỉ tiêu").autoFilter).toBe(`A${HEADER_ROW}:H${HEADER_ROW + data.kpis.length}`);
    // The total row stays out of the filter, so sorting never moves it.
    expect(sheet(wb, "Đơn vị").autoFilter).toBe(`A${HEADER_ROW}:H${HEADER_ROW + data.units.length}`);
  });

  it("lists the indicators, saying when there is no value", () => {
    const ws = sheet(wb, "Chỉ tiêu");
    const header = ["STT", "Chỉ tiêu", "Mục tiêu", "Thời hạn", "Kết quả", "Kỳ số liệu", "Đánh giá", "Đơn vị phụ trách"];
    expect(valuesOf(ws.getRow(HEADER_ROW), header.length)).toEqual(header);
    const rows = rowsBelowHeader(ws);
    expect(rows).toHaveLength(data.kpis.length);
    data.kpis.forEach((k, i) => {
      const row = rows[i]!; // the length is checked above
      const shown = k.value === "" ? "Chưa có số liệu" : k.value;
      expect(valuesOf(row, header.length)).toEqual([
        i + 1,
        k.name,
        k.target,
        k.dueDate,
        shown,
        k.valuePeriod,
        k.statusLabel,
        k.responsibleUnit,
      ]);
      expect(fillOf(row.getCell(7))).toBe(`FF${TONE_FILL[STATUS_META[k.status].tone]}`);
    });
    const noData = data.kpis.findIndex((k) => k.value === "");
    expect(noData).toBeGreaterThanOrEqual(0);
    expect(rows[noData]?.getCell(5).value).toBe("Chưa có số liệu");
  });

  it("lists the units with their reporting state and a total row", () => {
    const ws = sheet(wb, "Đơn vị");
    const header = [
      "STT",
      "Đơn vị",
      "Số nhiệm vụ chủ trì",
      "Hoàn thành",
      "Quá hạn",
      "Đã cập nhật trong kỳ",
      "Đã báo cáo",
      "Thời điểm xác nhận",
    ];
    expect(valuesOf(ws.getRow(HEADER_ROW), header.length)).toEqual(header);
    const rows = rowsBelowHeader(ws);
    expect(rows).toHaveLength(data.units.length + 1);
    data.units.forEach((u, i) => {
      const reported = u.reported ? "Đã báo cáo" : "Chưa báo cáo";
      // A confirmation the standing office made for the unit says so beside its time.
      const at = u.onBehalf ? `${u.reportedAt} (Văn phòng báo cáo thay)` : u.reportedAt;
      expect(valuesOf(rows[i]!, header.length)).toEqual([i + 1, u.name, u.tasks, u.done, u.overdue, u.updated, reported, at]);
      expect(fillOf(rows[i]!.getCell(7))).toBe(`FF${TONE_FILL[u.reported ? "green" : "red"]}`);
    });
    expect(data.units.some((u) => u.reported) && data.units.some((u) => !u.reported) && data.units.some((u) => u.onBehalf)).toBe(true);

    const total = rows[data.units.length]!;
    expect(total.getCell(2).value).toBe("Tổng cộng");
    expect(total.getCell(2).font?.bold).toBe(true);
    const first = HEADER_ROW + 1;
    const last = HEADER_ROW + data.units.length;
    const sum = (pick: (u: (typeof data.units)[number]) => number) => data.units.reduce((s, u) => s + pick(u), 0);
    expect(total.getCell(3).value).toEqual({ formula: `SUM(C${first}:C${last})`, result: sum((u) => u.tasks) });
    expect(total.getCell(4).value).toEqual({ formula: `SUM(D${first}:D${last})`, result: sum((u) => u.done) });
    expect(total.getCell(5).value).toEqual({ formula: `SUM(E${first}:E${last})`, result: sum((u) => u.overdue) });
    expect(total.getCell(6).value).toEqual({ formula: `SUM(F${first}:F${last})`, result: sum((u) => u.updated) });
    expect(total.getCell(7).value).toMatchObject({ result: data.units.filter((u) => u.reported).length });
    // In the sample each task has one lead unit, so the unit totals are the report's totals.
    expect([sum((u) => u.tasks), sum((u) => u.done), sum((u) => u.overdue)]).toEqual([
      data.totals.tasks,
      data.totals.done,
      data.totals.byStatus.OVERDUE,
    ]);
  });

  it("totals an empty unit list without a broken formula", async () => {
    const empty = sampleReport();
    empty.data.units = [];
    const ws = sheet(await load(empty), "Đơn vị");
    const total = ws.getRow(HEADER_ROW + 1);
    expect(valuesOf(total, 7)).toEqual([null, "Tổng cộng", 0, 0, 0, 0, 0]);
  });
});
