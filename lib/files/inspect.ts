// Decides whether an uploaded evidence file is acceptable, from its bytes: the type comes from the
// magic bytes (never the browser's claim or the extension alone), Office files are zip archives
// whose directory is read (not inflated) to refuse zip bombs and archives that are not DOCX/XLSX.
import { fileTypeFromBuffer } from "file-type";
import yauzl from "yauzl";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_UPDATE = 10;
/** A DOCX/XLSX whose declared content is larger than this, or inflates more than ZIP_MAX_RATIO×, is refused. */
export const ZIP_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const ZIP_MAX_RATIO = 100;
export const ZIP_MAX_ENTRIES = 5_000;

export const ACCEPTED = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  jpg: "image/jpeg",
  png: "image/png",
} as const;

export type AcceptedExt = keyof typeof ACCEPTED;

/** What the file input offers to pick. */
export const ACCEPT_ATTRIBUTE = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";

export type Inspection = { ok: true; ext: AcceptedExt; mimeType: string; fileName: string } | { ok: false; message: string };

/**
 * The name shown and offered on download: no folders, no control characters, at most 150 characters.
 * Bidirectional controls go too: "hoa-don\u202Egnp.pdf" would otherwise read as "hoa-donfdp.png".
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"<>|:*?]/g, "")
    .replace(/^\.+/, "")
    .trim();
  if (!cleaned) return "tep-dinh-kem";
  if (cleaned.length <= 150) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  // Only a short extension is kept whole: a 10,000-character one would otherwise survive the cut.
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 150 - ext.length) + ext;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
  return ext === "jpeg" ? "jpg" : ext;
}

export type ZipSummary = { entries: number; uncompressed: number; names: Set<string> } | null;

export const ZIP_BOMB_MESSAGE = "Tệp nén có kích thước giải nén bất thường (nghi là bom nén), không được chấp nhận.";

/** Reads a zip's central directory without inflating anything; null when it is not a readable zip. */
export function readZipDirectory(bytes: Buffer): Promise<ZipSummary> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false }, (err, zip) => {
      if (err || !zip) return resolve(null);
      const summary = { entries: 0, uncompressed: 0, names: new Set<string>() };
      zip.on("entry", (entry: yauzl.Entry) => {
        summary.entries += 1;
        summary.uncompressed += entry.uncompressedSize;
        summary.names.add(entry.fileName);
        if (summary.entries > ZIP_MAX_ENTRIES || summary.uncompressed > ZIP_MAX_UNCOMPRESSED_BYTES) {
          zip.close();
          return resolve(summary);
        }
        zip.readEntry();
      });
      zip.on("end", () => resolve(summary));
      zip.on("error", () => resolve(null));
      zip.readEntry();
    });
  });
}

/** Whether a directory read by readZipDirectory declares more than an honest Office file would hold. */
export function isZipBomb(zip: NonNullable<ZipSummary>, zipBytes: number): boolean {
  return zip.entries > ZIP_MAX_ENTRIES || zip.uncompressed > ZIP_MAX_UNCOMPRESSED_BYTES || zip.uncompressed > zipBytes * ZIP_MAX_RATIO;
}

/**
 * Inflates every entry as a stream (nothing is kept) and checks that it holds what the directory
 * declares: "lies" when an entry inflates beyond its declared size, which the directory checks above
 * cannot see and JSZip (mammoth, exceljs) only notices after inflating everything into memory. The
 * work is bounded by the declared sizes, which isZipBomb has already limited.
 */
export function checkInflation(bytes: Buffer): Promise<"ok" | "lies" | "broken"> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return resolve("broken");
      let settled = false;
      const finish = (result: "ok" | "lies" | "broken") => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(result);
      };
      const failed = (e: Error) => finish(/bytes in the stream/.test(e.message) ? "lies" : "broken");
      zip.on("error", failed);
      zip.on("end", () => finish("ok"));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return failed(e ?? new Error("no stream"));
          stream.on("error", (se: Error) => {
            stream.destroy();
            failed(se);
          });
          stream.on("end", () => zip.readEntry());
          stream.resume();
        });
      });
      zip.readEntry();
    });
  });
}

async function inspectOfficeFile(bytes: Buffer, ext: "docx" | "xlsx"): Promise<string | null> {
  const zip = await readZipDirectory(bytes);
  if (!zip) return "Tệp Word/Excel bị hỏng hoặc không đọc được.";
  if (isZipBomb(zip, bytes.length)) return ZIP_BOMB_MESSAGE;
  const marker = ext === "docx" ? "word/document.xml" : "xl/workbook.xml";
  if (!zip.names.has("[Content_Types].xml") || !zip.names.has(marker)) {
    return `Nội dung tệp không phải là tệp ${ext === "docx" ? "Word (.docx)" : "Excel (.xlsx)"} hợp lệ.`;
  }
  const inflation = await checkInflation(bytes);
  if (inflation === "lies") return ZIP_BOMB_MESSAGE;
  if (inflation === "broken") return "Tệp Word/Excel bị hỏng hoặc không đọc được.";
  return null;
}

export async function inspectUpload(rawName: string, bytes: Buffer): Promise<Inspection> {
  const fileName = cleanFileName(rawName);
  if (bytes.length === 0) return { ok: false, message: `Tệp "${fileName}" rỗng.` };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: `Tệp "${fileName}" vượt quá 20 MB.` };

  const ext = extensionOf(fileName);
  if (!(ext in ACCEPTED)) {
    return { ok: false, message: `Tệp "${fileName}" không được chấp nhận: chỉ nhận PDF, DOCX, XLSX, JPG, PNG.` };
  }
  const detected = await fileTypeFromBuffer(bytes);
  // file-type names DOCX/XLSX by their zip contents; a renamed .zip reads as "zip".
  const looksLike = detected?.ext === "jpeg" ? "jpg" : detected?.ext;
  const officeAsZip = (ext === "docx" || ext === "xlsx") && (looksLike === "zip" || looksLike === ext);
  if (looksLike !== ext && !officeAsZip) {
    return { ok: false, message: `Nội dung tệp "${fileName}" không khớp với đuôi .${ext} (có thể đã bị đổi tên).` };
  }
  if (ext === "docx" || ext === "xlsx") {
    const problem = await inspectOfficeFile(bytes, ext);
    if (problem) return { ok: false, message: `${fileName}: ${problem}` };
  }
  return { ok: true, ext: ext as AcceptedExt, mimeType: ACCEPTED[ext as AcceptedExt], fileName };
}
