// The XLSX a commune downloads, fills in and uploads again: one row per indicator for one period,
// laid out so that readValueFile reads it back without any change.
import ExcelJS from "exceljs";

export type ValueTemplateRow = {
  code: string;
  name: string;
  unitLabel: string;
  ratio: boolean;
  numeratorLabel?: string | null;
  denominatorLabel?: string | null;
  /** The row's own period when it differs from the sheet's (a weekly indicator in a monthly sheet). */
  periodKey?: string;
};

const COLUMNS = [
  { header: "Mã chỉ tiêu", width: 14 },
  { header: "Tên chỉ tiêu", width: 50 },
  { header: "Kỳ", width: 12 },
  { header: "Giá trị", width: 12 },
  { header: "Tử số", width: 12 },
  { header: "Mẫu số", width: 12 },
  { header: "Nguồn, ghi chú", width: 40 },
];
// Column numbers in COLUMNS.
const CODE = 1;
const PERIOD = 3;
const VALUE = 4;
const NUMERATOR = 5;
const DENOMINATOR = 6;
/** "@" is Excel's Text format: without it "11/2025" becomes a date and "01" the number 1. */
const TEXT_FORMAT = "@";
const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FFBFBFBF" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** "2025-11" → "11/2025", the form people write; weekly keys ("2025-W47") are kept as they are. */
function periodText(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  return month ? `${month[2]}/${month[1]}` : key;
}

export async function buildValueTemplate(rows: ValueTemplateRow[], period: { label: string; key: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS;
  sheet.getColumn(CODE).numFmt = TEXT_FORMAT;
  sheet.getColumn(PERIOD).numFmt = TEXT_FORMAT;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });

  for (const indicator of rows) {
    const name = indicator.unitLabel ? `${indicator.name} (${indicator.unitLabel})` : indicator.name;
    const row = sheet.addRow([indicator.code, name, periodText(indicator.periodKey ?? period.key)]);
    // Bordered cells show where to type; exceljs also drops the note of a cell with no value or style.
    for (let column = 1; column <= COLUMNS.length; column += 1) row.getCell(column).border = BORDER;
    row.getCell(CODE).numFmt = TEXT_FORMAT;
    row.getCell(PERIOD).numFmt = TEXT_FORMAT;
    // Grey marks the cells not to fill: a ratio's value is computed, other indicators have no parts.
    if (indicator.ratio) {
      const value = row.getCell(VALUE);
      value.fill = GREY;
      value.note = "Tính tự động từ tử số/mẫu số";
      if (indicator.numeratorLabel) row.getCell(NUMERATOR).note = `Tử số: ${indicator.numeratorLabel}`;
      if (indicator.denominatorLabel) row.getCell(DENOMINATOR).note = `Mẫu số: ${indicator.denominatorLabel}`;
    } else {
      row.getCell(NUMERATOR).fill = GREY;
      row.getCell(DENOMINATOR).fill = GREY;
    }
  }

  addInstructions(workbook, period.label);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addInstructions(workbook: ExcelJS.Workbook, periodLabel: string): void {
  const sheet = workbook.addWorksheet("Hướng dẫn");
  sheet.getColumn(1).width = 110;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  const lines = [
    "Hướng dẫn nhập số liệu chỉ tiêu",
    `Kỳ số liệu của mẫu này: ${periodLabel}.`,
    "1. Nhập số liệu ở trang “Số liệu”: mỗi dòng là một chỉ tiêu trong một kỳ. Giữ nguyên dòng tiêu đề và cột Mã chỉ tiêu.",
    "2. Cột Kỳ ghi dạng 11/2025 (tháng) hoặc Tuần 47/2025 (tuần); kỳ đã điền sẵn thì giữ nguyên.",
    "3. Số thập phân dùng dấu phẩy hoặc dấu chấm (81,5 hoặc 81.5); không dùng dấu phân cách hàng nghìn.",
    "4. Chỉ tiêu tỷ lệ (ô Giá trị tô xám): nhập Tử số và Mẫu số, không nhập Giá trị; giá trị được tính tự động.",
    "5. Các chỉ tiêu khác: nhập Giá trị, để trống Tử số và Mẫu số (ô tô xám).",
    "6. Cột “Nguồn, ghi chú” ghi nguồn số liệu hoặc giải thích, không bắt buộc.",
    "7. Lưu tệp dạng .xlsx (hoặc CSV mã UTF-8) rồi tải lên; hệ thống hiện bản xem trước và lỗi của từng dòng trước khi ghi.",
  ];
  for (const line of lines) sheet.addRow([line]);
  sheet.getRow(1).font = { bold: true, size: 13 };
}
