// Which communes a province task is handed to, read from its lead as the province wrote it
// (issue 20). "UBND các xã, phường" and the like mean every commune of the province; a lead naming
// communes means those; a lead that is a province body only (Sở …, UBND tỉnh) is no commune's task,
// and the person reviewing is told so. Pure: the import and its unit tests call it alike.
import { foldText } from "../text";

export type CommuneRef = { id: string; name: string };

export type LeadTargets = {
  targetAll: boolean;
  targetCommuneIds: string[];
  /** What the reviewer should check, or null when the wording was clear. */
  warning: string | null;
};

// Folded (no diacritics, lower case) wording that means "every commune-level People's Committee".
const EVERY_COMMUNE = [
  /\bcac (xa|phuong)\b/, // "UBND các xã, phường", "các phường, xã, đặc khu"
  /\bcap xa\b/, // "UBND cấp xã"
  /\b(xa|phuong), (xa|phuong|dac khu)\b/, // "UBND xã, phường, đặc khu"
  /\bdia phuong\b/, // "các địa phương"
];

// A province-level body: a department (Sở), the provincial (or, for a centrally run city, the city)
// People's Committee and its office.
const PROVINCE_BODY = [/\bso\b/, /\btinh\b/, /\bubnd thanh pho\b/, /\buy ban nhan dan thanh pho\b/, /\bban chi dao\b/];

/** The commune's name without its kind ("Phường Hải An" → "hai an"), folded. */
function bareName(name: string): string {
  return foldText(name)
    .replace(/^(xa|phuong|dac khu|thi tran)\s+/, "")
    .trim();
}

/** The communes a lead names ("UBND phường Hải An", "xã Hà Long"), in the province's order. */
function namedCommunes(folded: string, communes: readonly CommuneRef[]): string[] {
  return communes
    .filter((c) => {
      const name = bareName(c.name);
      if (!name) return false;
      const at = new RegExp(`\\b(xa|phuong|dac khu|thi tran) ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
      return at.test(folded);
    })
    .map((c) => c.id);
}

export function targetsFromLead(code: string, leadText: string, communes: readonly CommuneRef[]): LeadTargets {
  const folded = foldText(leadText).replace(/\s+/g, " ");
  if (EVERY_COMMUNE.some((re) => re.test(folded))) return { targetAll: true, targetCommuneIds: [], warning: null };
  const named = namedCommunes(folded, communes);
  if (named.length > 0) return { targetAll: false, targetCommuneIds: named, warning: null };
  if (PROVINCE_BODY.some((re) => re.test(folded))) {
    return {
      targetAll: false,
      targetCommuneIds: [],
      warning: `Nhiệm vụ ${code}: chủ trì là “${leadText}” (cơ quan cấp tỉnh), không giao cho xã; chọn xã, phường nếu cần giao.`,
    };
  }
  return {
    targetAll: false,
    targetCommuneIds: [],
    warning: leadText.trim()
      ? `Nhiệm vụ ${code}: không rõ “${leadText}” là xã, phường nào; chưa giao cho xã nào, hãy chọn xã, phường.`
      : `Nhiệm vụ ${code}: văn bản không ghi đơn vị chủ trì; chưa giao cho xã nào, hãy chọn xã, phường.`,
  };
}
