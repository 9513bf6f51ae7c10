// Building blocks of the DOCX report (lib/reports/docx.ts): sizes, paragraphs and table cells in the
// typography of Nghị định 30/2020/NĐ-CP (Times New Roman, sizes in points, thin black table rules).
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from "docx";
import { must } from "@/lib/must";

/** NĐ 30 prescribes Times New Roman (Unicode, TCVN 6909:2001) for every part of the document. */
export const FONT = "Times New Roman";

/** Millimetres to twips (1 mm = 56.7 twips), the unit of page sizes, margins and indents. */
export const mm = (millimetres: number): number => Math.round(millimetres * 56.7);

/** Points to twips (spacing before/after is in twips). */
export const pt = (points: number): number => points * 20;

/** A4 in twips, portrait (docx swaps width and height itself for a landscape section). */
export const A4 = { width: 11906, height: 16838 } as const;

/** First-line indent of body paragraphs: 1 cm (NĐ 30: "lùi đầu dòng từ 1 cm đến 1,27 cm"). */
export const FIRST_LINE_INDENT = 567;

export type Align = "center" | "left" | "justify";

const ALIGNMENT = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, justify: AlignmentType.JUSTIFIED } as const;

export type TextStyle = {
  /** Font size in points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
};

export type ParagraphStyle = TextStyle & {
  align?: Align;
  /** Spacing before, in points. */
  before?: number;
  /** Spacing after, in points. */
  after?: number;
  firstLine?: number;
  /** Line spacing as a multiple of single spacing (1.15 → 276/240). */
  lineSpacing?: number;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
};

export function run(text: string, style: TextStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size * 2, // half-points
    bold: style.bold,
    italics: style.italic,
    underline: style.underline ? {} : undefined, // {} is a single underline
    color: style.color,
  });
}

export function para(text: string | TextRun[], style: ParagraphStyle): Paragraph {
  return new Paragraph({
    children: typeof text === "string" ? [run(text, style)] : text,
    alignment: ALIGNMENT[style.align ?? "left"],
    spacing: {
      before: pt(style.before ?? 0),
      after: pt(style.after ?? 0),
      line: Math.round(240 * (style.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    indent: style.firstLine ? { firstLine: style.firstLine } : undefined,
    pageBreakBefore: style.pageBreakBefore,
    keepNext: style.keepNext,
  });
}

/**
 * A short centred rule (the "gạch ngang" NĐ 30 draws under the issuing body and under the summary): the
 * bottom border of a 1-point paragraph, narrowed to `length` twips by equal side indents in a box
 * `boxWidth` twips wide.
 */
export function shortRule(length: number, boxWidth: number, before = 0): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    children: [run("", { size: 1 })],
    indent: { left: side, right: side },
    spacing: { before: pt(before), after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const ALL_NONE = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const ALL_THIN = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** Column widths in twips from percentages of `total`, the last one taking the rounding. */
export function widthsOf(percents: readonly number[], total: number): number[] {
  const widths = percents.map((p) => Math.round((total * p) / 100));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * A one-row table without rules, for the two-column blocks of NĐ 30 (issuing body | national title at
 * the top, Nơi nhận | signature at the end). `indent` lets the table run a little into the left margin,
 * as the templates do, so that the national title fits on one line.
 */
export function layoutTable(columns: Paragraph[][], widths: number[], indent = 0): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    indent: indent ? { size: indent, type: WidthType.DXA } : undefined,
    borders: ALL_NONE,
    rows: [
      // One row that never splits: the heading's two columns, or Nơi nhận beside the signature.
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (children, i) =>
            new TableCell({
              children,
              width: { size: must(widths[i], "độ rộng cột"), type: WidthType.DXA },
              borders: ALL_NONE,
              margins: { left: 0, right: 0 },
            }),
        ),
      }),
    ],
  });
}

export type CellOptions = TextStyle & { align?: Align; fill?: string; span?: number };

/** A cell of the appendix tables: one paragraph, thin black rules, optional fill and column span. */
export function gridCell(text: string, width: number, options: CellOptions): TableCell {
  return new TableCell({
    children: [para(text, { ...options, lineSpacing: 1 })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: options.fill ? { fill: options.fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** An appendix table: fixed column widths, thin single black rules everywhere, header row first. */
export function gridTable(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ALL_THIN,
    rows,
  });
}

/** The header row of an appendix table: bold, centred, light grey, repeated on every page. */
export function headerRow(titles: readonly string[], widths: number[], size: number): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((t, i) => gridCell(t, must(widths[i], "độ rộng cột"), { size, bold: true, align: "center", fill: "D9D9D9" })),
  });
}
