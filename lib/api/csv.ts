// CSV of the API's lists (`?format=csv`): UTF-8 with a BOM (Excel opens Vietnamese correctly),
// RFC 4180 quoting, CRLF, and cells that a spreadsheet would run as a formula made inert.
// `value` is a method so that a list of columns of one row type is a list of columns of rows in general.
export type CsvColumn<T> = { header: string; value(row: T): string | number | boolean | null | undefined };

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  // =, +, -, @ (and tab/CR) at the start make spreadsheets evaluate a cell (CSV injection); a leading
  // apostrophe keeps the text as text. Numbers are written by us and stay numbers.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
