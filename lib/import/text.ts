// Text helpers of the import parser only: PDF line fragments, document numbers, sentence ends.

import { collapseSpaces } from "@/lib/text";

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
