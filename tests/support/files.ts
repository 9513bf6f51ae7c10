// Real files for the upload tests, built in memory.
import yazl from "yazl";

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** A PDF as the upload check sees one (magic bytes), padded with spaces to exactly `size` bytes. */
export function paddedPdf(size: number): Blob {
  const head = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
  const tail = Buffer.from("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  return new Blob([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail], { type: "application/pdf" });
}
// 1×1 transparent PNG
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
export const JPG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from("JFIF\0"),
  Buffer.alloc(64, 1),
  Buffer.from([0xff, 0xd9]),
]);
/** A Windows executable: what a renamed ".pdf" might really be. */
export const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

function zip(entries: Record<string, Buffer>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of Object.entries(entries)) z.addBuffer(data, name);
    const chunks: Buffer[] = [];
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    z.outputStream.on("error", reject);
    z.end();
  });
}

const contentTypes = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

export const makeDocx = () => zip({ "[Content_Types].xml": contentTypes, "word/document.xml": Buffer.from("<w:document/>") });
export const makeXlsx = () => zip({ "[Content_Types].xml": contentTypes, "xl/workbook.xml": Buffer.from("<workbook/>") });
export const makePlainZip = () => zip({ "notes.txt": Buffer.from("không phải tệp Word") });
/** A DOCX whose document inflates to 60 MB from a few dozen KB (ratio far above 100). */
export const makeZipBombDocx = () =>
  zip({ "[Content_Types].xml": contentTypes, "word/document.xml": Buffer.alloc(60 * 1024 * 1024, 0x20) });

export function file(bytes: Buffer, name: string, type = "application/octet-stream"): File {
  return new File([new Uint8Array(bytes)], name, { type });
}
