// Collective wording of a plan ("Các phòng thuộc UBND phường", "Các cơ quan, đơn vị thuộc UBND xã",
// "Các đơn vị chủ trì quản lý, vận hành các nền tảng số") → what it means for the commune's unit
// groups (lib/units/groups.ts). The one place that reads such wording: the import's parser, its
// review and its apply all ask here. Pure.
import type { UnitGroupKind } from "../generated/prisma/enums";
import { capitalizeFirst, collapseSpaces, foldText, stripTrailingPunctuation } from "../text";

export type BuiltinGroupKind = Exclude<UnitGroupKind, "CUSTOM">;

export type GroupWording =
  /** One of the built-in groups every commune has. */
  | { kind: "BUILTIN"; builtin: BuiltinGroupKind }
  /** "Các đơn vị có liên quan", "các đơn vị khác": nobody in particular; stays free text (helping side). */
  | { kind: "FREE" }
  /** Another collective phrase: a new group to propose, with a tidy name and the words its members' names should share. */
  | { kind: "PROPOSAL"; name: string; keyTerms: string[] };

/** Lower case, no diacritics, words only: "Các phòng thuộc Uỷ ban nhân dân xã" → "cac phong thuoc uy ban nhan dan xa". */
export function foldWording(text: string): string {
  return collapseSpaces(foldText(text.normalize("NFC")).replace(/[^a-z0-9]+/g, " "));
}

// "… thuộc UBND phường Hải An", "… của Ủy ban nhân dân xã", "… trực thuộc UBND", "… cấp xã", "… xã".
const OWNER = String.raw`(\s(thuoc|truc thuoc|cua)(\s(ubnd|uy ban nhan dan|uy ban))?)?(\scap)?(\s(xa|phuong|thi tran)(\s\S+){0,3})?`;
const OFFICES = new RegExp(String.raw`^(cac|nhung)\s(phong|phong ban|phong chuyen mon|co quan chuyen mon)${OWNER}$`);
// The People's Committee's units need the committee named ("Các đơn vị" alone is anybody).
const COMMITTEE_UNITS = new RegExp(
  String.raw`^(cac|nhung)\s(co quan don vi|co quan va don vi|don vi|co quan|phong ban don vi|co quan chuyen mon don vi( su nghiep)?)(\s(thuoc|truc thuoc|cua))?\s(ubnd|uy ban nhan dan|uy ban)(\scap)?(\s(xa|phuong|thi tran)(\s\S+){0,3})?$`,
);

// Words that say "which ones" without saying who: removed before looking for key words.
const GENERIC_WORDS = new Set(
  "cac nhung moi va cua thuoc truc tren dia cap xa phuong thi tran ubnd chu tri phoi hop thuc hien duoc giao lien khac co don vi phong nganh".split(
    " ",
  ),
);
// Two-word terms that name a kind of unit, not what it does: a unit does not fit just because its name has them.
const GENERIC_TERMS = new Set(["co quan", "don vi", "trung tam", "van phong", "uy ban", "nhan dan", "to chuc", "bo phan", "phong ban"]);

/**
 * Key terms of a phrase: its two-word terms (Vietnamese words are syllables: "nền tảng", "hệ thống",
 * "thông tin"), within a clause, without the generic words. A unit *fits* a phrase when its name
 * (without diacritics) contains at least one of these terms; one shared syllable is not enough
 * ("hành" is in both "vận hành" and "hành chính công").
 */
export function keyTerms(phrase: string): string[] {
  const terms = new Set<string>();
  for (const clause of foldText(phrase.normalize("NFC")).split(/[,;.:()\-–]/)) {
    const words = foldWording(clause).split(" ");
    for (let i = 0; i + 1 < words.length; i += 1) {
      const [a, b] = [words[i] ?? "", words[i + 1] ?? ""];
      const term = `${a} ${b}`;
      if (GENERIC_WORDS.has(a) && GENERIC_WORDS.has(b)) continue;
      if (GENERIC_TERMS.has(term) || !a || !b) continue;
      // "chủ trì quản lý": a generic word next to a key word is no term of its own.
      if (GENERIC_WORDS.has(a) || GENERIC_WORDS.has(b)) continue;
      terms.add(term);
    }
  }
  return [...terms];
}

/** "Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin" → "Các đơn vị quản lý, vận hành nền tảng số, hệ thống thông tin". */
export function tidyGroupName(phrase: string): string {
  const cleaned = collapseSpaces(stripTrailingPunctuation(phrase.normalize("NFC")))
    // The role belongs to the task's side, not to the group: "Các đơn vị chủ trì quản lý" → "Các đơn vị quản lý".
    .replace(/^((?:các|những)\s+\S+(?:\s+vị)?)\s+(?:chủ trì|phối hợp|được giao)(?:\s+thực hiện)?\s+/iu, "$1 ")
    // Only the first "các" counts: "vận hành các nền tảng số" → "vận hành nền tảng số".
    .replace(/(?<=\S\s)(các|những)\s+/giu, "");
  return capitalizeFirst(cleaned);
}

/**
 * What wording that names no particular unit (lib/import/units.ts isGenericUnitWording) means for
 * groups; null for a unit's own name ("Phòng Văn hóa - Xã hội"), which is no collective wording.
 */
export function readGroupWording(phrase: string): GroupWording | null {
  const folded = foldWording(phrase);
  if (!/^(cac|nhung|moi)\s/.test(folded))
    return /^(co quan|don vi|doanh nghiep|ban nganh|nganh)( khac)?$|\blien quan\b/.test(folded) ? { kind: "FREE" } : null;
  if (OFFICES.test(folded)) return { kind: "BUILTIN", builtin: "OFFICES" };
  if (COMMITTEE_UNITS.test(folded)) return { kind: "BUILTIN", builtin: "COMMITTEE_UNITS" };
  if (/\b(lien quan|khac)\b/.test(folded)) return { kind: "FREE" };
  const terms = keyTerms(phrase);
  // "Các đơn vị", "các cơ quan, đơn vị": nothing says which; a group named so would mean anybody.
  if (terms.length === 0) return { kind: "FREE" };
  return { kind: "PROPOSAL", name: tidyGroupName(phrase), keyTerms: terms };
}

/** Ids of the units whose names fit the phrase's key terms (see keyTerms), in the units' order; often none. */
export function fittingUnits<U extends { id: string; name: string; shortName?: string | null }>(
  terms: readonly string[],
  units: readonly U[],
): string[] {
  return units
    .filter((u) => {
      const name = ` ${foldWording(u.name)} `;
      return terms.some((t) => name.includes(` ${t} `));
    })
    .map((u) => u.id);
}
