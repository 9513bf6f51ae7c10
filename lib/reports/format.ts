// The wording rules of an administrative document (Nghị định 30/2020/NĐ-CP, docs/architecture.md#reporting-periods-and-the-report-document), written
// once for the DOCX, the print view and the tests.
import { formatDateKey } from "../dates";
import type { Tone } from "../tasks/status-meta";
import type { ReportData, ReportDocument, ReportSections, SignerMode } from "./types";

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * "Hà Long, ngày 05 tháng 01 năm 2026": days below 10 and the months 1 and 2 take a leading zero
 * (so "tháng 3" but "tháng 01"). An empty date leaves the blanks a clerk fills by hand.
 */
export function placeDateLine(place: string, issuedDate: string): string {
  if (!issuedDate) return `${place}, ngày     tháng     năm`;
  const [y = NaN, m = NaN, d = NaN] = issuedDate.split("-").map(Number);
  return `${place}, ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : m} năm ${y}`;
}

/**
 * The plan a report answers to, as the opening sentence and the spreadsheet name it: "Kế hoạch số
 * 123/KH-UBND ngày 15/08/2025", or only the parts the plan has ("Kế hoạch" when it has neither), never
 * a dangling "số –".
 */
export function planReference(plan: Pick<ReportData["plan"], "number" | "issuedDate">): string {
  const number = plan.number.trim() ? ` số ${plan.number.trim()}` : "";
  const date = plan.issuedDate ? ` ngày ${formatDateKey(plan.issuedDate)}` : "";
  return `Kế hoạch${number}${date}`;
}

/** "Số: 05/BC-UBND", or "Số:      /BC-UBND" with room for the number on a draft. */
export function numberLine(number: string): string {
  return number ? `Số: ${number}` : "Số:      /BC-UBND";
}

/** The two capital lines of the issuing body: "ỦY BAN NHÂN DÂN" over "XÃ HÀ LONG". */
export function issuerLines(communeName: string): [string, string] {
  return ["ỦY BAN NHÂN DÂN", communeName.toLocaleUpperCase("vi-VN")];
}

/** The place of the date line from the commune's name: "Xã Hà Long" → "Hà Long". */
export function placeFromCommune(communeName: string): string {
  return communeName.replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, "").trim();
}

/** "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (on behalf of the committee) or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
export function signatureLines(mode: SignerMode, signerTitle: string): string[] {
  const title = signerTitle.toLocaleUpperCase("vi-VN");
  return mode === "TM" ? ["TM. ỦY BAN NHÂN DÂN", title] : ["KT. CHỦ TỊCH", title];
}

/** Nơi nhận lines as printed: "- Sở KH&CN;" … and the last one ending in a full stop. */
export function recipientLines(recipients: readonly string[]): string[] {
  const list = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–+•]\s*/, "")
        .replace(/[;.,]+$/, ""),
    )
    .filter(Boolean);
  return list.map((r, i) => `- ${r}${i === list.length - 1 ? "." : ";"}`);
}

/** "(Kèm theo Báo cáo số 05/BC-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Hà Long)" */
export function appendixNote(doc: ReportDocument): string {
  const { number, issuedDate } = doc.heading;
  const num = number ? ` số ${number}` : "";
  const date = issuedDate ? ` ngày ${issuedDate.split("-").reverse().join("/")}` : "";
  return `(Kèm theo Báo cáo${num}${date} của Ủy ban nhân dân ${doc.data.commune.name.replace(/^./u, (c) => c.toLocaleLowerCase("vi-VN"))})`;
}

/** Headings of the body, in order; each section's text follows its heading. */
export const SECTION_HEADINGS: { key: keyof ReportSections; heading: string | null; level: 1 | 2 }[] = [
  { key: "intro", heading: null, level: 1 },
  { key: "assessment", heading: "I. KẾT QUẢ THỰC HIỆN", level: 1 },
  { key: "results", heading: "1. Kết quả theo nhóm nhiệm vụ", level: 2 },
  { key: "overdue", heading: "2. Nhiệm vụ chậm, quá hạn", level: 2 },
  { key: "difficulties", heading: "II. KHÓ KHĂN, VƯỚNG MẮC", level: 1 },
  { key: "proposals", heading: "III. ĐỀ XUẤT, KIẾN NGHỊ", level: 1 },
  { key: "priorities", heading: "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", level: 1 },
  { key: "closing", heading: null, level: 1 },
];

export const SECTION_LABEL: Record<keyof ReportSections, string> = {
  intro: "Mở đầu (căn cứ, kỳ báo cáo)",
  assessment: "Đánh giá chung",
  results: "Kết quả theo nhóm nhiệm vụ",
  overdue: "Nhiệm vụ chậm, quá hạn",
  difficulties: "Khó khăn, vướng mắc",
  proposals: "Đề xuất, kiến nghị",
  priorities: "Nhiệm vụ trọng tâm kỳ tới",
  closing: "Kết thúc",
};

/** Paragraphs of a section's text: one per non-empty line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Fill colours (hex, no #) of the status tones, for the spreadsheet and the appendix. */
export const TONE_FILL: Record<Tone, string> = {
  green: "D1FAE5",
  orange: "FFEDD5",
  blue: "DBEAFE",
  amber: "FEF3C7",
  red: "FEE2E2",
  teal: "CCFBF1",
  purple: "EDE9FE",
  gray: "E5E7EB",
};
