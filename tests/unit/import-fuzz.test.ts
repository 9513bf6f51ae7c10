// Fuzzing the plan import (issue 9): the parser gets random text and the three real plans cut short,
// shuffled, thinned out or with bytes flipped; the text extraction gets random bytes dressed as DOCX,
// PDF or text. Nothing throws: the parser always gives a draft (with warnings for what it could not
// read), the extraction gives text or a Vietnamese refusal, and what would be stored is storable.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import yazl from "yazl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { extractPlanText } from "@/lib/import/extract-text";
import { parsePlanText } from "@/lib/import/parse-plan";
import { planDraftSchema } from "@/lib/import/schemas";
import type { PlanDraft } from "@/lib/import/types";
import { matchUnit, normalizeUnitName } from "@/lib/units/match";
import { docxFromText } from "../support/documents";
import { describeValue, hostileText, hugeString, PROTOTYPE_KEYS, UNICODE_PIECES } from "../support/hostile";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// The same three documents as ../shared/plans/, kept in the repository for the demo seed.
const PLANS = ["phuong-hai-an.txt", "phuong-thach-khoi.txt", "xa-ha-long.txt"].map((f) =>
  readFileSync(path.join(ROOT, "prisma/seed/plans", f), "utf8"),
);
/** The text of plan `i`; a wrong index is a bug in this test, so it fails loudly. */
function plan(i: number): string {
  const text = PLANS[i];
  if (text === undefined) throw new Error(`no plan ${i}: there are ${PLANS.length}`);
  return text;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const isRealDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

// pdf.js reports what it repairs on the console: not this test's output.
beforeAll(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

/** Every string of the draft, with where it is. */
function strings(v: unknown, at = "draft", out: [string, string][] = []): [string, string][] {
  if (typeof v === "string") out.push([at, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${at}[${i}]`, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) strings(x, `${at}.${k}`, out);
  return out;
}

/** Parses without throwing and returns a draft of the promised shape. */
function parseChecked(text: string, { storable }: { storable: boolean }): PlanDraft {
  let draft: PlanDraft;
  try {
    draft = parsePlanText(text);
  } catch (err) {
    throw new Error(`parsePlanText threw on ${describeValue(text)}: ${String(err)}`);
  }
  const where = `draft of ${describeValue(text)}`;
  for (const key of ["groups", "tasks", "indicators", "warnings", "parentRefs"] as const)
    expect(Array.isArray(draft[key]), `${where}: ${key}`).toBe(true);
  for (const w of draft.warnings) expect(w, `${where}: warning`).toMatch(VIETNAMESE);
  // A document the parser could not read is said so, not silently empty.
  if (draft.tasks.length === 0) expect(draft.warnings.length, `${where}: no tasks and no warning`).toBeGreaterThan(0);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const t of draft.tasks) {
    const [a, b] = t.sourceLines;
    expect(
      Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b < lineCount,
      `${where}: task ${t.code} lines ${a}–${b}`,
    ).toBe(true);
    if (t.deadline.date !== null) expect(isRealDay(t.deadline.date), `${where}: task ${t.code} due ${t.deadline.date}`).toBe(true);
  }
  for (const day of [draft.issuedDate, draft.periodStart, draft.periodEnd, ...draft.indicators.map((k) => k.dueDate)]) {
    if (day !== null) expect(isRealDay(day), `${where}: day ${day}`).toBe(true);
  }
  for (const k of draft.indicators) expect(Number.isFinite(k.target) && k.target >= 0, `${where}: target ${k.target}`).toBe(true);
  if (storable) {
    for (const [at, s] of strings(draft)) {
      expect(s.includes("\u0000"), `${where}: NUL in ${at}`).toBe(false);
      expect(hasLoneSurrogate(s), `${where}: lone surrogate in ${at}`).toBe(false);
    }
  }
  // What the review screen sends back is the draft itself: checking it never throws, refusals are Vietnamese.
  const checked = planDraftSchema.safeParse(draft);
  if (!checked.success) for (const i of checked.error.issues) expect(i.message, `${where}: ${i.path.join(".")}`).toMatch(VIETNAMESE);
  return draft;
}

// ---------------------------------------------------------------------------------------------------
// Damaged copies of the real plans.

const planIndex = fc.integer({ min: 0, max: PLANS.length - 1 });

const truncated = fc
  .tuple(planIndex, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([i, f]) => plan(i).slice(0, Math.floor(plan(i).length * f)));

const shuffled = fc.tuple(planIndex, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 })).map(([i, swaps]) => {
  const lines = plan(i).split("\n");
  for (const [a, b] of swaps) {
    const x = a % lines.length;
    const y = b % lines.length;
    [lines[x], lines[y]] = [lines[y]!, lines[x]!];
  }
  return lines.join("\n");
});

const thinned = fc.tuple(planIndex, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer()).map(([i, keep, seed]) => {
  let h = seed >>> 0;
  const next = () => (h = (Math.imul(h, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return plan(i)
    .split("\n")
    .filter(() => next() < keep)
    .join("\n");
});

/** Bytes of a plan with some flipped, decoded as a lenient reader would (invalid UTF-8 → U+FFFD). */
const flipped = fc
  .tuple(planIndex, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 200 }))
  .map(([i, flips]) => {
    const bytes = Buffer.from(plan(i), "utf8");
    for (const [at, b] of flips) bytes[at % bytes.length] = b;
    return new TextDecoder().decode(bytes);
  });

/** Hostile pieces spliced into a plan at random places. */
const spliced = fc.tuple(planIndex, fc.array(fc.tuple(fc.nat(), hostileText), { minLength: 1, maxLength: 20 })).map(([i, pieces]) => {
  let text = plan(i);
  for (const [at, piece] of pieces) {
    const p = at % (text.length + 1);
    text = text.slice(0, p) + piece + text.slice(p);
  }
  return text;
});

/** Lines of the three plans mixed at random: every structure the parser knows, in any order. */
const ALL_LINES = PLANS.flatMap((p) => p.split("\n"));
const mixed = fc.array(fc.nat({ max: ALL_LINES.length - 1 }), { maxLength: 300 }).map((ix) => ix.map((i) => ALL_LINES[i]).join("\n"));

describe("parsePlanText never throws and always says what it could not read", () => {
  it("on random text (any code points, lone surrogates, control characters, plan-like fragments)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 3000 }),
          fc.string({ unit: "grapheme", maxLength: 3000 }),
          fc
            .array(
              fc.oneof(
                hostileText,
                fc.constantFrom(...UNICODE_PIECES, "\n", "\r\n", "\r", "Chủ trì:", "Phối hợp:", "Thời gian:", "I.", "1.1.", "a)", "-"),
              ),
              { maxLength: 400 },
            )
            .map((a) => a.join("")),
        ),
        (text) => void parseChecked(text, { storable: false }),
      ),
      { numRuns: 80 },
    );
  });

  // About a second each (the parser is linear, a megabyte is simply a lot of text): a few runs only.
  it("on a megabyte of text on one line", () => {
    fc.assert(
      fc.property(hugeString, (text) => void parseChecked(text, { storable: false })),
      { numRuns: 3 },
    );
  }, 30_000);

  it("on the real plans truncated at a random point", () => {
    fc.assert(
      fc.property(truncated, (text) => void parseChecked(text, { storable: true })),
      { numRuns: 40 },
    );
  });

  it("on the real plans with lines shuffled, deleted or mixed between plans", () => {
    fc.assert(
      fc.property(fc.oneof(shuffled, thinned, mixed), (text) => void parseChecked(text, { storable: true })),
      { numRuns: 60 },
    );
  });

  it("on the real plans with bytes flipped or hostile text spliced in", () => {
    fc.assert(
      fc.property(fc.oneof(flipped, spliced), (text) => void parseChecked(text, { storable: false })),
      { numRuns: 40 },
    );
  });
});

describe("unit names (plans and the commune's own units) never break the matching", () => {
  it("on hostile names, Object.prototype's words included (a unit called “Tổ constructor” once broke every import)", () => {
    const name = fc.oneof(
      hostileText,
      fc.constantFrom(...PROTOTYPE_KEYS).chain((k) => fc.constantFrom(k, `Tổ ${k}`, `VP ${k} UBND`)),
    );
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 5 }), (written, others) => {
        const units = [...others, "Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công"].map((n, i) => ({ id: `u${i}`, name: n }));
        expect(typeof normalizeUnitName(written)).toBe("string");
        matchUnit(written, units);
        matchUnit("VP HĐND-UBND", units);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Bytes → text.

/** A small PDF with a real text layer (Helvetica, Latin-1 text), built without a browser. */
function pdfWithText(lines: string[]): Buffer {
  const latin = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/([\\()])/g, "\\$1");
  const content = `BT /F1 10 Tf 40 800 Td 12 TL ${lines.map((l) => `(${latin(l)}) '`).join(" ")} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const xmlEscape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A DOCX written by hand, one paragraph per line of (already escaped) XML text. */
function rawDocx(xmlLines: string[]): Promise<Buffer> {
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xmlLines
      .map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`)
      .join("")}</w:body></w:document>`,
  };
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, data] of Object.entries(files)) zip.addBuffer(Buffer.from(data, "utf8"), name);
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
    zip.end();
  });
}

const SAMPLE_LINES = plan(0).split("\n").slice(0, 60);
let docx: Buffer;
const pdf = pdfWithText(SAMPLE_LINES);

beforeAll(async () => {
  docx = await docxFromText(plan(0).split("\n").slice(0, 120).join("\n"));
});

/** Extracts without throwing: text that can be stored and parsed, or a Vietnamese refusal. */
async function extractChecked(name: string, bytes: Buffer) {
  let r: Awaited<ReturnType<typeof extractPlanText>>;
  try {
    r = await extractPlanText(name, bytes);
  } catch (err) {
    throw new Error(
      `extractPlanText threw on ${name} (${bytes.length} bytes, starting ${bytes.subarray(0, 8).toString("hex")}): ${String(err)}`,
    );
  }
  if (!r.ok) {
    expect(r.message.trim().length).toBeGreaterThan(0);
    expect(r.message).toMatch(VIETNAMESE);
    return r;
  }
  expect(r.text.trim().length).toBeGreaterThan(0);
  // The text is stored (PlanImport.sourceText) and so is the draft parsed from it (a JSON column).
  expect(r.text.includes("\u0000"), `${name}: NUL in the extracted text`).toBe(false);
  expect(hasLoneSurrogate(r.text), `${name}: lone surrogate in the extracted text`).toBe(false);
  expect(r.fileName.includes("\u0000"), `${name}: NUL in the file name`).toBe(false);
  parseChecked(r.text, { storable: true });
  return r;
}

const damaged = (original: () => Buffer) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((flips) => {
      const bytes = Buffer.from(original());
      for (const [at, b] of flips) bytes[at % bytes.length] = b;
      return bytes;
    }),
    fc.double({ min: 0, max: 1, noNaN: true }).map((f) => original().subarray(0, Math.max(1, Math.floor(original().length * f)))),
  );

describe("extractPlanText never throws: text or a clean Vietnamese refusal", () => {
  it("reads the undamaged DOCX and PDF built here (the fuzzing starts from real documents)", async () => {
    expect((await extractChecked("ke-hoach.docx", docx)).ok).toBe(true);
    const fromPdf = await extractChecked("ke-hoach.pdf", pdf);
    expect(fromPdf.ok && fromPdf.text).toContain("KE HOACH");
  });

  it("on random bytes, alone or behind a PDF, ZIP or OLE signature", async () => {
    const magic = fc.constantFrom(
      [],
      [0x25, 0x50, 0x44, 0x46],
      [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0],
      [0xef, 0xbb, 0xbf],
    );
    await fc.assert(
      fc.asyncProperty(
        magic,
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom("a.docx", "a.pdf", "a.txt", "", "../../x.doc", "a\u0000b.pdf"),
        async (head, body, name) => {
          await extractChecked(name, Buffer.from([...head, ...body]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("on text files with hostile content (NUL, lone surrogates written as bytes, BOMs, invalid UTF-8)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, fc.constantFrom(...UNICODE_PIECES)),
        fc.constantFrom(plan(1).slice(0, 4000), ""),
        async (piece, plan) => {
          await extractChecked("ke-hoach.txt", Buffer.from(`${plan}${piece}${plan}`, "utf8"));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("on a real DOCX with bytes flipped or cut short", async () => {
    await fc.assert(
      fc.asyncProperty(
        damaged(() => docx),
        async (bytes) => void (await extractChecked("ke-hoach.docx", bytes)),
      ),
      { numRuns: 40 },
    );
  });

  it("on a real PDF with bytes flipped or cut short", async () => {
    await fc.assert(
      fc.asyncProperty(
        damaged(() => pdf),
        async (bytes) => void (await extractChecked("ke-hoach.pdf", bytes)),
      ),
      { numRuns: 40 },
    );
  });

  it("on a DOCX whose XML holds characters PostgreSQL cannot store (&#0;, &#xD800;, control characters)", async () => {
    const charRef = fc.oneof(
      fc.constantFrom(0, 1, 7, 0x1b, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffe, 0xffff, 0x202e, 0x200b, 0xfeff),
      fc.integer({ min: 0, max: 0x10ffff }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: 79 }), charRef), { minLength: 1, maxLength: 10 }), async (refs) => {
        const lines = plan(0).split("\n").slice(0, 80).map(xmlEscape);
        for (const [line, code] of refs) lines[line] += `&#${code};`;
        await extractChecked("ke-hoach.docx", await rawDocx(lines));
      }),
      { numRuns: 30 },
    );
  });
});

describe("the draft check itself", () => {
  it("refuses a draft with an impossible day in Vietnamese (it would be stored as another day)", () => {
    const draft = parsePlanText(plan(0));
    const r = planDraftSchema.safeParse({ ...draft, issuedDate: "2025-02-30" });
    expect(r.success).toBe(false);
    expect(z.flattenError(r.error!).fieldErrors.issuedDate).toEqual(["Ngày không hợp lệ"]);
  });
});
