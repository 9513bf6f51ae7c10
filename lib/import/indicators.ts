// Targets (chỉ tiêu) in the objectives: "Tối thiểu 80% hồ sơ …", "ít nhất 30% tài liệu lưu trữ …",
// "100% …", "đạt trên 90%", "12 cơ sở dữ liệu …", "82 nhóm thủ tục …" → indicator drafts, with the
// KPI catalog code when the target is a catalogued KPI.

import type { SourceLine } from "@/lib/import/lines";
import { findCatalogIndicator } from "@/lib/indicators/catalog";
import { COUNT_NOUNS } from "@/lib/indicators/vocabulary";
import { capitalizeFirst, collapseSpaces, foldText, stripTrailingPunctuation } from "@/lib/text";
import { joinFragments } from "@/lib/import/text";
import type { DraftComparison, DraftUnit, IndicatorDraft } from "@/lib/indicators/vocabulary";
import { matchGroup } from "@/lib/must";

/**
 * PDF lines → paragraphs: a line starts a new paragraph when it is a bullet, or when the line before
 * ended a sentence and this one starts with a capital or a digit.
 */
export function rebuildParagraphs(lines: readonly SourceLine[]): string[] {
  const paragraphs: string[][] = [];
  let previous = "";
  let current: string[] | undefined;
  for (const { text } of lines) {
    const bullet = /^[-–—•+*]\s*/u.exec(text);
    const startsNew = bullet !== null || (/[.:;)]$/u.test(previous) && /^[\p{Lu}\d]/u.test(text));
    if (!current || startsNew) {
      current = [];
      paragraphs.push(current);
    }
    const fragment = bullet ? text.slice(bullet[0].length) : text;
    current.push(fragment);
    previous = fragment;
  }
  return paragraphs.map(joinFragments).filter((p) => p.length > 0);
}

/** Paragraphs → statements: split at ";" and at a full stop followed by a capital. */
export function splitStatements(paragraphs: readonly string[]): string[] {
  return paragraphs
    .flatMap((p) => p.split(/;\s+|\.\s+(?=[\p{Lu}\d])/u))
    .map((s) => collapseSpaces(s))
    .filter((s) => s.length > 0);
}

type Target = { value: number; unit: DraftUnit; start: number; end: number };

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/gu;
const COUNT = new RegExp(`(?<![\\d/.])(\\d{1,4})\\s+(${COUNT_NOUNS.join("|")})`, "giu");

function findTargets(statement: string): Target[] {
  const targets: Target[] = [];
  for (const m of statement.matchAll(PERCENT)) {
    const value = Number(matchGroup(m, 1).replace(",", "."));
    if (value > 0 && value <= 100) targets.push({ value, unit: "%", start: m.index, end: m.index + m[0].length });
  }
  for (const m of statement.matchAll(COUNT)) {
    if (/số\s*$/u.test(statement.slice(Math.max(0, m.index - 8), m.index))) continue; // "Quyết định số 06 …"
    const digits = matchGroup(m, 1);
    targets.push({ value: Number(digits), unit: "count", start: m.index, end: m.index + digits.length });
  }
  return targets.sort((a, b) => a.start - b.start);
}

const QUALIFIERS: [RegExp, DraftComparison][] = [
  [/(toi thieu|it nhat|khong duoi|khong thap hon)\s*$/, ">="],
  [/(tren|hon|vuot)\s*$/, ">"],
  [/dat( ty le| muc)?\s*$/, ">="],
];

function qualifierBefore(statement: string, target: Target): { comparison: DraftComparison; start: number } | null {
  const before = statement.slice(Math.max(0, target.start - 30), target.start);
  const folded = foldText(before);
  for (const [pattern, comparison] of QUALIFIERS) {
    const m = pattern.exec(folded);
    if (m) return { comparison, start: target.start - (folded.length - m.index) };
  }
  return null;
}

// 100% cannot be exceeded, whatever the wording; otherwise the wording, then the catalog decide.
function comparisonOf(target: Target, written: DraftComparison | null, catalogued: DraftComparison | null): DraftComparison {
  if (target.unit === "%" && target.value === 100) return "=";
  return written ?? catalogued ?? (target.unit === "count" ? "=" : ">=");
}

// "cuối năm 2025, tối thiểu 80% …": a year in the clause of the target.
function yearOfClause(statement: string, target: Target): string | null {
  const clauseEnd = statement.indexOf(",", target.end);
  const clause = foldText(statement.slice(0, clauseEnd < 0 ? undefined : clauseEnd));
  const years = [...clause.matchAll(/(?:nam|den|truoc)\s+(\d{4})/g)];
  const year = years.at(-1)?.[1];
  return year ? `${year}-12-31` : null;
}

function nameWithoutNumber(statement: string, from: number, to: number): string {
  const name = collapseSpaces(`${statement.slice(0, from)} ${statement.slice(to)}`)
    .replace(/^(và|,)\s*/u, "")
    .replace(/\s+([,.;)])/gu, "$1");
  return capitalizeFirst(stripTrailingPunctuation(name)).slice(0, 200);
}

export type IndicatorContext = {
  /** Due date of targets that name no year: the objectives' "đến hết năm 2025" or the plan period's end. */
  defaultDueDate: string | null;
  /** Outside the objectives only catalogued KPIs are taken ("sổ sức khỏe điện tử đạt 100%"). */
  catalogOnly: boolean;
};

/** Longer "statements" are runs of text the PDF lost the punctuation of, not one target's sentence. */
const MAX_STATEMENT = 2000;

export function readIndicators(written: string, context: IndicatorContext): IndicatorDraft[] {
  const statement = written.normalize("NFC");
  if (statement.length > MAX_STATEMENT) return [];
  const folded = foldText(statement);
  const drafts: IndicatorDraft[] = [];
  for (const target of findTargets(statement)) {
    const catalogued = findCatalogIndicator(folded, target.unit);
    if (context.catalogOnly && !catalogued) continue;
    const qualifier = qualifierBefore(statement, target);
    const comparison = comparisonOf(target, qualifier?.comparison ?? null, catalogued?.comparison ?? null);
    const nameEnd = target.unit === "%" ? target.end : target.start;
    drafts.push({
      name: catalogued?.name ?? nameWithoutNumber(statement, qualifier?.start ?? target.start, nameEnd),
      target: target.value,
      unit: target.unit,
      comparison,
      dueDate: yearOfClause(statement, target) ?? context.defaultDueDate ?? catalogued?.defaultDueDate ?? null,
      catalogCode: catalogued?.code ?? null,
      sourceText: statement,
    });
  }
  return drafts;
}

/** All targets of the statements; a catalogued KPI is taken once, the first time it appears. */
export function collectIndicators(
  statements: readonly string[],
  context: IndicatorContext,
  already: readonly IndicatorDraft[] = [],
): IndicatorDraft[] {
  const found: IndicatorDraft[] = [];
  const codes = new Set(already.map((i) => i.catalogCode).filter((c): c is string => c !== null));
  for (const statement of statements) {
    for (const draft of readIndicators(statement, context)) {
      if (draft.catalogCode && codes.has(draft.catalogCode)) continue;
      if (draft.catalogCode) codes.add(draft.catalogCode);
      found.push(draft);
    }
  }
  return found;
}
