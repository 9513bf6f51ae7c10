// The columns of a report's tables, defined once for the three renderings: the DOCX appendix
// (docx.ts), the spreadsheet (xlsx.ts) and the A4 print view (components/reports/report-paper.tsx).
// Each renderer loops over these lists, so the header, the cell's text, its alignment and its tone are
// the same everywhere, and a new column is one entry here. Where the renderings differ on purpose,
// the entry says so (`in`, `empty.in`, `paperAlign`).
import { STATUS_META } from "../indicators/status";
import { DEADLINE_STATUS_META, type Tone } from "../tasks/status-meta";
import type { ReportIndicatorRow, ReportTaskRow, ReportUnitRow } from "./types";

export type Renderer = "docx" | "xlsx" | "paper";
export type ColumnAlign = "left" | "center";

/** A cell: text, a number (the spreadsheet keeps it a number, to sort and sum), or text on a tone's fill. */
export type CellValue = string | number | { text: string; tone: Tone };

export type ReportColumn<Row> = {
  key: string;
  header: string;
  /**
   * Two widths, because the two documents have always been laid out apart: `chars`, the spreadsheet's
   * column width (characters), and `share`, the percentage of the landscape appendix in the DOCX
   * (needed by every column the DOCX prints). The print view lets the browser size its table.
   */
  width: { chars: number; share?: number };
  /** Left unless said. */
  align?: ColumnAlign;
  /** The print view's alignment when it differs: it has always left the status label at the left. */
  paperAlign?: ColumnAlign;
  /** The renderings that show the column; all three unless said. Machine-only columns are the sheet's. */
  in?: readonly Renderer[];
  /** What an empty cell says instead, in italics, and in which renderings (all the column's unless said). */
  empty?: { text: string; in?: readonly Renderer[] };
  /** The spreadsheet's total row under the table (the units' sheet): a label, a SUM or a COUNTIF. */
  total?: { label: string } | "sum" | { countIf: string };
  /** The cell of `row`, the `index`-th row of the table (from 0). */
  cell: (row: Row, index: number) => CellValue;
};

export type ReportColumns = {
  tasks: readonly ReportColumn<ReportTaskRow>[];
  indicators: readonly ReportColumn<ReportIndicatorRow>[];
  /** The units' reporting state: only the spreadsheet has this table. */
  units: readonly ReportColumn<ReportUnitRow>[];
};

const SHEET_ONLY: readonly Renderer[] = ["xlsx"];
const ordinal = <Row>(_: Row, i: number) => i + 1;

export const REPORT_COLUMNS: ReportColumns = {
  tasks: [
    { key: "code", header: "STT", width: { chars: 7, share: 5 }, align: "center", cell: (t) => t.code },
    { key: "title", header: "Nhiệm vụ", width: { chars: 45, share: 26 }, cell: (t) => t.title },
    { key: "leadUnits", header: "Chủ trì", width: { chars: 22, share: 13 }, cell: (t) => t.leadUnits },
    { key: "supportUnits", header: "Phối hợp", width: { chars: 22, share: 13 }, cell: (t) => t.supportUnits },
    { key: "deadline", header: "Thời hạn", width: { chars: 13, share: 12 }, align: "center", cell: (t) => t.deadline },
    // The sheet leaves a task without a report blank, so that the filter's "(Blanks)" finds them.
    {
      key: "result",
      header: "Kết quả",
      width: { chars: 40, share: 20 },
      empty: { text: "Chưa có báo cáo trong kỳ", in: ["docx", "paper"] },
      cell: (t) => t.result,
    },
    // Only the spreadsheet has the number: it can be sorted and summed, the documents print the label.
    { key: "progress", header: "Tiến độ (%)", width: { chars: 10 }, align: "center", in: SHEET_ONLY, cell: (t) => t.progress },
    {
      key: "status",
      header: "Tình trạng",
      width: { chars: 24, share: 11 },
      align: "center",
      paperAlign: "left",
      cell: (t) => ({ text: t.statusLabel, tone: DEADLINE_STATUS_META[t.status].tone }),
    },
  ],
  indicators: [
    { key: "ordinal", header: "STT", width: { chars: 6, share: 5 }, align: "center", cell: ordinal },
    { key: "name", header: "Chỉ tiêu", width: { chars: 45, share: 33 }, cell: (k) => k.name },
    { key: "target", header: "Mục tiêu", width: { chars: 12, share: 11 }, align: "center", cell: (k) => k.target },
    { key: "dueDate", header: "Thời hạn", width: { chars: 13, share: 10 }, align: "center", cell: (k) => k.dueDate },
    {
      key: "value",
      header: "Kết quả",
      width: { chars: 20, share: 15 },
      align: "center",
      empty: { text: "Chưa có số liệu" },
      cell: (k) => k.value,
    },
    { key: "valuePeriod", header: "Kỳ số liệu", width: { chars: 16, share: 12 }, align: "center", cell: (k) => k.valuePeriod },
    {
      key: "status",
      header: "Đánh giá",
      width: { chars: 20, share: 14 },
      align: "center",
      paperAlign: "left",
      cell: (k) => ({ text: k.statusLabel, tone: STATUS_META[k.status].tone }),
    },
    { key: "responsibleUnit", header: "Đơn vị phụ trách", width: { chars: 28 }, in: SHEET_ONLY, cell: (k) => k.responsibleUnit },
  ],
  units: [
    { key: "ordinal", header: "STT", width: { chars: 6 }, align: "center", cell: ordinal },
    // "Tổng cộng" goes in the name column and STT stays empty: the total is not a unit.
    { key: "name", header: "Đơn vị", width: { chars: 36 }, total: { label: "Tổng cộng" }, cell: (u) => u.name },
    { key: "tasks", header: "Số nhiệm vụ chủ trì", width: { chars: 12 }, align: "center", total: "sum", cell: (u) => u.tasks },
    { key: "done", header: "Hoàn thành", width: { chars: 12 }, align: "center", total: "sum", cell: (u) => u.done },
    { key: "overdue", header: "Quá hạn", width: { chars: 12 }, align: "center", total: "sum", cell: (u) => u.overdue },
    { key: "updated", header: "Đã cập nhật trong kỳ", width: { chars: 14 }, align: "center", total: "sum", cell: (u) => u.updated },
    {
      key: "reported",
      header: "Đã báo cáo",
      width: { chars: 16 },
      align: "center",
      total: { countIf: "Đã báo cáo" },
      cell: (u) => (u.reported ? { text: "Đã báo cáo", tone: "green" } : { text: "Chưa báo cáo", tone: "red" }),
    },
    {
      key: "reportedAt",
      header: "Thời điểm xác nhận",
      width: { chars: 20 },
      align: "center",
      // "Đã báo cáo" stays the reported cell's one text (the total counts it); who confirmed goes here.
      cell: (u) => (u.onBehalf ? `${u.reportedAt} (Văn phòng báo cáo thay)` : u.reportedAt),
    },
  ],
};

/** The columns a renderer shows, in order. */
export function columnsIn<C extends Pick<ReportColumn<never>, "in">>(columns: readonly C[], renderer: Renderer): C[] {
  return columns.filter((c) => !c.in || c.in.includes(renderer));
}

/** A cell as the renderer shows it: its text (or number), its tone, and whether it is the italic "empty" text. */
export type ShownCell = { value: string | number; tone?: Tone; empty: boolean };

export function shownCell<Row>(column: ReportColumn<Row>, row: Row, index: number, renderer: Renderer): ShownCell {
  const raw = column.cell(row, index);
  const { value, tone } = typeof raw === "object" ? { value: raw.text, tone: raw.tone } : { value: raw, tone: undefined };
  const empty = value === "" && column.empty !== undefined && (!column.empty.in || column.empty.in.includes(renderer));
  return { value: empty && column.empty ? column.empty.text : value, tone, empty };
}

/** The column's alignment in a renderer. */
export function alignIn<Row>(column: ReportColumn<Row>, renderer: Renderer): ColumnAlign {
  return (renderer === "paper" ? column.paperAlign : undefined) ?? column.align ?? "left";
}

/** The row that opens a group of the task table, in every renderer: "1. Thể chế", or the title alone when the group has no code. */
export function groupLabel(t: Pick<ReportTaskRow, "groupCode" | "groupTitle">): string {
  return t.groupCode ? `${t.groupCode}. ${t.groupTitle}` : t.groupTitle;
}
