// The plan's own particulars: who issues it, its title, number and date, the plans it implements,
// its period and who signs it.

import type { SourceLine } from "@/lib/import/lines";
import { isClosingLine } from "@/lib/import/lines";
import { isoDate } from "@/lib/tasks/deadline-text";
import { capitalizeFirst, collapseSpaces, foldText, sentenceCase, stripTrailingPunctuation } from "@/lib/text";
import { joinFragments, tidyDocumentNumbers } from "@/lib/import/text";
import { matchGroup, must } from "@/lib/must";

export function joinLines(lines: readonly SourceLine[]): string {
  return joinFragments(lines.map((l) => l.text));
}

function isTitleStart(text: string): boolean {
  return /^ke hoach\.?$/.test(foldText(text));
}

/** The lines after "KẾ HOẠCH" up to the body ("Thực hiện…", "Căn cứ…", a gap or the first section). */
export function readTitle(preamble: readonly SourceLine[]): string | null {
  const start = preamble.findIndex((l) => isTitleStart(l.text));
  if (start < 0) return null;
  const titleLines: SourceLine[] = [];
  for (const line of preamble.slice(start + 1, start + 11)) {
    if (titleLines.length > 0 && (line.blankBefore >= 2 || /^(thuc hien|can cu)\s/.test(foldText(line.text)))) break;
    titleLines.push(line);
  }
  const title = stripTrailingPunctuation(tidyDocumentNumbers(joinLines(titleLines)));
  return title || null;
}

function titleCaseWords(words: string): string {
  return words
    .split(" ")
    .map((w) => capitalizeFirst(w.toLocaleLowerCase("vi")))
    .join(" ");
}

const ISSUING_BODY = "(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)";
const COMMUNE_KIND = "(phường|xã|thị trấn)";
const PROPER_NAME = "(\\p{Lu}[\\p{L}\\d]*(?:\\s+\\p{Lu}[\\p{L}\\d]*){0,3})";

/** "phường Hải An", from "UBND phường Hải An", "ỦY BAN NHÂN DÂN / PHƯỜNG HẢI AN" or "trên địa bàn xã Hà Long". */
export function readCommune(preambleText: string, fullText: string): string | null {
  const capitals = /(?:ỦY|UỶ) BAN NHÂN DÂN\s+(PHƯỜNG|XÃ|THỊ TRẤN)\s+(\p{Lu}+(?:\s+(?!CỘNG|KẾ|SỐ)\p{Lu}+){0,3})(?!\p{Ll})/u.exec(
    preambleText,
  );
  if (capitals) return `${matchGroup(capitals, 1).toLocaleLowerCase("vi")} ${titleCaseWords(matchGroup(capitals, 2).trim())}`;
  const patterns = [
    new RegExp(`${ISSUING_BODY}\\s+${COMMUNE_KIND}\\s+${PROPER_NAME}`, "u"),
    new RegExp(`trên địa bàn\\s+${COMMUNE_KIND}\\s+${PROPER_NAME}`, "u"),
  ];
  for (const text of [preambleText, fullText]) {
    for (const pattern of patterns) {
      const m = pattern.exec(text);
      if (m) return `${m[1]} ${matchGroup(m, 2).replace(/\s+(Số|Căn|Thực)$/u, "")}`;
    }
  }
  return null;
}

export function readNumber(preambleText: string): string | null {
  const m = /Số\s*:\s*(\d+\s*\/\s*[\p{L}\d][\p{L}\d\-/.]*)/u.exec(preambleText);
  return m ? stripTrailingPunctuation(matchGroup(m, 1).replace(/\s+/g, "")) : null;
}

/** "Hải An, ngày 05 tháng 7 năm 2025" */
export function readIssuedDate(preambleText: string): string | null {
  const m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(preambleText);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const REFERENCE = new RegExp(
  "(Kế hoạch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận|Chương trình|Đề án|Công văn)\\s+(số\\s+)?(\\d[\\p{L}\\d/\\-.]*?)\\s*,?\\s*" +
    "ngày\\s+(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})\\s+của\\s+([^,;.()]{1,120}?)" +
    "(?=\\s+(?:về|ban hành|phê duyệt|sửa đổi|quy định|hướng dẫn|triển khai|thực hiện|đáp ứng|tại|nhằm)(?=[\\s,;.]|$)|\\s*[,;.()]|\\s*$)",
  "gu",
);

/** Each "Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương" the plan implements, once. */
export function readParentRefs(text: string): string[] {
  const refs: string[] = [];
  const seen = new Set<string>();
  for (const m of tidyDocumentNumbers(text).matchAll(REFERENCE)) {
    const kind = matchGroup(m, 1);
    const number = stripTrailingPunctuation(matchGroup(m, 3));
    const key = `${foldText(kind)} ${number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(`${kind} ${m[2] ? "số " : ""}${number} ngày ${matchGroup(m, 4).replace(/\s+/g, "")} của ${collapseSpaces(matchGroup(m, 5))}`);
  }
  return refs;
}

export type Period = { start: string; end: string };

/** "từ ngày 01/7/2025 đến ngày 31/12/2025", else "6 tháng cuối năm 2025" or "năm 2025" in the title. */
export function readPeriod(fullText: string, title: string): Period | null {
  const range =
    /từ ngày\s*\(?\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)?\s*(?:đến|-|–)\s*(?:ngày\s*)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(
      fullText,
    );
  if (range) {
    const start = isoDate(Number(range[1]), Number(range[2]), Number(range[3]));
    const end = isoDate(Number(range[4]), Number(range[5]), Number(range[6]));
    if (start && end) return { start, end };
  }
  const folded = foldText(title);
  const half = /6 thang (cuoi|dau) nam (\d{4})/.exec(folded);
  if (half)
    return half[1] === "cuoi"
      ? { start: `${half[2]}-07-01`, end: `${half[2]}-12-31` }
      : { start: `${half[2]}-01-01`, end: `${half[2]}-06-30` };
  const years = /giai doan (\d{4})\s*-\s*(\d{4})/.exec(folded);
  if (years) return { start: `${years[1]}-01-01`, end: `${years[2]}-12-31` };
  const year = /nam (\d{4})$/.exec(folded.trim());
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  return null;
}

export type Signer = { name: string | null; title: string | null };

function signerTitleOf(text: string): string | null {
  const folded = foldText(text)
    .replace(/[^a-z ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (folded === "chu tich") return "Chủ tịch";
  if (folded === "pho chu tich") return "Phó Chủ tịch";
  return null;
}

function looksLikePersonName(text: string): boolean {
  return /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,5}$/u.test(text);
}

/** "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Cao Huy Hiếu", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Ngọc Sơn". */
export function readSigner(lines: readonly SourceLine[]): Signer {
  const closing = lines.findIndex((l) => isClosingLine(l.text));
  const tail = lines.slice(closing >= 0 ? closing : Math.max(0, lines.length - 40));
  for (let i = tail.length - 1; i >= 0; i -= 1) {
    const title = signerTitleOf(must(tail[i], "dòng cuối văn bản").text);
    if (!title) continue;
    const name = tail.slice(i + 1).find((l) => looksLikePersonName(l.text));
    return { title, name: name ? name.text : null };
  }
  return { title: null, name: null };
}

export function sectionTitle(text: string): string {
  return sentenceCase(stripTrailingPunctuation(text));
}
