// Unit names as plans write them → the commune's units. Plans spell the same unit many ways:
// "Văn phòng HĐND và UBND phường", "VP HĐND-UBND", "Văn phòng HĐND&UBND xã"; matching compares a
// canonical key that ignores diacritics, case, connectors, the commune suffix and abbreviations. Used
// by the plan import, the indicator catalog (its responsible-unit hints) and the indicator lists.

import { foldText } from "@/lib/text";

export type UnitRef = { id: string; name: string; shortName?: string | null };

const ABBREVIATIONS: Record<string, string> = {
  vp: "van phong",
  tt: "trung tam",
  ttpvhcc: "trung tam phuc vu hanh chinh cong",
  pvhcc: "phuc vu hanh chinh cong",
  ttsnc: "trung tam su nghiep cong",
  snc: "su nghiep cong",
  ttcudvc: "trung tam cung ung dich vu cong",
  cudvc: "cung ung dich vu cong",
  vhxh: "van hoa xa hoi",
  vh: "van hoa",
  xh: "xa hoi",
  vhtt: "van hoa the thao",
  pkt: "phong kinh te",
  kt: "kinh te",
  ht: "ha tang",
  dt: "do thi",
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  ub: "uy ban",
  mttq: "mat tran to quoc",
  bcd: "ban chi dao",
  ca: "cong an",
};

// "… phường", "… xã Hà Long", "… cấp xã", "… thuộc UBND phường", "… trên địa bàn xã"; not "… xã hội".
const FOLDED_COMMUNE_SUFFIX = /(\s(thuoc|cua|tren dia ban)(\suy ban nhan dan)?)?(\scap)?\s(phuong|xa|thi tran)(\s(?!hoi\b)\S+){0,3}$/;
const FOLDED_LEADING_FILLER = /^(de nghi|trach nhiem cua|giao)\s+/;

function expandAbbreviations(tokens: string[]): string[] {
  // Own keys only: a unit named "… constructor …" or "… toString …" is a word, not Object.prototype's.
  return tokens.flatMap((token) => ((Object.hasOwn(ABBREVIATIONS, token) ? ABBREVIATIONS[token] : undefined) ?? token).split(" "));
}

/**
 * A canonical key for a unit name: "Văn phòng HĐND & UBND phường" and "VP HĐND-UBND" both give
 * "van phong hoi dong nhan dan uy ban nhan dan".
 */
export function normalizeUnitName(name: string): string {
  const words = foldText(name.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && w !== "va");
  let key = expandAbbreviations(words).join(" ");
  key = key.replace(FOLDED_LEADING_FILLER, "");
  key = key.replace(/\sviet nam$/, "");
  key = key.replace(FOLDED_COMMUNE_SUFFIX, "");
  key = key.replace(/\sviet nam$/, "");
  key = key.replace(/^uy ban mat tran to quoc/, "mat tran to quoc");
  return key;
}

function isOrderedSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const word of long) if (word === short[i]) i += 1;
  return i === short.length;
}

function wordsFit(candidate: string[], unitKey: string[]): boolean {
  const [short, long] = candidate.length <= unitKey.length ? [candidate, unitKey] : [unitKey, candidate];
  return short.length >= 2 && isOrderedSubsequence(short, long);
}

function unitKeys(unit: UnitRef): string[] {
  return [unit.name, unit.shortName ?? ""].filter(Boolean).map(normalizeUnitName);
}

/** The commune's unit a written name refers to, or null when none or several fit. */
export function matchUnit<U extends UnitRef>(name: string, units: readonly U[]): U | null {
  const key = normalizeUnitName(name);
  if (!key) return null;
  const exact = units.filter((u) => unitKeys(u).includes(key));
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1) return null;

  // "Mặt trận Tổ quốc" for "Ủy ban MTTQ Việt Nam": the shorter name's words, in order, inside the
  // longer; only when exactly one unit fits ("Trung tâm" alone fits several).
  const words = key.split(" ");
  const fitting = units.filter((u) => unitKeys(u).some((k) => wordsFit(words, k.split(" "))));
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}
