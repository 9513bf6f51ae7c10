// Spreadsheets of the portal's tables (the province table, the roll-up by province task): a title
// line, then a bordered grey header row that stays frozen and carries an autofilter, with widths per
// column. The same look as the reports' workbook (lib/reports/xlsx.ts), for plain lists of rows.
import ExcelJS from "exceljs";
import { contentDisposition } from "../files/queries";
import { BOLD, BORDER, FONT, styleHeaderCell } from "../reports/xlsx";

export type XlsxColumn = { header: string; width: number };
export type XlsxCell = string | number | boolean | null | undefined;

/** Row 1 is the title, row 2 its subtitle (the time of the figures), row 3 the table's header. */
export const XLSX_HEADER_ROW = 3;

export function newWorkbook(at: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Theo dõi Kế hoạch Chuyển đổi số";
  wb.lastModifiedBy = wb.creator;
  wb.created = at;
  wb.modified = at;
  return wb;
}

/** A sheet holding one table: title, header, rows (numbers stay numbers, so they sum and sort). */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  p: { name: string; title: string; subtitle: string; columns: readonly XlsxColumn[]; rows: readonly XlsxCell[][] },
): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(p.name, {
    views: [{ state: "frozen", ySplit: XLSX_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = Math.max(1, p.columns.length);
  sheet.columns = p.columns.map((c) => ({ width: c.width }));
  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, n);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: "left", vertical: "middle" };
  };
  banner(1, p.title, { ...BOLD, size: 14 });
  banner(2, p.subtitle, { ...FONT, italic: true });
  const header = sheet.getRow(XLSX_HEADER_ROW);
  p.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    styleHeaderCell(cell);
  });
  // Headers wrap: tall enough for three lines of the narrow figure columns.
  header.height = 45;
  for (const values of p.rows) {
    const row = sheet.addRow(values.map((v) => (v === undefined ? null : v)));
    for (let col = 1; col <= p.columns.length; col += 1) {
      const cell = row.getCell(col);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: typeof values[col - 1] === "number" ? "right" : "left" };
    }
  }
  sheet.autoFilter = { from: { row: XLSX_HEADER_ROW, column: 1 }, to: { row: XLSX_HEADER_ROW + p.rows.length, column: n } };
  return sheet;
}

/** The workbook's bytes as a download (the file name in Vietnamese, RFC 6266 encoded). */
export async function xlsxResponse(wb: ExcelJS.Workbook, fileName: string): Promise<Response> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
