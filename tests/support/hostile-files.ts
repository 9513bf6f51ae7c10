// Hostile uploads for the refusal tests, built in memory: executables and scripts dressed as documents,
// archives that inflate far beyond their size or lie about it, names that try to leave the folder.
// The honest files and the simple zip bomb come from ./files.
import { crc32, deflateRawSync } from "node:zlib";
import yazl from "yazl";

/** A Linux executable's header (what a renamed ".docx" might really be). */
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);
export const HTML = Buffer.from('<!doctype html><html><body><script>fetch("/api/files").then(r => r.text())</script></body></html>');
export const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>alert(1)</script></svg>',
);

const CONTENT_TYPES = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** A zip made by yazl; `compress: false` keeps thousands of tiny entries quick to build. */
export function zipOf(entries: Record<string, Buffer>, compress = true): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of Object.entries(entries)) z.addBuffer(data, name, { compress });
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    z.outputStream.on("error", reject);
    z.end();
  });
}

/** An Office-looking zip (content types, relationships) whose main part is missing. */
export const docxWithoutDocument = () =>
  zipOf({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": Buffer.from("<Relationships/>"),
    "word/styles.xml": Buffer.from("<w:styles/>"),
  });

/** An XLSX whose sheet inflates to 60 MB from a few dozen KB (ratio far above 100). */
export const xlsxZipBomb = () =>
  zipOf({
    "[Content_Types].xml": CONTENT_TYPES,
    "xl/workbook.xml": Buffer.from("<workbook/>"),
    "xl/worksheets/sheet1.xml": Buffer.alloc(60 * 1024 * 1024, 0x20),
  });

/** Office markers plus more entries than any honest document has (ZIP_MAX_ENTRIES + 1 in all). */
export function manyEntries(kind: "docx" | "xlsx", total: number): Promise<Buffer> {
  const main = kind === "docx" ? "word/document.xml" : "xl/workbook.xml";
  const entries: Record<string, Buffer> = { "[Content_Types].xml": CONTENT_TYPES, [main]: Buffer.from("<x/>") };
  for (let i = 0; Object.keys(entries).length < total; i++)
    entries[`${kind === "docx" ? "word" : "xl"}/media/p${i}.xml`] = Buffer.from("<p/>");
  return zipOf(entries, false);
}

/** "42.zip": an archive whose only content is another archive (here a zip bomb), named as an Office file. */
export const nestedZip = async (inner: Buffer) => zipOf({ "inner.zip": inner, "readme.txt": Buffer.from("mở tệp bên trong") });

type RawEntry = { name: string; data: Buffer; declaredSize: number };

/**
 * A zip written by hand so that its directory can lie: every entry is deflated, but the sizes it
 * declares are `declaredSize`. A check that only reads the directory sees a small, honest file;
 * JSZip (mammoth, exceljs) inflates everything before it compares.
 */
function lyingZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A DOCX or XLSX whose main part declares 2 KB but inflates to 64 MB. */
export function lyingSizeBomb(kind: "docx" | "xlsx"): Buffer {
  const main = kind === "docx" ? "word/document.xml" : "xl/worksheets/sheet1.xml";
  const honest = (name: string, text: string) => ({ name, data: Buffer.from(text), declaredSize: Buffer.byteLength(text) });
  return lyingZip([
    honest("[Content_Types].xml", CONTENT_TYPES.toString()),
    ...(kind === "xlsx" ? [honest("xl/workbook.xml", "<workbook/>")] : []),
    { name: main, data: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 2048 },
  ]);
}
