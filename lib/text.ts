// Text helpers for matching and tidying Vietnamese wording, used by the plan import, the indicator
// files, the filters and the dashboards.

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
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text.charAt(i));
  return out;
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** "Phường Hải An" → "phường Hải An" (a unit's name inside a sentence or after "UBND"). */
export function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase("vi"));
}

/** The People's Committee of a province or commune as documents name it: "UBND thành phố Hải Phòng". */
export function committeeName(unitName: string): string {
  return `UBND ${lowerFirst(unitName)}`;
}

/** "TỔ CHỨC THỰC HIỆN" → "Tổ chức thực hiện". */
export function sentenceCase(text: string): string {
  return capitalizeFirst(text.toLocaleLowerCase("vi"));
}

export function stripTrailingPunctuation(text: string): string {
  // A loop, not /[\s.,;:]+$/: that regex is quadratic on long runs of such characters.
  let end = text.length;
  while (end > 0 && /[\s.,;:]/u.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
