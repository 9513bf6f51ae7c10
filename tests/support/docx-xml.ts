// Reading the XML parts of a generated DOCX, for the export tests.
import yauzl from "yauzl";

/** The text of one part of a DOCX (or any zip); rejects when the part is missing. */
export function docxXml(buf: Buffer, part = "word/document.xml"): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error("not a zip"));
      let found = false;
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName !== part) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${part}`));
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString("utf8"));
          });
          stream.on("error", reject);
        });
      });
      zip.on("end", () => {
        if (!found) reject(new Error(`${part} not in the file`));
      });
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/** Names of all the parts of a DOCX. */
export function docxParts(buf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error("not a zip"));
      const names: string[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The paragraphs (`w:p`) of a part, each with its XML, for asserting on a paragraph's properties. */
export function docxParagraphs(xml: string): { xml: string; text: string }[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []).map((p) => ({
    xml: p,
    text: decode((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join("")),
  }));
}

/** The text of each paragraph of a part, in order (empty paragraphs included as ""). */
export function docxText(xml: string): string[] {
  return docxParagraphs(xml).map((p) => p.text);
}

export type DocxCell = { xml: string; text: string };
export type DocxRow = { xml: string; cells: DocxCell[] };

/** The tables (`w:tbl`, not nested) of a part: rows of cells, a cell's text its paragraphs joined by "\n". */
export function docxTables(xml: string): { xml: string; rows: DocxRow[] }[] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) => ({
    xml: tbl,
    rows: (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) => ({
      xml: tr,
      cells: (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => ({ xml: tc, text: docxText(tc).join("\n") })),
    })),
  }));
}
