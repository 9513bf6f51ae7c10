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

/**
 * A zip in memory, or one spooled to a file (lib/uploads: the stream path), which yauzl reads at
 * random without holding it whole.
 */
export type ZipSource = Buffer | { path: string };

function openZip(source: ZipSource, validateEntrySizes: boolean, done: (err: Error | null, zip?: yauzl.ZipFile) => void) {
  // Closed by the callers (closeZip) on every outcome: a spooled file's descriptor must not leak.
  const opts = { lazyEntries: true, validateEntrySizes, autoClose: false };
  if (Buffer.isBuffer(source)) yauzl.fromBuffer(source, opts, done);
  else yauzl.open(source.path, opts, done);
}

export const ZIP_BOMB_MESSAGE = "Tệp nén có kích thước giải nén bất thường (nghi là bom nén), không được chấp nhận.";

/** Reads a zip's central directory without inflating anything; null when it is not a readable zip. */
function closeZip(zip: yauzl.ZipFile) {
  try {
    zip.close();
  } catch {
    // already closed
  }
}

export function readZipDirectory(source: ZipSource): Promise<ZipSummary> {
  return new Promise((resolve) => {
    openZip(source, false, (err, zip) => {
      if (err || !zip) return resolve(null);
      const summary = { entries: 0, uncompressed: 0, names: new Set<string>() };
      zip.on("entry", (entry: yauzl.Entry) => {
        summary.entries += 1;
        summary.uncompressed += entry.uncompressedSize;
        summary.names.add(entry.fileName);
        if (summary.entries > ZIP_MAX_ENTRIES || summary.uncompressed > ZIP_MAX_UNCOMPRESSED_BYTES) {
          closeZip(zip);
          return resolve(summary);
        }
        zip.readEntry();
      });
      zip.on("end", () => {
        closeZip(zip);
        resolve(summary);
      });
      zip.on("error", () => {
        closeZip(zip);
        resolve(null);
      });
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
export function checkInflation(source: ZipSource): Promise<"ok" | "lies" | "broken"> {
  return new Promise((resolve) => {
    openZip(source, true, (err, zip) => {
      if (err || !zip) return resolve("broken");
      let settled = false;
      const finish = (result: "ok" | "lies" | "broken") => {
        if (settled) return;
        settled = true;
        closeZip(zip);
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

/** The zip checks of a DOCX/XLSX (directory, markers, inflation): a message, or null when it is sound. */
export async function inspectOfficeFile(source: ZipSource, size: number, ext: "docx" | "xlsx"): Promise<string | null> {
  const zip = await readZipDirectory(source);
  if (!zip) return "Tệp Word/Excel bị hỏng hoặc không đọc được.";
  if (isZipBomb(zip, size)) return ZIP_BOMB_MESSAGE;
  const marker = ext === "docx" ? "word/document.xml" : "xl/workbook.xml";
  if (!zip.names.has("[Content_Types].xml") || !zip.names.has(marker)) {
    return `Nội dung tệp không phải là tệp ${ext === "docx" ? "Word (.docx)" : "Excel (.xlsx)"} hợp lệ.`;
  }
  const inflation = await checkInflation(source);
  if (inflation === "lies") return ZIP_BOMB_MESSAGE;
  if (inflation === "broken") return "Tệp Word/Excel bị hỏng hoặc không đọc được.";
  return null;
}

/** How many first bytes decide the type (file-type's own sample size): the stream path holds no more. */
export const TYPE_SAMPLE_BYTES = 4100;

export const emptyFileMessage = (fileName: string) => `Tệp "${fileName}" rỗng.`;
export const tooLargeMessage = (fileName: string) => `Tệp "${fileName}" vượt quá 20 MB.`;

/** The rules that need only the name: the cleaned name and its accepted extension, or a refusal. */
export function checkFileName(rawName: string): { ok: true; fileName: string; ext: AcceptedExt } | { ok: false; message: string } {
  const fileName = cleanFileName(rawName);
  const ext = extensionOf(fileName);
  if (!(ext in ACCEPTED)) {
    return { ok: false, message: `Tệp "${fileName}" không được chấp nhận: chỉ nhận PDF, DOCX, XLSX, JPG, PNG.` };
  }
  return { ok: true, fileName, ext: ext as AcceptedExt };
}

/** The type read from the first bytes must be the extension's (a renamed .zip may pass as .docx/.xlsx, whose zip checks follow). */
export async function checkContentType(fileName: string, ext: AcceptedExt, head: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(head.subarray(0, TYPE_SAMPLE_BYTES));
  // file-type names DOCX/XLSX by their zip contents; a renamed .zip reads as "zip".
  const looksLike = detected?.ext === "jpeg" ? "jpg" : detected?.ext;
  const officeAsZip = (ext === "docx" || ext === "xlsx") && (looksLike === "zip" || looksLike === ext);
  if (looksLike !== ext && !officeAsZip) return `Nội dung tệp "${fileName}" không khớp với đuôi .${ext} (có thể đã bị đổi tên).`;
  return null;
}

/** The buffer path (imports that parse the document, tests): the same rules as lib/uploads' stream path. */
export async function inspectUpload(rawName: string, bytes: Buffer): Promise<Inspection> {
  const named = checkFileName(rawName);
  const fileName = named.ok ? named.fileName : cleanFileName(rawName);
  if (bytes.length === 0) return { ok: false, message: emptyFileMessage(fileName) };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(fileName) };
  if (!named.ok) return named;
  const { ext } = named;
  const mismatch = await checkContentType(fileName, ext, bytes);
  if (mismatch) return { ok: false, message: mismatch };
  if (ext === "docx" || ext === "xlsx") {
    const problem = await inspectOfficeFile(bytes, bytes.length, ext);
    if (problem) return { ok: false, message: `${fileName}: ${problem}` };
  }
  return { ok: true, ext, mimeType: ACCEPTED[ext], fileName };
}
