// "Chủ trì:"/"Phối hợp:" wording of a plan → the units it names, cleaned for display. Matching a
// cleaned name to the commune's units is lib/units/match.ts.

import { collapseSpaces, foldText, stripTrailingPunctuation } from "@/lib/text";
import { readGroupWording } from "@/lib/units/group-wording";

// "… phường", "… xã Hà Long", "… cấp xã", "… thuộc UBND phường", "… trên địa bàn xã"; not "… xã hội".
const WRITTEN_COMMUNE_SUFFIX =
  /(\s+(thuộc|của|trên địa bàn)(\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân))?)?(\s+cấp)?\s+([Pp]hường|[Xx]ã|[Tt]hị trấn)(?!\s+[Hh]ội)(\s+\p{Lu}\p{Ll}*){0,3}$/u;
const WRITTEN_LEADING_FILLER = /^(đề nghị|trách nhiệm của|giao)\s+/iu;

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
// "Các cơ quan, đơn vị thuộc UBND xã", "Các ban, ngành, đoàn thể": a list of kinds after "các" is one phrase.
const COLLECTIVE_KINDS = /^(các|những)\s+(cơ quan|phòng|ban|ngành|đơn vị)(\s*,\s*(cơ quan|phòng|ban|ngành|đơn vị))*$/iu;
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
      if (current && UNIT_HEAD.test(piece) && !COLLECTIVE_KINDS.test(current)) {
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

export type UnitList = {
  /** Named units, cleaned for display ("Trung tâm Phục vụ hành chính công"). */
  units: string[];
  /** Collective wording that means a unit group, as written ("Các phòng thuộc UBND phường"; lib/units/group-wording.ts). */
  groups: string[];
  /** Wording that names nobody in particular, as written ("các đơn vị có liên quan"): free text. */
  generic: string[];
};

/** A "Chủ trì:"/"Phối hợp:" value split into named units, group wording and free wording. */
export function readUnitList(text: string): UnitList {
  const units: string[] = [];
  const groups: string[] = [];
  const generic: string[] = [];
  for (const part of splitUnitList(text)) {
    if (isGenericUnitWording(part)) {
      const wording = readGroupWording(part);
      if (wording && wording.kind !== "FREE") groups.push(part);
      else generic.push(part);
    } else {
      const name = cleanUnitName(part);
      if (name && !units.includes(name)) units.push(name);
    }
  }
  return { units, groups, generic };
}
