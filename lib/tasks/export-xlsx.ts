// The task list as filtered on screen, as a spreadsheet ("Xuất Excel" on Nhiệm vụ): the same columns
// as the API's CSV (export-columns.ts) and the report's conventions (lib/reports/xlsx.ts: header
// style, widths, frozen header row, autofilter, the category's colour).
import ExcelJS from "exceljs";
import { newWorkbook } from "../exports/xlsx-table";
import { addItemRow, BOLD, FONT, writeHeaderRow } from "../reports/xlsx";
import { TASK_EXPORT_COLUMNS, type TaskExportRow } from "./export-columns";

/** Row 1 the title, row 2 what the list is (filters, time), row 3 the header. */
export const TASK_EXPORT_HEADER_ROW = 3;

export async function renderTaskListXlsx(p: {
  title: string;
  subtitle: string;
  rows: readonly TaskExportRow[];
  now: Date;
}): Promise<Buffer> {
  const columns = [...TASK_EXPORT_COLUMNS];
  const wb = newWorkbook(p.now);
  const sheet = wb.addWorksheet("Nhiệm vụ", {
    views: [{ state: "frozen", ySplit: TASK_EXPORT_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TASK_EXPORT_HEADER_ROW}:${TASK_EXPORT_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: "&CTrang &P/&N" },
  });
  sheet.columns = columns.map((c) => ({ width: c.width.chars }));
  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, columns.length);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  banner(1, p.title, { ...BOLD, size: 14 });
  sheet.getRow(1).height = 24;
  banner(2, p.subtitle, { ...FONT, italic: true });
  writeHeaderRow(sheet.getRow(TASK_EXPORT_HEADER_ROW), columns);
  p.rows.forEach((r, i) => addItemRow(sheet, columns, r, i));
  sheet.autoFilter = {
    from: { row: TASK_EXPORT_HEADER_ROW, column: 1 },
    to: { row: TASK_EXPORT_HEADER_ROW + p.rows.length, column: columns.length },
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
