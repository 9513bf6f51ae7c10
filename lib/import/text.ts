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

/** "02 -KH/BCĐTW", "285 - KH/TW" → "02-KH/BCĐTW", "285-KH/TW". */
export function tidyDocumentNumbers(text: string): string {
  return text.replace(/(\d)\s*-\s*(\p{Lu}+\/)/gu, "$1-$2");
}

/** Running text of a task as it should be stored: one line, document numbers tidied, a final stop. */
export function tidyDescription(text: string): string {
  return endSentence(tidyDocumentNumbers(collapseSpaces(text)));
}

/** A sentence ends with punctuation; PDF text sometimes loses the final full stop. */
export function endSentence(text: string): string {
  if (!text) return text;
  // "./." closes the body of an official document.
  const body = text.replace(/\.\/\.$/u, ".");
  return /[.!?…:;]$/u.test(body) ? body.replace(/[;:]$/u, ".") : `${body}.`;
}

/**
 * Joins PDF line fragments: "Hpnet-" + "Office" → "Hpnet-Office", otherwise with one space. Takes
 * all fragments at once: growing a string by repeated joins and looking at its end is quadratic.
 */
export function joinFragments(fragments: readonly string[]): string {
  const pieces: string[] = [];
  let previous = "";
  for (const fragment of fragments) {
    if (!fragment) continue;
    if (previous) pieces.push(/[\p{L}\d]-$/u.test(previous.slice(-2)) ? "" : " ");
    pieces.push(fragment);
    previous = fragment;
  }
  return pieces.join("");
}
