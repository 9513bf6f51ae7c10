// The spreadsheet of a report: the same tables as the appendix (tasks, indicators, units), laid out to be
// filtered, sorted and printed. A pure rendering of a `ReportDocument` (see types.ts): no clock, no
// database, so a finalised report downloads the same workbook content every time.
import ExcelJS from "exceljs";
import { formatDateTime } from "../dates";
import type { Tone } from "../tasks/status-meta";
import { columnsIn, groupLabel, REPORT_COLUMNS, shownCell, type ReportColumn, type ReportColumns } from "./columns";
import { planReference, TONE_FILL } from "./format";
import { operationsRows } from "./operations-figures";
import type { ReportDocument } from "./types";

/** The spreadsheet's columns of a table: only the widths, headers and alignments matter to the layout. */
type Column = Pick<ReportColumn<never>, "header" | "width" | "align">;

/** Rows 1–2 are the title, row 3 the draft mark (or empty), row 4 the table header. */
const HEADER_ROW = 4;

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
/** The grid of every table cell (also the portal's other spreadsheets, lib/exports/xlsx-table.ts). */
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (hex: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex}` } });
const toneFill = (tone: Tone) => solid(TONE_FILL[tone]);
const HEADER_FILL = solid("D9D9D9");
// A font without a name falls back to the viewer's default (a serif in LibreOffice): name it.
export const FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11 };
export const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const GROUP_FILL = solid("F2F2F2");

/** A sheet with the title block, the bordered header row, frozen panes and the print setup. */
function tableSheet(wb: ExcelJS.Workbook, doc: ReportDocument, name: string, title: string, columns: Column[]) {
  const { data, draft } = doc;
  const sheet = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      // One page wide, as many pages high as needed (0), the header row repeated on each.
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      // A draft is marked on every printed page as well as at the top of the sheet.
      oddHeader: draft ? '&C&"-,Bold"&KFF0000DỰ THẢO' : undefined,
      oddFooter: "&CTrang &P/&N",
    },
  });
  sheet.columns = columns.map((c) => ({ width: c.width.chars }));
  const n = columns.length;
  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, n);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  banner(1, `${title} – ${data.period.label} – ${data.commune.name}`, { ...BOLD, size: 14 });
  sheet.getRow(1).height = 24;
  const asOf = formatDateTime(new Date(data.asOf));
  const plan = data.plan.number || data.plan.issuedDate ? `${planReference(data.plan)} – ` : "";
  banner(2, `${plan}Số liệu đến ${asOf}`, { ...FONT, italic: true });
  if (draft) banner(3, "DỰ THẢO", { ...BOLD, color: { argb: "FFFF0000" } });

  writeHeaderRow(sheet.getRow(HEADER_ROW), columns);
  return sheet;
}

/** The table's header row: bold on grey, bordered, centred; also the task list's export (lib/tasks/export-xlsx.ts). */
export function writeHeaderRow(header: ExcelJS.Row, columns: Column[]) {
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    styleHeaderCell(cell);
  });
  fitHeight(header, columns);
}

/** A header cell of any of the portal's tables: bold on grey, bordered, centred, wrapped. */
export function styleHeaderCell(cell: ExcelJS.Cell) {
  cell.font = BOLD;
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** Lines a text takes in a column `width` characters wide, wrapping between words. */
function linesOf(text: string, width: number): number {
  // A width counts digits; Vietnamese text in Calibri 11 averages a little narrower than a digit.
  const perLine = Math.max(1, Math.floor(width * 1.15) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(" ")) {
      if (used > 0 && used + 1 + word.length > perLine) {
        lines += 1;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
  }
  return lines;
}

/**
 * Tall enough for the wrapped text. Excel sizes such rows itself on opening, but LibreOffice and
 * the previews do not, and would cut the text to one line; a row of one line keeps the default.
 */
function fitHeight(row: ExcelJS.Row, columns: Column[]) {
  const lines = Math.max(
    ...columns.map((c, i) => {
      const value = row.getCell(i + 1).value;
      return typeof value === "string" ? linesOf(value, c.width.chars) : 1;
    }),
  );
  if (lines > 1) row.height = lines * 15;
}

/** Appends a bordered row, aligned per column; long text wraps. */
function addTableRow(sheet: ExcelJS.Worksheet, columns: Column[], values: ExcelJS.CellValue[]): ExcelJS.Row {
  const row = sheet.addRow(values);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.border = BORDER;
    cell.alignment = { horizontal: c.align ?? "left", vertical: "top", wrapText: true };
  });
  fitHeight(row, columns);
  return row;
}

/** Appends the row of a table's `index`-th item: its cells, a tone's fill, an empty cell's text in grey italics. */
export function addItemRow<Row>(sheet: ExcelJS.Worksheet, columns: ReportColumn<Row>[], item: Row, index: number): ExcelJS.Row {
  const cells = columns.map((c) => shownCell(c, item, index, "xlsx"));
  const values = cells.map((c) => c.value);
  const row = addTableRow(sheet, columns, values);
  cells.forEach((c, i) => {
    if (c.empty) row.getCell(i + 1).font = { ...FONT, italic: true, color: { argb: "FF6B7280" } };
    if (c.tone) row.getCell(i + 1).fill = toneFill(c.tone);
  });
  return row;
}

/** Bold on a light fill, for group and total rows. */
function emphasise(row: ExcelJS.Row, columns: number) {
  for (let col = 1; col <= columns; col += 1) {
    row.getCell(col).font = BOLD;
    row.getCell(col).fill = GROUP_FILL;
  }
}

/** Autofilter from the header row over the table's rows (not the total row added after it). */
function filterTable(sheet: ExcelJS.Worksheet, columns: Column[]) {
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: sheet.rowCount, column: columns.length } };
}

function addTaskSheet(wb: ExcelJS.Workbook, doc: ReportDocument, all: ReportColumns["tasks"]) {
  const columns = columnsIn(all, "xlsx");
  const sheet = tableSheet(wb, doc, "Nhiệm vụ", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", columns);
  // Group rows sit above their tasks, so the outline's +/- button belongs there. The depth is
  // needed too, or Excel draws the buttons only in part (exceljs #2814).
  sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  sheet.properties.outlineLevelRow = 1;
  let group: string | null = null;
  doc.data.tasks.forEach((t, index) => {
    const key = `${t.groupCode}\u0000${t.groupTitle}`;
    if (key !== group) {
      group = key;
      // Not addTableRow: its height would be reckoned from the narrow STT column, not the merge.
      const row = sheet.addRow([groupLabel(t)]);
      emphasise(row, columns.length);
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = BORDER;
        cell.alignment = { horizontal: "left", vertical: "top", wrapText: true };
      });
      sheet.mergeCells(row.number, 1, row.number, columns.length);
    }
    // Level 1 under the group row: Excel's outline buttons fold a group down to its heading.
    addItemRow(sheet, columns, t, index).outlineLevel = 1;
  });
  filterTable(sheet, columns);
}

function addIndicatorSheet(wb: ExcelJS.Workbook, doc: ReportDocument, all: ReportColumns["indicators"]) {
  const columns = columnsIn(all, "xlsx");
  const sheet = tableSheet(wb, doc, "Chỉ tiêu", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU", columns);
  doc.data.kpis.forEach((k, i) => addItemRow(sheet, columns, k, i));
  filterTable(sheet, columns);
}

function addUnitSheet(wb: ExcelJS.Workbook, doc: ReportDocument, all: ReportColumns["units"]) {
  const columns = columnsIn(all, "xlsx");
  const sheet = tableSheet(wb, doc, "Đơn vị", "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", columns);
  const { units } = doc.data;
  units.forEach((u, i) => addItemRow(sheet, columns, u, i));
  filterTable(sheet, columns);

  // The total carries its computed result next to the formula: viewers that do not recalculate
  // (previews, mail clients) would otherwise show an empty cell. No units, no range: just the result.
  const totals = columns.map((c, col): ExcelJS.CellValue => {
    const { total } = c;
    if (!total) return null;
    if (typeof total === "object" && "label" in total) return total.label;
    const values = units.map((u, i) => shownCell(c, u, i, "xlsx").value);
    const letter = sheet.getColumn(col + 1).letter;
    const range = `${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + units.length}`;
    const [result, formula] =
      total === "sum"
        ? [values.reduce<number>((s, v) => s + Number(v), 0), `SUM(${range})`]
        : [values.filter((v) => v === total.countIf).length, `COUNTIF(${range},"${total.countIf}")`];
    return units.length ? { formula, result } : result;
  });
  emphasise(addTableRow(sheet, columns, totals), columns.length);
}

const OPERATIONS_COLUMNS: Column[] = [
  { header: "Nội dung", width: { chars: 48 } },
  { header: "Số liệu", width: { chars: 16 }, align: "center" },
];

/** "Vận hành TTPVHCC": the one-stop centre's checks and incidents of the period, when it had any. */
function addOperationsSheet(wb: ExcelJS.Workbook, doc: ReportDocument) {
  const { operations } = doc.data;
  if (!operations) return;
  const sheet = tableSheet(wb, doc, "Vận hành TTPVHCC", "VẬN HÀNH TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", OPERATIONS_COLUMNS);
  for (const row of operationsRows(operations)) addTableRow(sheet, OPERATIONS_COLUMNS, row);
}

/** `columns`: the tables' columns (lib/reports/columns.ts); a parameter so that a test can add one. */
export async function renderReportXlsx(doc: ReportDocument, columns: ReportColumns = REPORT_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Theo dõi Kế hoạch Chuyển đổi số";
  wb.lastModifiedBy = wb.creator;
  // The report's own instant, not the download's: the same report gives the same properties.
  const asOf = new Date(doc.data.asOf);
  wb.created = asOf;
  wb.modified = asOf;
  addTaskSheet(wb, doc, columns.tasks);
  addIndicatorSheet(wb, doc, columns.indicators);
  addUnitSheet(wb, doc, columns.units);
  addOperationsSheet(wb, doc);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
