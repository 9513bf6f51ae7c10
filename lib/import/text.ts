// Small text helpers shared by the import parser's files.

const folded = new Map<string, string>();

function foldUnit(unit: string): string {
  let result = folded.get(unit);
  if (result === undefined) {
    const base = unit.normalize("NFD").charAt(0).toLowerCase().charAt(0);
    result = base === "đ" ? "d" : base || unit;
    folded.set(unit, result);
  }
  return result;
}

/**
 * Lower case without diacritics ("Phòng Văn hóa" → "phong van hoa"), for matching wording. One
 * UTF-16 unit in, one out: an index found in folded NFC text is an index in the original.
 */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text[i]);
  return out;
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** "TỔ CHỨC THỰC HIỆN" → "Tổ chức thực hiện". */
export function sentenceCase(text: string): string {
  return capitalizeFirst(text.toLocaleLowerCase("vi"));
}

export function stripTrailingPunctuation(text: string): string {
  // A loop, not /[\s.,;:]+$/: that regex is quadratic on long runs of such characters.
  let end = text.length;
  while (end > 0 && /[\s.,;:]/u.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/** A sentence ends with punctuation; PDF text sometimes loses the final full stop. */
/** "02 -KH/BCĐTW", "285 - KH/TW" → "02-KH/BCĐTW", "285-KH/TW". */
export function tidyDocumentNumbers(text: string): string {
  return text.replace(/(\d)\s*-\s*(\p{Lu}+\/)/gu, "$1-$2");
}

/** Running text of a task as it should be stored: one line, document numbers tidied, a final stop. */
export function tidyDescription(text: string): string {
  return endSentence(tidyDocumentNumbers(collapseSpaces(text)));
}

export function endSentence(text: string): string {
  if (!text) return text;
  // "./." closes the body of an official document.
  const body = text.replace(/\.\/\.$/u, ".");
  return /[.!?…:;]$/u.test(body) ? body.replace(/[;:]$/u, ".") : `${body}.`;
}

/** Joins two PDF line fragments: "Hpnet-" + "Office" → "Hpnet-Office", otherwise with one space. */
export function joinFragments(left: string, right: string): string {
  if (!left) return right;
  if (!right) return left;
  // Only the end of `left` is looked at: texts are joined line by line, and `left` grows long.
  if (/[\p{L}\d]-$/u.test(left.slice(-2))) return left + right;
  return `${left} ${right}`;
}

export function isoFromParts(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
