// The column table (lib/reports/columns.ts) is the only place a report's columns are named: one more
// entry shows in all three renderings, a machine-only entry in the spreadsheet alone.
import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportPaper } from "@/components/reports/report-paper";
import { columnsIn, REPORT_COLUMNS, type ReportColumn, type ReportColumns } from "@/lib/reports/columns";
import { renderReportDocx } from "@/lib/reports/docx";
import type { ReportIndicatorRow, ReportTaskRow } from "@/lib/reports/types";
import { renderReportXlsx } from "@/lib/reports/xlsx";
import { docxTables, docxXml } from "../support/docx-xml";
import { sampleReport } from "../support/report-document";

const HEADER_ROW = 4;

/** The three renderings' tables as text: the DOCX's appendix tables, the sheets' rows, the print view's rows. */
async function renderAll(columns: ReportColumns) {
  const doc = sampleReport();
  const docx = docxTables(await docxXml(await renderReportDocx(doc, columns)))
    .slice(2) // the heading and the closing blocks are layout tables
    .map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReportXlsx(doc, columns)) as unknown as ArrayBuffer);
  // From the header row down (above it: the title, the plan line and the draft mark).
  const xlsx = wb.worksheets.map((ws) =>
    Array.from({ length: ws.rowCount - HEADER_ROW + 1 }, (_, r) =>
      Array.from({ length: ws.columnCount }, (_, c) => String(ws.getRow(HEADER_ROW + r).getCell(c + 1).value)),
    ),
  );
  const html = renderToStaticMarkup(createElement(ReportPaper, { doc, columns }));
  const paper = (html.match(/<table[\s\S]*?<\/table>/g) ?? []).map((table) =>
    (table.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map((tr) =>
      (tr.match(/<t[dh][\s\S]*?<\/t[dh]>/g) ?? []).map((c) => c.replace(/<[^>]+>/g, "")),
    ),
  );
  return { docx, xlsx, paper };
}

describe("report columns", () => {
  it("a new column is one entry: all three renderings show its header and cells in its place", async () => {
    const code: ReportColumn<ReportIndicatorRow> = {
      key: "code",
      header: "Mã chỉ tiêu",
      width: { chars: 10, share: 8 },
      align: "center",
      cell: (k) => k.code,
    };
    const indicators = [...REPORT_COLUMNS.indicators];
    indicators.splice(2, 0, code); // after "Chỉ tiêu"
    const { docx, xlsx, paper } = await renderAll({ ...REPORT_COLUMNS, indicators });
    const codes = sampleReport().data.kpis.map((k) => k.code);
    expect(codes).toEqual(["CT01", "CT02"]);
    for (const table of [docx[1]!, paper[1]!, xlsx[1]!]) {
      expect(table.map((row) => row[1])).toEqual([
        "Chỉ tiêu",
        "Tỷ lệ hồ sơ TTHC xử lý hoàn toàn trực tuyến",
        "Tỷ lệ số hóa tài liệu lưu trữ",
      ]);
      expect(table.map((row) => row[2])).toEqual(["Mã chỉ tiêu", ...codes]);
    }
  });

  it("a spreadsheet-only column stays out of the DOCX and the print view", async () => {
    const code: ReportColumn<ReportTaskRow> = {
      key: "group",
      header: "Mã nhóm",
      width: { chars: 8 },
      in: ["xlsx"],
      cell: (t) => t.groupCode,
    };
    const { docx, xlsx, paper } = await renderAll({ ...REPORT_COLUMNS, tasks: [...REPORT_COLUMNS.tasks, code] });
    expect(xlsx[0]?.[0]?.at(-1)).toBe("Mã nhóm");
    expect(xlsx[0]?.at(-1)?.at(-1)).toBe("II");
    for (const table of [docx[0], paper[0]]) expect(table?.[0]).toEqual(columnsIn(REPORT_COLUMNS.tasks, "docx").map((c) => c.header));
  });

  it("gives every column the DOCX prints a share of the page, the shares adding up to the whole width", () => {
    for (const table of [REPORT_COLUMNS.tasks, REPORT_COLUMNS.indicators]) {
      const shares = columnsIn<Pick<ReportColumn<never>, "in" | "width">>(table, "docx").map((c) => c.width.share);
      expect(shares.every((s) => typeof s === "number" && s > 0)).toBe(true);
      expect(shares.reduce((a = 0, b = 0) => a + b, 0)).toBe(100);
    }
  });

  it("names each column of a table once", () => {
    const keys = Object.values(REPORT_COLUMNS).map((table: readonly { key: string }[]) => table.map((c) => c.key));
    for (const table of keys) expect(new Set(table).size).toBe(table.length);
  });
});
