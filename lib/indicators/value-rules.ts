// What a KPI value may be, in one place for the entry form, the file import and the seed. A ratio's
// percentage is always computed here from its numerator and denominator, never typed by hand.
import type { IndicatorMeasure, IndicatorUnit } from "../generated/prisma/enums";

export type ValueDefinition = { unit: IndicatorUnit; measure: IndicatorMeasure };
export type ValueEntry = { value?: string | null; numerator?: string | null; denominator?: string | null };
export type ValueField = "value" | "numerator" | "denominator";
export type CheckedValue =
  | { ok: true; value: number; numerator: number | null; denominator: number | null }
  | { ok: false; errors: Partial<Record<ValueField, string>> };

/** Largest figure a column of DECIMAL(16,4) holds comfortably; larger ones are typing mistakes. */
export const MAX_FIGURE = 1_000_000_000_000;

/**
 * "81,5", "81.5", " 1.234,5 ", "1.000" → number; null when it is not a plain decimal number. A comma
 * is the decimal mark (Vietnamese); dots in groups of three ("1.000", "12.500.000") group thousands,
 * as Vietnamese users write them; any other lone dot is a decimal point ("81.5", as spreadsheets
 * write it). A trailing "%" is ignored.
 */
export function parseDecimal(text: string): number | null {
  // A trailing "%" is how a spreadsheet shows a percentage cell ("81,5%").
  let t = text.trim().replace(/\s+/g, "").replace(/%$/, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "");
  if (t.includes(".") && t.includes(",")) return null;
  t = t.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const filled = (s: string | null | undefined): s is string => typeof s === "string" && s.trim() !== "";

/** `percent`: the figure is itself a percentage, so a "%" after it is how it was written. */
function figure(text: string, label: string, integer: boolean, percent = false): { n: number } | { error: string } {
  if (!percent && text.trim().endsWith("%")) return { error: `${label} là số lượng, không ghi dấu %` };
  const n = parseDecimal(text);
  if (n === null) return { error: `${label} phải là một số (ví dụ 812 hoặc 81,5)` };
  if (n < 0) return { error: `${label} không được âm` };
  if (n >= MAX_FIGURE) return { error: `${label} quá lớn` };
  if (integer && !Number.isInteger(n)) return { error: `${label} phải là số nguyên` };
  if (round4(n) !== n) return { error: `${label}: tối đa 4 chữ số thập phân` };
  return { n };
}

export function checkValue(def: ValueDefinition, entry: ValueEntry): CheckedValue {
  if (def.measure === "RATIO") {
    const errors: Partial<Record<ValueField, string>> = {};
    if (filled(entry.value)) errors.value = "Giá trị được tính tự động từ tử số và mẫu số, không nhập tay";
    const num = filled(entry.numerator) ? figure(entry.numerator, "Tử số", false) : { error: "Nhập tử số" };
    const den = filled(entry.denominator) ? figure(entry.denominator, "Mẫu số", false) : { error: "Nhập mẫu số" };
    if ("error" in num) errors.numerator = num.error;
    if ("error" in den) errors.denominator = den.error;
    else if (den.n === 0) errors.denominator = "Mẫu số phải lớn hơn 0";
    if ("n" in num && "n" in den && num.n > den.n) errors.numerator = "Tử số không được lớn hơn mẫu số";
    if (Object.keys(errors).length || !("n" in num) || !("n" in den)) return { ok: false, errors };
    return { ok: true, value: round4((num.n / den.n) * 100), numerator: num.n, denominator: den.n };
  }
  if (filled(entry.numerator) || filled(entry.denominator)) {
    return { ok: false, errors: { numerator: "Chỉ tiêu này nhập trực tiếp giá trị, không dùng tử số/mẫu số" } };
  }
  if (!filled(entry.value)) return { ok: false, errors: { value: "Nhập giá trị" } };
  const v = figure(entry.value, "Giá trị", def.unit === "COUNT", def.unit === "PERCENT");
  if ("error" in v) return { ok: false, errors: { value: v.error } };
  if (def.unit === "PERCENT" && v.n > 100) return { ok: false, errors: { value: "Tỷ lệ phải từ 0 đến 100%" } };
  return { ok: true, value: v.n, numerator: null, denominator: null };
}
