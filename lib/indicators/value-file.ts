// Reads an uploaded file of indicator values (XLSX or CSV, one row per indicator and period) into
// raw text rows for the preview. Only reading happens here: the values are checked against the
// indicators elsewhere. The type comes from the bytes, never from the extension alone, and every
// failure becomes a Vietnamese message rather than a throw.
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import Papa from "papaparse";
import { checkInflation, isZipBomb, readZipDirectory, ZIP_BOMB_MESSAGE } from "@/lib/files/inspect";
import { formatNumber, formatPlainNumber } from "@/lib/format/number";
import { foldText } from "@/lib/text";

export type RawValueRow = {
  line: number;
  indicator: string;
  period: string;
  value: string;
  numerator: string;
  denominator: string;
  note: string;
};
export type ValueFileResult = { ok: true; rows: RawValueRow[]; sheetName: string | null } | { ok: false; message: string };

export const VALUE_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const VALUE_FILE_MAX_ROWS = 5000;

const MAX_CELL_CHARS = 2000;
const MAX_COLUMNS = 50;
const HEADER_SEARCH_ROWS = 10;
/**
 * exceljs inflates and models the whole workbook before we can count rows (about 0.5 GB of memory
 * per million cells), so a value file must stay far below the general zip-bomb limits.
 */
const MAX_XLSX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;
const VALUE_SHEET = "so lieu";

const NOT_A_SPREADSHEET = "Tệp phải là bảng tính Excel (.xlsx) hoặc CSV";
const NO_HEADER = "Không tìm thấy dòng tiêu đề (cần các cột: Mã chỉ tiêu, Kỳ, Giá trị hoặc Tử số/Mẫu số)";
const TOO_MANY_ROWS = `Tệp có quá nhiều dòng: tối đa ${formatNumber(VALUE_FILE_MAX_ROWS, 3)} dòng số liệu mỗi lần nhập.`;

type Failure = { ok: false; message: string };
type GridRow = { line: number; cells: string[] };
/** Non-empty rows only; `truncated` when there were more than any acceptable file can hold. */
type Grid = { ok: true; rows: GridRow[]; truncated: boolean; sheetName: string | null };
type Field = "indicator" | "period" | "value" | "numerator" | "denominator" | "note";

// Titles and header rows come before the data, so this many non-empty rows prove the file too long.
const GRID_ROW_LIMIT = VALUE_FILE_MAX_ROWS + HEADER_SEARCH_ROWS;

/** Accepted header spellings, folded, best first: "ma chi tieu" wins over "ten chi tieu". */
const HEADERS: Record<Field, readonly string[]> = {
  indicator: ["ma chi tieu", "ma", "chi tieu", "ten chi tieu"],
  period: ["ky", "ky bao cao", "ky so lieu", "thang", "tuan"],
  value: ["gia tri", "so lieu", "ket qua"],
  numerator: ["tu so"],
  denominator: ["mau so"],
  note: ["nguon", "ghi chu", "nguon so lieu", "nguon ghi chu", "ghi chu nguon"],
};
const FIELDS = Object.keys(HEADERS) as Field[];

const fail = (message: string): Failure => ({ ok: false, message });

export async function readValueFile(fileName: string, bytes: Buffer): Promise<ValueFileResult> {
  if (bytes.length === 0) return fail("Tệp rỗng");
  if (bytes.length > VALUE_FILE_MAX_BYTES) return fail(`Tệp vượt quá ${VALUE_FILE_MAX_BYTES / (1024 * 1024)} MB`);
  try {
    const isZip = bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"));
    const grid = isZip ? await readXlsx(bytes) : await readCsv(fileName, bytes);
    return grid.ok ? rowsFromGrid(grid) : grid;
  } catch {
    // A last resort: the readers turn the failures they know of into messages already.
    return fail("Không đọc được tệp, hãy kiểm tra lại tệp và thử lại");
  }
}

// ---- XLSX ----------------------------------------------------------------------------------

async function readXlsx(bytes: Buffer): Promise<Grid | Failure> {
  const zip = await readZipDirectory(bytes);
  if (!zip) return fail("Tệp Excel bị hỏng hoặc không đọc được");
  if (isZipBomb(zip, bytes.length)) return fail(ZIP_BOMB_MESSAGE);
  // A DOCX or any other zip is not a workbook, whatever its name says.
  if (!zip.names.has("[Content_Types].xml") || !zip.names.has("xl/workbook.xml")) return fail(NOT_A_SPREADSHEET);
  if (zip.uncompressed > MAX_XLSX_UNCOMPRESSED_BYTES) {
    return fail("Bảng tính quá lớn; hãy chỉ giữ lại trang số liệu cần nhập rồi thử lại");
  }
  // The sizes above are what the directory declares; exceljs would inflate an entry that lies about
  // its size into memory before noticing.
  const inflation = await checkInflation(bytes);
  if (inflation === "lies") return fail(ZIP_BOMB_MESSAGE);
  if (inflation === "broken") return fail("Tệp Excel bị hỏng hoặc không đọc được");

  const workbook = new ExcelJS.Workbook();
  try {
    // maxRows/maxCols are read by exceljs's worksheet parser (4.4) though missing from its types:
    // they stop a sheet of millions of tiny rows before it is modelled in memory.
    const options: Partial<ExcelJS.XlsxReadOptions> & { maxRows: number; maxCols: number } = {
      ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"],
      maxRows: VALUE_FILE_MAX_ROWS * 10,
      maxCols: 1000,
    };
    // exceljs types its input as an ArrayBuffer (a Node Buffer works too, but does not type-check).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer, options);
  } catch (error) {
    if (error instanceof Error && /^Max (row|column) count/.test(error.message)) return fail(TOO_MANY_ROWS);
    return fail("Tệp Excel bị hỏng hoặc không đọc được");
  }

  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => foldHeader(s.name) === VALUE_SHEET) ?? sheets.find((s) => s.state === "visible") ?? sheets[0];
  if (!sheet) return fail("Tệp Excel không có trang tính nào");

  const rows: GridRow[] = [];
  let truncated = false;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (truncated) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= MAX_COLUMNS) cells[column - 1] = cap(cellText(cell.value, cell.numFmt));
    });
    // eachCell skips blank cells, leaving holes in the array.
    const filled = Array.from(cells, (c) => c ?? "");
    truncated = addRow(rows, line, filled);
  });
  return { ok: true, rows, truncated, sheetName: sheet.name };
}

/** The text the person sees in the cell, in a form the value checks can parse. */
function cellText(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberText(value, numFmt);
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return value.error;
  // A hyperlink's text is rich text when parts of it are formatted, though the types say string.
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue, numFmt);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result, numFmt);
  return "";
}

function numberText(value: number, numFmt: string | undefined): string {
  // A cell typed as "81,5%" holds 0.815: keep what was typed rather than a value 100× too small.
  const percent = numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
  // Plain (no grouping) so that parseDecimal reads the text back as the same number.
  return percent ? `${formatPlainNumber(value * 100)}%` : formatPlainNumber(value);
}

/** exceljs gives dates at UTC midnight; Excel turns "11/2025" into 01/11/2025. */
function dateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

// ---- CSV -----------------------------------------------------------------------------------

async function readCsv(fileName: string, bytes: Buffer): Promise<Grid | Failure> {
  // Excel's "Unicode text" export is UTF-16 with a byte order mark; anything else must be UTF-8.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // A byte order mark proves text, and file-type takes UTF-16's FF FE for an MPEG audio frame.
  const detected = utf16 || utf8Bom ? undefined : await fileTypeFromBuffer(bytes);
  const oldExcel = detected?.ext === "cfb" || /\.xls$/i.test(fileName);
  const notSpreadsheet = fail(
    oldExcel ? `${NOT_A_SPREADSHEET}; tệp .xls (Excel 97–2003) cần mở bằng Excel và lưu lại dạng .xlsx` : NOT_A_SPREADSHEET,
  );
  if (detected) return notSpreadsheet;

  const text = new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(bytes);
  // Control characters mean a binary file; "<" an HTML or XML page (some systems save those as .xls).
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) || text.trimStart().startsWith("<")) return notSpreadsheet;
  if (text.includes("\ufffd")) return fail("Tệp CSV phải lưu với mã UTF-8");
  if (!text.trim()) return fail("Tệp rỗng");

  const delimiter = guessDelimiter(text);
  if (!delimiter) return fail(NO_HEADER);
  const rows: GridRow[] = [];
  let truncated = false;
  let unclosedQuote = 0;
  let line = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      line += 1;
      if (result.errors.some((e) => e.code === "MissingQuotes")) unclosedQuote = line;
      truncated = addRow(rows, line, result.data.slice(0, MAX_COLUMNS).map(cap));
      if (truncated || unclosedQuote) parser.abort();
    },
  });
  if (unclosedQuote) return fail(`Tệp CSV có dấu ngoặc kép (") không được đóng, từ dòng ${unclosedQuote}`);
  return { ok: true, rows, truncated, sheetName: null };
}

/**
 * The delimiter whose split of the first rows gives the best header. Papaparse's own guess counts
 * fields per line, and is fooled when ";"-separated rows all hold one decimal comma ("81,5").
 */
function guessDelimiter(text: string): string | null {
  let best: { delimiter: string; score: number } | null = null;
  for (const delimiter of [";", ",", "\t"]) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH_ROWS });
    const rows = data.map((cells, i) => ({ line: i + 1, cells: cells.slice(0, MAX_COLUMNS).map(cap) }));
    const header = findHeader(rows);
    const score = header ? Object.keys(header.columns).length : 0;
    if (score > 0 && (!best || score > best.score)) best = { delimiter, score };
  }
  return best?.delimiter ?? null;
}

// ---- Rows ----------------------------------------------------------------------------------

/** Keeps a non-empty row; true once the file has proved too long to accept. */
function addRow(rows: GridRow[], line: number, cells: string[]): boolean {
  if (!cells.some((c) => c !== "")) return false;
  if (rows.length >= GRID_ROW_LIMIT) return true;
  rows.push({ line, cells });
  return false;
}

/** Trimmed and at most MAX_CELL_CHARS long, without splitting a surrogate pair. */
function cap(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_CELL_CHARS) return trimmed;
  const cut = trimmed.slice(0, MAX_CELL_CHARS);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** "Mã chỉ tiêu (*)", "KỲ BÁO CÁO:" → "ma chi tieu", "ky bao cao". */
function foldHeader(text: string): string {
  return foldText(text.normalize("NFC"))
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

type Header = { line: number; columns: Partial<Record<Field, number>> };

function findHeader(rows: GridRow[]): Header | null {
  for (const row of rows) {
    if (row.line > HEADER_SEARCH_ROWS) break;
    const folded = row.cells.map(foldHeader);
    const columns: Partial<Record<Field, number>> = {};
    for (const field of FIELDS) {
      for (const spelling of HEADERS[field]) {
        const index = folded.indexOf(spelling);
        if (index >= 0) {
          columns[field] = index;
          break;
        }
      }
    }
    const hasAmount = columns.value !== undefined || columns.numerator !== undefined || columns.denominator !== undefined;
    if (columns.indicator !== undefined && columns.period !== undefined && hasAmount) return { line: row.line, columns };
  }
  return null;
}

function rowsFromGrid(grid: Grid): ValueFileResult {
  if (grid.rows.length === 0) return fail(grid.sheetName ? `Trang tính "${grid.sheetName}" không có dữ liệu` : "Tệp rỗng");
  if (grid.truncated) return fail(TOO_MANY_ROWS);
  const header = findHeader(grid.rows);
  if (!header) return fail(NO_HEADER);

  const pick = (cells: string[], field: Field) => {
    const index = header.columns[field];
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const rows: RawValueRow[] = [];
  for (const { line, cells } of grid.rows) {
    if (line <= header.line) continue;
    const row: RawValueRow = { line, indicator: "", period: "", value: "", numerator: "", denominator: "", note: "" };
    for (const field of FIELDS) row[field] = pick(cells, field);
    // A row with text only in columns we do not read (a row number, a signature) holds no value.
    if (FIELDS.some((field) => row[field] !== "")) rows.push(row);
  }
  if (rows.length > VALUE_FILE_MAX_ROWS) return fail(TOO_MANY_ROWS);
  return { ok: true, rows, sheetName: grid.sheetName };
}
