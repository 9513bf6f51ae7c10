// Small onboarding files built by the tests (the headers of the template, lib/onboarding/template.ts).
import ExcelJS from "exceljs";
import { ACCOUNT_COLUMNS, COMMUNE_COLUMNS } from "@/lib/onboarding/template";
import { ACCOUNT_SHEET, COMMUNE_SHEET } from "@/lib/onboarding/parse";

export type CommuneLine = [province: string, name: string, kind: string, code: string];
export type AccountLine = [code: string, fullName: string, unit: string, role: string, email: string, phone: string, username: string];

export async function onboardingXlsx(communes: CommuneLine[], accounts: AccountLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const c = wb.addWorksheet(COMMUNE_SHEET);
  c.addRow([...COMMUNE_COLUMNS]);
  for (const r of communes) c.addRow(r);
  const a = wb.addWorksheet(ACCOUNT_SHEET);
  a.addRow([...ACCOUNT_COLUMNS]);
  for (const r of accounts) a.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csv = (header: readonly string[], rows: string[][]) =>
  Buffer.from([header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n"), "utf8");
