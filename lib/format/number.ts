// Numbers as the portal writes them, the Vietnamese way: decimal comma, dot grouping ("1.234,5").
// Every page, file and message formats numbers here, so a value reads the same everywhere.
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";

const formats = new Map<number, Intl.NumberFormat>();

function grouped(maxDecimals: number): Intl.NumberFormat {
  let format = formats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDecimals });
    formats.set(maxDecimals, format);
  }
  return format;
}

/** 81.25 → "81,25"; 1234.5 → "1.234,5"; at most `maxDecimals` decimals (2 unless said). */
export function formatNumber(n: number, maxDecimals = 2): string {
  return grouped(maxDecimals).format(n);
}

/** 80 → "80%", 81.25 → "81,25%". */
export function formatPercent(n: number, maxDecimals = 2): string {
  return `${formatNumber(n, maxDecimals)}%`;
}

/** An indicator's value with its unit: "81,25%" or "12". */
export function formatValue(n: number, unit: IndicatorUnit): string {
  return unit === "PERCENT" ? formatPercent(n) : formatNumber(n);
}

/** An attachment's size: "12,3 MB", or whole kilobytes ("5 KB", at least "1 KB"). */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / 1024 / 1024, 1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// Up to 15 significant digits, as Excel shows them: 0.1 + 0.2 reads "0,3", not "0,30000000000000004".
const plain = new Intl.NumberFormat("vi-VN", { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A number to be typed back in (a spreadsheet cell read as text): decimal comma and no grouping,
 * "1234,5". "1.234" would read as one thousand two hundred thirty-four, "1234,5" cannot be misread.
 */
export function formatPlainNumber(n: number): string {
  return plain.format(n);
}
