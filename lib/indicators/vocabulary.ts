// Words of indicators (KPIs): the stored enums, their Vietnamese labels, the written vocabulary of
// plans and of the shipped catalog ("%", ">=") mapped to the stored one, and targets as official
// text writes them. Numbers are formatted by lib/format/number.ts. IndicatorUnit and IndicatorComparison always mean the stored
// (Prisma) enums; the written forms are DraftUnit and DraftComparison.
import type { IndicatorComparison, IndicatorFrequency, IndicatorMeasure, IndicatorUnit } from "../generated/prisma/enums";
import { formatNumber, formatValue } from "../format/number";
import { COMPARISON_SYMBOL } from "./status";

/** Units as a plan writes a target ("80%", "82 nhóm TTHC"); kept in import drafts as JSON. */
export const DRAFT_UNITS = ["%", "count"] as const;
export type DraftUnit = (typeof DRAFT_UNITS)[number];
/** Comparisons as a plan writes a target ("tối thiểu 80%" → ">="); kept in import drafts as JSON. */
export const DRAFT_COMPARISONS = [">=", "=", ">"] as const;
export type DraftComparison = (typeof DRAFT_COMPARISONS)[number];

/** A target read from a plan, before a person reviews it (lib/import); createIndicatorsFromDrafts stores it. */
export type IndicatorDraft = {
  name: string;
  target: number;
  unit: DraftUnit;
  comparison: DraftComparison;
  dueDate: string | null;
  /** Code in INDICATOR_CATALOG when the target is one of the catalogued indicators. */
  catalogCode: string | null;
  /** The sentence the target was read from. */
  sourceText: string;
};

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

/** The nouns a counted target is written with in the plans ("82 nhóm TTHC", "12 cơ sở dữ liệu"). */
export const COUNT_NOUNS = [
  "cơ sở dữ liệu",
  "CSDL",
  "nhóm thủ tục",
  "nhóm TTHC",
  "thủ tục hành chính",
  "dịch vụ công",
  "hệ thống thông tin",
  "nền tảng",
] as const;

/** The noun of a counted indicator, read from its name ("Nhóm TTHC được cung cấp…" → "nhóm TTHC"). */
function countNoun(name: string): string {
  const lower = name.toLocaleLowerCase("vi-VN");
  let best: { at: number; noun: string } | null = null;
  for (const noun of COUNT_NOUNS) {
    const at = lower.indexOf(noun.toLocaleLowerCase("vi-VN"));
    if (at >= 0 && (!best || at < best.at || (at === best.at && noun.length > best.noun.length))) best = { at, noun };
  }
  if (!best) return "";
  const written = name.slice(best.at, best.at + best.noun.length);
  // The name's own spelling, lower-cased at the start unless it is an abbreviation ("CSDL").
  return /^\p{Lu}{2}/u.test(written) ? written : written.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase("vi-VN"));
}

/**
 * A target as official text writes it: "≥ 80%", "82 nhóm TTHC", "100%". EQ means "reach" (status.ts),
 * so it takes no sign: "= 82" reads as an equation, not a goal. A count carries its noun when the
 * indicator's name has one of COUNT_NOUNS.
 */
export function targetText(comparison: IndicatorComparison, target: number, unit: IndicatorUnit, name: string): string {
  const noun = unit === "COUNT" ? countNoun(name) : "";
  const amount = noun ? `${formatNumber(target)} ${noun}` : formatValue(target, unit);
  return comparison === "EQ" ? amount : `${COMPARISON_SYMBOL[comparison]} ${amount}`;
}
