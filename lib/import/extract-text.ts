// Text of an uploaded plan document, whatever its format: DOCX (mammoth), PDF with a text layer
// (pdf.js through unpdf, line breaks kept so that the parser sees the layout), or plain text.
// Every refusal is a Vietnamese message; nothing here writes anything.
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import { cleanFileName } from "../files/inspect";

export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

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

export async function extractPlanText(rawName: string, bytes: Buffer): Promise<ExtractedText> {
  const fileName = cleanFileName(rawName);
  if (bytes.length === 0) return { ok: false, message: `Tệp "${fileName}" rỗng.` };
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, message: `Tệp "${fileName}" vượt quá 20 MB.` };

  let format: "docx" | "pdf" | "txt";
  let text: string;
  if (starts(bytes, PDF)) {
    format = "pdf";
    try {
      text = await pdfText(bytes);
    } catch (err) {
      if (errorName(err) === "PasswordException") return { ok: false, message: "Tệp PDF có mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại." };
      return { ok: false, message: "Tệp PDF bị hỏng hoặc không đọc được." };
    }
    if (text.replace(/\s/g, "").length < 50) {
      return { ok: false, message: "Tệp PDF không có lớp chữ (bản chụp/scan). Hãy tải lên bản Word hoặc PDF xuất từ Word." };
    }
  } else if (starts(bytes, ZIP)) {
    format = "docx";
    try {
      text = (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      return { ok: false, message: "Tệp Word (.docx) bị hỏng hoặc không phải tệp Word." };
    }
  } else if (starts(bytes, OLE)) {
    return { ok: false, message: "Tệp Word có mật khẩu hoặc ở định dạng .doc cũ. Hãy gỡ mật khẩu hoặc lưu lại thành .docx." };
  } else {
    format = "txt";
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: "Không nhận ra định dạng tệp: chỉ nhận DOCX, PDF có lớp chữ hoặc văn bản .txt (UTF-8)." };
    }
    if (text.includes("\u0000"))
      return { ok: false, message: "Không nhận ra định dạng tệp: chỉ nhận DOCX, PDF có lớp chữ hoặc văn bản .txt (UTF-8)." };
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { ok: false, message: `Tệp "${fileName}" không có nội dung chữ.` };
  return { ok: true, text, format, fileName };
}
