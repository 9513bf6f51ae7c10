// The report as a Word document laid out by Nghị định 30/2020/NĐ-CP (docs/architecture.md#reporting-periods-and-the-report-document): a pure rendering
// of a ReportDocument, so a finalised report exports the same whatever happens to the tasks afterwards.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableRow,
  TextRun,
  type ISectionOptions,
} from "docx";
import { alignIn, columnsIn, groupLabel, REPORT_COLUMNS, shownCell, type ReportColumn, type ReportColumns } from "./columns";
import {
  A4,
  FIRST_LINE_INDENT,
  FONT,
  gridCell,
  gridTable,
  headerRow,
  layoutTable,
  mm,
  para,
  shortRule,
  widthsOf,
  type ParagraphStyle,
} from "./docx-parts";
import {
  appendixNote,
  issuerLines,
  numberLine,
  paragraphsOf,
  placeDateLine,
  recipientLines,
  SECTION_HEADINGS,
  signatureLines,
  TONE_FILL,
} from "./format";
import type { ReportDocument, ReportIndicatorRow, ReportTaskRow } from "./types";
import { must } from "@/lib/must";

/** Who the document says made it (core properties), fixed so the file depends on the report only. */
const CREATOR = "Theo dõi Kế hoạch Chuyển đổi số";

// Portrait body: NĐ 30 margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; we take the smallest.
const BODY_MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const BODY_WIDTH = A4.width - BODY_MARGIN.left - BODY_MARGIN.right;
// The landscape appendix keeps 20 mm top and bottom and takes 20 mm on the left (not 30) so that the
// seven columns of the task table have room.
const APPENDIX_MARGIN = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(15) };
const APPENDIX_WIDTH = A4.height - APPENDIX_MARGIN.left - APPENDIX_MARGIN.right;
/** Appendix table text: 12 pt (NĐ 30 allows tables smaller than the 13–14 pt body). */
const TABLE_SIZE = 12;

const BODY: ParagraphStyle = { size: 14, align: "justify", firstLine: FIRST_LINE_INDENT, before: 6, lineSpacing: 1.15 };
const CENTRED = (size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle => ({ size, align: "center", ...extra });

/** `columns`: the tables' columns (lib/reports/columns.ts); a parameter so that a test can add one. */
export async function renderReportDocx(doc: ReportDocument, columns: ReportColumns = REPORT_COLUMNS): Promise<Buffer> {
  const document = new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title: doc.heading.summary ? `Báo cáo: ${doc.heading.summary}` : "Báo cáo",
    styles: {
      default: {
        // Times New Roman 14 pt for every script, so that Word and LibreOffice substitute nothing
        // (Vietnamese letters fall outside ASCII and would otherwise take the hAnsi/eastAsia font).
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT }, size: 28, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [bodySection(doc), appendixSection(doc, columns)],
  });
  return Packer.toBuffer(document);
}

/** NĐ 30: page numbers in Arabic numerals, 13–14 pt, centred in the top margin, none on the first page. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] }),
    ],
  });
}

function bodySection(doc: ReportDocument): ISectionOptions {
  return {
    properties: {
      page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: BODY_MARGIN },
      titlePage: true, // a different first page: its (empty) header carries no number
    },
    headers: { first: new Header({ children: [new Paragraph({})] }), default: pageNumberHeader() },
    children: [
      ...(doc.draft ? [para("DỰ THẢO", CENTRED(14, { bold: true, color: "C00000", after: 6 }))] : []),
      headingBlock(doc),
      // Tên loại văn bản and trích yếu: bold, centred, with a short rule under them.
      para("BÁO CÁO", CENTRED(14, { bold: true, before: 18 })),
      ...(doc.heading.summary ? [para(doc.heading.summary, CENTRED(14, { bold: true }))] : []),
      shortRule(mm(30), BODY_WIDTH, 2),
      ...bodyParagraphs(doc),
      closingBlock(doc),
    ],
  };
}

// The heading table runs 8 mm into the 30 mm left margin so that the national title keeps to one line
// with room to spare (the 14 pt place and date line too); the left column is about 40% of it.
const HEAD_OUTDENT = mm(8);
const LEFT_COL = Math.round((BODY_WIDTH + HEAD_OUTDENT) * 0.4);
const RIGHT_COL = BODY_WIDTH + HEAD_OUTDENT - LEFT_COL;

/**
 * Top of the first page, two columns without rules: on the left the issuing body in capitals (13 pt,
 * bold, its direct superior "ỦY BAN NHÂN DÂN" over the commune) with a short rule, then the number;
 * on the right the national title (bold caps 12 pt), the motto (bold 13 pt, underlined) and the italic
 * place and date.
 */
function headingBlock(doc: ReportDocument): ReturnType<typeof layoutTable> {
  const [superior, issuer] = issuerLines(doc.data.commune.name);
  const left = [
    para(superior, CENTRED(13, { bold: true })),
    para(issuer, CENTRED(13, { bold: true })),
    shortRule(mm(22), LEFT_COL, 1),
    para(numberLine(doc.heading.number), CENTRED(13, { before: 6 })),
  ];
  const right = [
    para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CENTRED(12, { bold: true })),
    para("Độc lập - Tự do - Hạnh phúc", CENTRED(13, { bold: true, underline: true })),
    para(placeDateLine(doc.heading.place, doc.heading.issuedDate), CENTRED(14, { italic: true, before: 8 })),
  ];
  return layoutTable([left, right], [LEFT_COL, RIGHT_COL], -HEAD_OUTDENT);
}

/**
 * The sections in order, each heading bold; a heading whose section is empty stands alone. The last
 * paragraph is kept with the next (Nơi nhận and the signature, one unsplittable row), so that the
 * signature never stands alone on the last page.
 */
function bodyParagraphs(doc: ReportDocument): Paragraph[] {
  const blocks = SECTION_HEADINGS.flatMap(({ key, heading }) => [
    ...(heading ? [{ text: heading, bold: true }] : []),
    ...paragraphsOf(doc.sections[key]).map((text) => ({ text, bold: false })),
  ]);
  return blocks.map((b, i) =>
    para(b.text, { ...BODY, bold: b.bold || undefined, keepNext: b.bold || i === blocks.length - 1 || undefined }),
  );
}

/** Nơi nhận (bold italic 12 pt, the list 11 pt) on the left; the signature block on the right. */
function closingBlock(doc: ReportDocument): ReturnType<typeof layoutTable> {
  const { heading } = doc;
  const left = [
    para("Nơi nhận:", { size: 12, bold: true, italic: true, before: 12 }),
    ...recipientLines(heading.recipients).map((line) => para(line, { size: 11 })),
  ];
  const right = [
    ...signatureLines(heading.signerMode, heading.signerTitle).map((line, i) =>
      para(line, CENTRED(14, { bold: true, before: i === 0 ? 12 : 0 })),
    ),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => para("", CENTRED(14))),
    para(heading.signerName, CENTRED(14, { bold: true })),
  ];
  const leftWidth = Math.round(BODY_WIDTH * 0.45);
  return layoutTable([left, right], [leftWidth, BODY_WIDTH - leftWidth]);
}

/** The appendices on landscape A4, numbered on from the body (no restart of the page numbers). */
function appendixSection(doc: ReportDocument, columns: ReportColumns): ISectionOptions {
  const period = doc.data.period.label.toLocaleUpperCase("vi-VN");
  const note = appendixNote(doc);
  const title = (lines: string[], pageBreakBefore = false) => [
    ...lines.map((line, i) => para(line, CENTRED(14, { bold: true, pageBreakBefore: pageBreakBefore && i === 0, keepNext: true }))),
    para(note, CENTRED(14, { italic: true, after: 12, keepNext: true })),
  ];
  return {
    properties: {
      // docx takes the portrait size and swaps it for a landscape section (w:w 16838, w:h 11906).
      page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: APPENDIX_MARGIN },
    },
    headers: { default: pageNumberHeader() },
    children: [
      ...title(["PHỤ LỤC I", `KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${period}`]),
      doc.data.tasks.length ? taskTable(doc.data.tasks, columns.tasks) : para("Kế hoạch chưa có nhiệm vụ.", CENTRED(14, { italic: true })),
      ...title(["PHỤ LỤC II", `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${period}`], true),
      doc.data.kpis.length
        ? indicatorTable(doc.data.kpis, columns.indicators)
        : para("Kế hoạch chưa có chỉ tiêu.", CENTRED(14, { italic: true })),
    ],
  };
}

/** A table's columns as the appendix shows them, with their widths in twips. */
function appendixColumns<Row>(columns: readonly ReportColumn<Row>[]) {
  const shown = columnsIn(columns, "docx");
  const shares = shown.map((c) => c.width.share ?? 0);
  return { shown, widths: widthsOf(shares, APPENDIX_WIDTH) };
}

/** A row of an appendix table, kept on one page: a task split across pages reads as two. */
function appendixRow<Row>(shown: ReportColumn<Row>[], widths: number[], row: Row, index: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: shown.map((c, i) => {
      const { value, tone, empty } = shownCell(c, row, index, "docx");
      return gridCell(String(value), must(widths[i], "độ rộng cột"), {
        size: TABLE_SIZE,
        italic: empty || undefined,
        align: alignIn(c, "docx"),
        fill: tone ? TONE_FILL[tone] : undefined,
      });
    }),
  });
}

function headerOf<Row>(shown: ReportColumn<Row>[], widths: number[]): TableRow {
  const titles = shown.map((c) => c.header);
  return headerRow(titles, widths, TABLE_SIZE);
}

/** Tasks by group: a full-width bold row opens each group (tasks arrive ordered by group). */
function taskTable(tasks: ReportTaskRow[], columns: ReportColumns["tasks"]): ReturnType<typeof gridTable> {
  const { shown, widths } = appendixColumns(columns);
  const rows: TableRow[] = [headerOf(shown, widths)];
  let group: string | null = null;
  tasks.forEach((t, index) => {
    const key = `${t.groupCode}\u0000${t.groupTitle}`;
    if (key !== group) {
      group = key;
      const label = groupLabel(t);
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [gridCell(label, APPENDIX_WIDTH, { size: TABLE_SIZE, bold: true, span: shown.length })],
        }),
      );
    }
    rows.push(appendixRow(shown, widths, t, index));
  });
  return gridTable(widths, rows);
}

function indicatorTable(indicators: ReportIndicatorRow[], columns: ReportColumns["indicators"]): ReturnType<typeof gridTable> {
  const { shown, widths } = appendixColumns(columns);
  return gridTable(widths, [headerOf(shown, widths), ...indicators.map((k, i) => appendixRow(shown, widths, k, i))]);
}
