// Reads an onboarding file into raw text rows: an XLSX workbook with the sheets "Xã, phường" and
// "Tài khoản", or a communes CSV and an optional accounts CSV. Only reading happens here (shared by
// the page and `npm run onboard`); lib/onboarding/check.ts decides what each row means. Every
// failure is a Vietnamese message, never a throw.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { checkInflation, isZipBomb, readZipDirectory, ZIP_BOMB_MESSAGE } from "../files/inspect";
import { foldText } from "../text";

export type RawCommuneRow = { line: number; province: string; name: string; kind: string; adminCode: string };
export type RawAccountRow = {
  line: number;
  communeCode: string;
  fullName: string;
  unit: string;
  role: string;
  email: string;
  phone: string;
  username: string;
};
export type OnboardingRows = { communes: RawCommuneRow[]; accounts: RawAccountRow[] };
export type ParseResult = ({ ok: true } & OnboardingRows) | { ok: false; message: string };
export type UploadedFile = { name: string; bytes: Buffer };

export const ONBOARDING_MAX_BYTES = 5 * 1024 * 1024;
export const ONBOARDING_MAX_ROWS = 3000;
const MAX_XLSX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;
const MAX_CELL = 300;

export const COMMUNE_SHEET = "Xã, phường";
export const ACCOUNT_SHEET = "Tài khoản";

/** Header cells of each sheet (as in the template), folded; a row holding the first ones is the header. */
export const COMMUNE_HEADERS = {
  province: ["tinh/tp", "tinh", "tinh/thanh pho", "tinh, thanh pho"],
  name: ["ten xa/phuong", "ten xa, phuong", "ten", "xa/phuong"],
  kind: ["loai", "loai (xa|phuong)", "loai (xa/phuong)"],
  adminCode: ["ma dvhc", "ma", "ma don vi hanh chinh"],
} as const;
export const ACCOUNT_HEADERS = {
  communeCode: ["ma dvhc cua xa", "ma dvhc", "ma xa"],
  fullName: ["ho va ten", "ho ten"],
  unit: ["don vi"],
  role: ["vai tro"],
  email: ["thu dien tu", "email", "e-mail"],
  phone: ["dien thoai", "so dien thoai"],
  username: ["ten dang nhap"],
} as const;

const fail = (message: string) => ({ ok: false as const, message });
const fold = (s: string) =>
  foldText(s)
    .replace(/\(.*?\)/g, "")
    .replace(/\s+/g, " ")
    .trim();

type Grid = { line: number; cells: string[] }[];

/** The rows of a grid under its header; `headers` maps each field to its accepted spellings. */
function rowsOf<F extends string>(grid: Grid, headers: Record<F, readonly string[]>, what: string) {
  const fields = Object.keys(headers) as F[];
  const match = (cell: string, f: F) => headers[f].some((h) => fold(h) === fold(cell));
  const headerIndex = grid.slice(0, 10).findIndex((r) => fields.filter((f) => r.cells.some((c) => match(c, f))).length >= 2);
  if (headerIndex < 0) return fail(`Không tìm thấy dòng tiêu đề của ${what}`);
  const header = grid[headerIndex]!.cells;
  const column = Object.fromEntries(fields.map((f) => [f, header.findIndex((c) => match(c, f))])) as Record<F, number>;
  const rows = grid
    .slice(headerIndex + 1)
    .filter((r) => r.cells.some((c) => c.trim()))
    .map((r) => ({
      line: r.line,
      ...(Object.fromEntries(fields.map((f) => [f, column[f] >= 0 ? (r.cells[column[f]] ?? "").trim().slice(0, MAX_CELL) : ""])) as Record<
        F,
        string
      >),
    }));
  if (rows.length > ONBOARDING_MAX_ROWS) return fail(`${what} có quá nhiều dòng: tối đa ${ONBOARDING_MAX_ROWS} dòng`);
  return { ok: true as const, rows };
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((p) => p.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  return "";
}

function gridOfSheet(sheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= 30) cells[col - 1] = cellText(cell.value);
    });
    grid.push({ line, cells: Array.from(cells, (c) => c ?? "") });
  });
  return grid;
}

async function readXlsx(bytes: Buffer): Promise<ParseResult> {
  const zip = await readZipDirectory(bytes);
  if (!zip) return fail("Tệp Excel bị hỏng hoặc không đọc được");
  if (isZipBomb(zip, bytes.length)) return fail(ZIP_BOMB_MESSAGE);
  if (!zip.names.has("[Content_Types].xml") || !zip.names.has("xl/workbook.xml"))
    return fail("Tệp phải là bảng tính Excel (.xlsx) hoặc CSV");
  if (zip.uncompressed > MAX_XLSX_UNCOMPRESSED_BYTES) return fail("Bảng tính quá lớn");
  const inflation = await checkInflation(bytes);
  if (inflation === "lies") return fail(ZIP_BOMB_MESSAGE);
  if (inflation === "broken") return fail("Tệp Excel bị hỏng hoặc không đọc được");
  const wb = new ExcelJS.Workbook();
  try {
    const options: Partial<ExcelJS.XlsxReadOptions> & { maxRows: number; maxCols: number } = {
      ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"],
      maxRows: ONBOARDING_MAX_ROWS * 4,
      maxCols: 200,
    };
    await wb.xlsx.load(new Uint8Array(bytes).buffer, options);
  } catch {
    return fail("Tệp Excel bị hỏng hoặc quá nhiều dòng");
  }
  const find = (name: string) => wb.worksheets.find((s) => fold(s.name) === fold(name));
  const communeSheet = find(COMMUNE_SHEET);
  if (!communeSheet) return fail(`Tệp Excel thiếu trang “${COMMUNE_SHEET}” (hãy dùng tệp mẫu)`);
  const communes = rowsOf(gridOfSheet(communeSheet), COMMUNE_HEADERS, `trang “${COMMUNE_SHEET}”`);
  if (!communes.ok) return communes;
  const accountSheet = find(ACCOUNT_SHEET);
  const accounts = accountSheet ? rowsOf(gridOfSheet(accountSheet), ACCOUNT_HEADERS, `trang “${ACCOUNT_SHEET}”`) : null;
  if (accounts && !accounts.ok) {
    // A sheet left empty (only the template's header removed) means no accounts.
    if (gridOfSheet(accountSheet!).length > 0) return accounts;
  }
  return { ok: true, communes: communes.rows, accounts: accounts?.ok ? accounts.rows : [] };
}

function csvGrid(bytes: Buffer): Grid | { ok: false; message: string } {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder("utf-8").decode(utf8Bom ? bytes.subarray(3) : bytes);
  if (text.includes("\ufffd")) return fail("Tệp CSV phải lưu với mã UTF-8");
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return fail("Tệp phải là bảng tính Excel (.xlsx) hoặc CSV");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => String(c ?? "")) }));
}

const isZip = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"));

/**
 * The rows of an onboarding upload: one .xlsx (both sheets), or a communes .csv and optionally an
 * accounts .csv.
 */
export async function readOnboardingFiles(main: UploadedFile, accountsCsv?: UploadedFile | null): Promise<ParseResult> {
  for (const f of [main, accountsCsv]) {
    if (!f) continue;
    if (f.bytes.length === 0) return fail(`Tệp ${f.name} rỗng`);
    if (f.bytes.length > ONBOARDING_MAX_BYTES) return fail(`Tệp ${f.name} vượt quá 5 MB`);
  }
  try {
    if (isZip(main.bytes)) {
      if (accountsCsv) return fail("Tệp Excel đã có trang tài khoản: không cần tệp CSV tài khoản riêng");
      return await readXlsx(main.bytes);
    }
    const grid = csvGrid(main.bytes);
    if (!Array.isArray(grid)) return grid;
    const communes = rowsOf(grid, COMMUNE_HEADERS, "tệp CSV xã, phường");
    if (!communes.ok) return communes;
    if (!accountsCsv) return { ok: true, communes: communes.rows, accounts: [] };
    if (isZip(accountsCsv.bytes)) return fail("Tệp tài khoản phải là CSV khi tệp xã, phường là CSV");
    const accountGrid = csvGrid(accountsCsv.bytes);
    if (!Array.isArray(accountGrid)) return accountGrid;
    const accounts = rowsOf(accountGrid, ACCOUNT_HEADERS, "tệp CSV tài khoản");
    if (!accounts.ok) return accounts;
    return { ok: true, communes: communes.rows, accounts: accounts.rows };
  } catch {
    return fail("Không đọc được tệp, hãy kiểm tra lại tệp và thử lại");
  }
}
