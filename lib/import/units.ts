// Unit names as plans write them → the commune's units. Plans spell the same unit many ways:
// "Văn phòng HĐND và UBND phường", "VP HĐND-UBND", "Văn phòng HĐND&UBND xã"; matching compares a
// canonical key that ignores diacritics, case, connectors, the commune suffix and abbreviations.

import { collapseSpaces, foldText, stripTrailingPunctuation } from "@/lib/import/text";

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
const WRITTEN_COMMUNE_SUFFIX =
  /(\s+(thuộc|của|trên địa bàn)(\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân))?)?(\s+cấp)?\s+([Pp]hường|[Xx]ã|[Tt]hị trấn)(?!\s+[Hh]ội)(\s+\p{Lu}\p{Ll}*){0,3}$/u;
const WRITTEN_LEADING_FILLER = /^(đề nghị|trách nhiệm của|giao)\s+/iu;
const FOLDED_LEADING_FILLER = /^(de nghi|trach nhiem cua|giao)\s+/;

function expandAbbreviations(tokens: string[]): string[] {
  // Own keys only: a unit named "… constructor …" or "… toString …" is a word, not Object.prototype's.
  return tokens.flatMap((token) => (Object.hasOwn(ABBREVIATIONS, token) ? ABBREVIATIONS[token] : token).split(" "));
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

/**
 * A unit name as it should be shown: "Đề nghị Ủy ban MTTQ Việt Nam phường" → "Ủy ban MTTQ Việt Nam",
 * "Trung tâm Phục vụ hành chính công phường." → "Trung tâm Phục vụ hành chính công". "Công an phường"
 * keeps its suffix, which is its name.
 */
export function cleanUnitName(name: string): string {
  let cleaned = stripTrailingPunctuation(collapseSpaces(name.normalize("NFC")));
  cleaned = cleaned.replace(WRITTEN_LEADING_FILLER, "");
  const withoutSuffix = cleaned.replace(WRITTEN_COMMUNE_SUFFIX, "");
  if (withoutSuffix && !/^công an$/iu.test(withoutSuffix)) cleaned = withoutSuffix;
  return cleaned.charAt(0).toLocaleUpperCase("vi") + cleaned.slice(1);
}

/**
 * Wording that names no particular unit: "Các đơn vị có liên quan", "Các phòng thuộc UBND phường",
 * "Các đơn vị chủ trì quản lý, vận hành các nền tảng số". Such wording stays free text.
 */
export function isGenericUnitWording(name: string): boolean {
  const folded = collapseSpaces(foldText(name).replace(/[^a-z0-9]+/g, " "));
  if (!folded) return true;
  if (/\blien quan\b/.test(folded)) return true;
  if (/^(cac|nhung|moi)\s+(phong|don vi|co quan|ban nganh|ban|nganh|bo phan|so|doanh nghiep|cap)\b/.test(folded)) return true;
  return /^(co quan|don vi|doanh nghiep|ban nganh|nganh)( khac)?$/.test(folded);
}

// Words that begin a unit's name. A list "A, B và C" is split only before one of these, so that
// "Phòng Kinh tế, Hạ tầng và Đô thị" and "Văn phòng HĐND và UBND" stay whole.
const UNIT_HEAD =
  /^(văn phòng|phòng|trung tâm|tt\b|ttpvhcc|vp\b|công an|ủy ban|uỷ ban|ub\b|ban|mặt trận|mttq|hội|đoàn|các|những|trạm|trường|thôn|tổ|đội|bộ phận|cơ quan|đơn vị|sở|chi nhánh|hợp tác xã|doanh nghiệp)(?!\p{L})/iu;

/** "A; B, C và D" → ["A", "B", "C", "D"], splitting "," "và" "&" only where a new unit begins. */
export function splitUnitList(text: string): string[] {
  const parts: string[] = [];
  for (const chunk of collapseSpaces(text.normalize("NFC")).split(/\s*;\s*/)) {
    let current = "";
    const pieces = chunk.split(/(\s*,\s*|\s+và\s+|\s*&\s*)/u);
    for (let i = 0; i < pieces.length; i += 2) {
      const piece = pieces[i] ?? "";
      const separator = i > 0 ? (pieces[i - 1] ?? "") : "";
      if (current && UNIT_HEAD.test(piece)) {
        parts.push(current);
        current = piece;
      } else {
        current = current ? current + separator + piece : piece;
      }
    }
    parts.push(current);
  }
  return parts.map(stripTrailingPunctuation).filter((p) => p.length > 0);
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
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return null;

  // "Mặt trận Tổ quốc" for "Ủy ban MTTQ Việt Nam": the shorter name's words, in order, inside the
  // longer; only when exactly one unit fits ("Trung tâm" alone fits several).
  const words = key.split(" ");
  const fitting = units.filter((u) => unitKeys(u).some((k) => wordsFit(words, k.split(" "))));
  return fitting.length === 1 ? fitting[0] : null;
}

export type UnitList = {
  /** Named units, cleaned for display ("Trung tâm Phục vụ hành chính công"). */
  units: string[];
  /** Wording that names no particular unit, as written ("các đơn vị có liên quan"). */
  generic: string[];
};

/** A "Chủ trì:"/"Phối hợp:" value split into named units and generic wording. */
export function readUnitList(text: string): UnitList {
  const units: string[] = [];
  const generic: string[] = [];
  for (const part of splitUnitList(text)) {
    if (isGenericUnitWording(part)) generic.push(part);
    else {
      const name = cleanUnitName(part);
      if (name && !units.includes(name)) units.push(name);
    }
  }
  return { units, generic };
}
