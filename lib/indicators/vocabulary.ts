// Words and numbers of KPIs: the stored enums, their Vietnamese labels, the plan import's vocabulary
// ("%", ">=") mapped to the stored one, and numbers written the Vietnamese way ("81,25").
import type { IndicatorComparison, IndicatorFrequency, IndicatorMeasure, IndicatorUnit } from "../generated/prisma/enums";
import type { IndicatorComparison as DraftComparison, IndicatorUnit as DraftUnit } from "../import/types";

export const UNITS = ["PERCENT", "COUNT"] as const satisfies readonly IndicatorUnit[];
export const COMPARISONS = ["GTE", "GT", "EQ", "LTE", "LT"] as const satisfies readonly IndicatorComparison[];
export const MEASURES = ["DIRECT", "RATIO"] as const satisfies readonly IndicatorMeasure[];
export const FREQUENCIES = ["MONTHLY", "WEEKLY"] as const satisfies readonly IndicatorFrequency[];

export const UNIT_LABEL: Record<IndicatorUnit, string> = { PERCENT: "Tỷ lệ (%)", COUNT: "Số lượng" };
export const COMPARISON_LABEL: Record<IndicatorComparison, string> = {
  GTE: "≥ (tối thiểu)",
  GT: "> (trên)",
  EQ: "= (đạt mức)",
  LTE: "≤ (tối đa)",
  LT: "< (dưới)",
};
export const MEASURE_LABEL: Record<IndicatorMeasure, string> = {
  DIRECT: "Nhập trực tiếp giá trị",
  RATIO: "Tính từ tử số / mẫu số",
};

export function unitFromDraft(unit: DraftUnit): IndicatorUnit {
  return unit === "count" ? "COUNT" : "PERCENT";
}

export function comparisonFromDraft(c: DraftComparison): IndicatorComparison {
  return c === ">" ? "GT" : c === "=" ? "EQ" : "GTE";
}

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 81.25 → "81,25"; 1234 → "1.234". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A value with its unit: "81,25%" or "12". */
export function formatValue(n: number, unit: IndicatorUnit): string {
  return unit === "PERCENT" ? `${formatNumber(n)}%` : formatNumber(n);
}
