// Text of an uploaded plan document, whatever its format: DOCX (mammoth), PDF with a text layer
// (pdf.js through unpdf, line breaks kept so that the parser sees the layout), or plain text.
// Every refusal is a Vietnamese message; nothing here writes anything.
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import { checkInflation, cleanFileName, isZipBomb, readZipDirectory, ZIP_BOMB_MESSAGE } from "../files/inspect";

export const MAX_PLAN_BYTES = 20 * 1024 * 1024;
/**
 * mammoth (through JSZip) inflates the whole DOCX into memory and builds its XML tree, so a plan's
 * DOCX must stay far below the general zip-bomb limit: a real 30-page plan holds 1–3 MB of XML.
 */
export const MAX_PLAN_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

export type ExtractedText = { ok: true; text: string; format: "docx" | "pdf" | "txt"; fileName: string } | { ok: false; message: string };

const starts = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .doc, and every password-protected Office file

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str;
      if (item.hasEOL) text += "\n";
    }
    text += "\n";
  }
  return text;
}

function errorName(err: unknown): string {
  return (err as { name?: string } | null)?.name ?? "";
}

const NOT_WORD = "Tệp Word (.docx) bị hỏng hoặc không phải tệp Word.";
const UNKNOWN_FORMAT = "chỉ nhận DOCX, PDF có lớp chữ hoặc văn bản .txt (UTF-8).";

/** Why a DOCX must not reach mammoth (read from the zip's directory before anything is inflated), or null. */
async function docxProblem(bytes: Buffer): Promise<string | null> {
  const zip = await readZipDirectory(bytes);
  if (!zip) return NOT_WORD;
  if (isZipBomb(zip, bytes.length)) return ZIP_BOMB_MESSAGE;
  if (!zip.names.has("word/document.xml")) return NOT_WORD;
  if (zip.uncompressed > MAX_PLAN_DOCX_UNCOMPRESSED_BYTES) {
    return "Tệp Word quá lớn khi giải nén; hãy bỏ bớt hình ảnh, tệp nhúng rồi tải lên lại.";
  }
  const inflation = await checkInflation(bytes);
  if (inflation === "lies") return ZIP_BOMB_MESSAGE;
  return inflation === "broken" ? NOT_WORD : null;
}

export async function extractPlanText(rawName: string, bytes: Buffer): Promise<ExtractedText> {
  const fileName = cleanFileName(rawName);
  if (bytes.length === 0) return { ok: false, message: `Tệp "${fileName}" rỗng.` };
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, message: `Tệp "${fileName}" vượt quá 20 MB.` };
  if (starts(bytes, OLE)) {
    return { ok: false, message: "Tệp Word có mật khẩu hoặc ở định dạng .doc cũ. Hãy gỡ mật khẩu hoặc lưu lại thành .docx." };
  }
  // The content decides how the file is read; the name must agree with it, so that an executable or a
  // web page renamed ".pdf" is refused as such and the kept document is what its name says.
  const dot = fileName.lastIndexOf(".");
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  if (ext !== "docx" && ext !== "pdf" && ext !== "txt") {
    return { ok: false, message: `Không nhận ra định dạng tệp "${fileName}": ${UNKNOWN_FORMAT}` };
  }
  const content = starts(bytes, PDF) ? "pdf" : starts(bytes, ZIP) ? "docx" : "txt";
  if (content !== ext) {
    return { ok: false, message: `Nội dung tệp "${fileName}" không khớp với đuôi .${ext} (có thể đã bị đổi tên).` };
  }

  let text: string;
  if (content === "pdf") {
    try {
      text = await pdfText(bytes);
    } catch (err) {
      if (errorName(err) === "PasswordException") return { ok: false, message: "Tệp PDF có mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại." };
      return { ok: false, message: "Tệp PDF bị hỏng hoặc không đọc được." };
    }
    if (text.replace(/\s/g, "").length < 50) {
      return { ok: false, message: "Tệp PDF không có lớp chữ (bản chụp/scan). Hãy tải lên bản Word hoặc PDF xuất từ Word." };
    }
  } else if (content === "docx") {
    const problem = await docxProblem(bytes);
    if (problem) return { ok: false, message: problem };
    try {
      text = (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      return { ok: false, message: NOT_WORD };
    }
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: `Không nhận ra định dạng tệp: ${UNKNOWN_FORMAT}` };
    }
    if (text.includes("\u0000")) return { ok: false, message: `Không nhận ra định dạng tệp: ${UNKNOWN_FORMAT}` };
  }
  // A DOCX can spell NUL or half a surrogate pair as a character reference (&#0;, &#xD800;) and a PDF
  // can map glyphs to them: neither can be stored (PostgreSQL refuses NUL in text and both in JSON),
  // and neither is text anyone wrote.
  text = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replaceAll("\u0000", "")
    .toWellFormed();
  if (!text.trim()) return { ok: false, message: `Tệp "${fileName}" không có nội dung chữ.` };
  return { ok: true, text, format: content, fileName };
}
