// Golden files of the three renderings of a report (DOCX, XLSX, the A4 print view), written before the
// column table (lib/reports/columns.ts) replaced each renderer's own list of cells: any change to a
// header, a cell's text or style, a width or the order of the columns shows here as a diff. Every cell
// of every table is also written out as plain text, so a diff reads as the table a person sees.
import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportPaper } from "@/components/reports/report-paper";
import { renderReportDocx } from "@/lib/reports/docx";
import type { ReportDocument } from "@/lib/reports/types";
import { renderReportXlsx } from "@/lib/reports/xlsx";
import { docxTables, docxXml } from "../support/docx-xml";
import { sampleReport } from "../support/report-document";

const GOLDEN = "./__golden__/report";

/**
 * The sample (with the one-stop centre's figures: the sheet "Vận hành TTPVHCC"), and a draft with
 * everything the renderers treat apart: no indicators, no units, groups without a code, no centre figures.
 */
const CASES: Record<string, () => ReportDocument> = {
  sample: () => {
    const doc = sampleReport();
    doc.data.operations = {
      checks: { workingDays: 21, checked: 20, withFaults: 2, missed: 1, faultsFound: 3 },
      incidents: { reported: 2, urgent: 1, escalated: 1, resolved: 2, medianAcknowledgeMinutes: 15, medianResolveMinutes: 150 },
    };
    return doc;
  },
  edges: () => {
    const doc = sampleReport({ number: "", issuedDate: "" }, true);
    doc.data.tasks = doc.data.tasks.map((t, i) => (i === 0 ? { ...t, groupCode: "", groupTitle: "Nhiệm vụ khác" } : t));
    doc.data.kpis = [];
    doc.data.units = [];
    return doc;
  },
};

const XLSX_PARTS = [
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
  "xl/worksheets/sheet3.xml",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
];

/** The cells of the print view's tables, a row a line, cells separated by " | ". */
function htmlTables(html: string): string {
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, "")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return (html.match(/<table[\s\S]*?<\/table>/g) ?? [])
    .map((table) =>
      (table.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map((tr) => (tr.match(/<t[dh][\s\S]*?<\/t[dh]>/g) ?? []).map(text).join(" | ")).join("\n"),
    )
    .join("\n\n");
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "formula" in value) return `=${value.formula} → ${String(value.result)}`;
  return typeof value === "string" ? value : JSON.stringify(value);
}

describe.each(Object.entries(CASES))("report renderings, %s", (name, makeCase) => {
  it("DOCX: document.xml and the text of every table cell", async () => {
    const xml = await docxXml(await renderReportDocx(makeCase()));
    const tables = docxTables(xml).map((t) => t.rows.map((r) => r.cells.map((c) => c.text).join(" | ")).join("\n"));
    await expect(tables.join("\n\n")).toMatchFileSnapshot(`${GOLDEN}-${name}.docx-tables.txt`);
    await expect(xml).toMatchFileSnapshot(`${GOLDEN}-${name}.docx.xml`);
  });

  it("XLSX: the text of every cell, the sheets, shared strings and styles", async () => {
    const buf = await renderReportXlsx(makeCase());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheets = wb.worksheets.map((ws) => {
      const widths = ws.columns.map((c) => c.width).join(", ");
      const rows = ws.getSheetValues().flatMap((row, i) => (Array.isArray(row) ? [`${i}: ${row.slice(1).map(cellText).join(" | ")}`] : []));
      return [`## ${ws.name} (widths ${widths})`, ...rows].join("\n");
    });
    await expect(sheets.join("\n\n")).toMatchFileSnapshot(`${GOLDEN}-${name}.xlsx-cells.txt`);
    for (const part of XLSX_PARTS) {
      await expect(await docxXml(buf, part)).toMatchFileSnapshot(`${GOLDEN}-${name}.${part.replace(/\//g, "_")}`);
    }
  });

  it("print view: the markup and the text of every table cell", async () => {
    const html = renderToStaticMarkup(createElement(ReportPaper, { doc: makeCase() }));
    await expect(htmlTables(html)).toMatchFileSnapshot(`${GOLDEN}-${name}.paper-tables.txt`);
    await expect(html.replace(/></g, ">\n<")).toMatchFileSnapshot(`${GOLDEN}-${name}.paper-html.txt`);
  });
});
