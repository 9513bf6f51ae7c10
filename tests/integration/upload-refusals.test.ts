// Every upload path of the portal, fed hostile files through the real actions as an allowed demo
// user: a refused file must come back as ok:false with a Vietnamese message naming the problem, and
// leave no row in any table and no file on disk; a hostile name is either refused or kept only as a
// cleaned display name beside a file named by its generated id. One honest file per path must pass,
// so that a path refusing everything would fail here too.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { MAX_FILE_BYTES, MAX_FILES_PER_UPDATE, ZIP_MAX_ENTRIES } from "@/lib/files/inspect";
import { evidenceDir, sha256 } from "@/lib/files/storage";
import { enterIndicatorValue, importIndicatorValues, saveIndicator } from "@/lib/indicators/commands";
import { VALUE_FILE_MAX_BYTES } from "@/lib/indicators/value-file";
import { uploadPlan } from "@/lib/import/commands";
import { MAX_PLAN_BYTES } from "@/lib/import/extract-text";
import { submitContribution, submitTaskUpdate } from "@/lib/tasks/commands";
import { docxFromText, planText } from "../support/documents";
import { EXE, file, JPG, makeDocx, makePlainZip, makeXlsx, makeZipBombDocx, PDF, PNG } from "../support/files";
import { docxWithoutDocument, ELF, HTML, lyingSizeBomb, manyEntries, nestedZip, SVG, xlsxZipBomb } from "../support/hostile-files";
import { communeByName, testDb, freshDemo, viewer } from "./db";

// Evidence goes two levels below a folder of this test alone, so that "nothing written beside it"
// can be checked on the parent folders without other test runs writing there.
const sandbox = mkdtempSync(path.join(tmpdir(), "upload-refusals-"));
const EVIDENCE = path.join(sandbox, "outer", "evidence");
mkdirSync(EVIDENCE, { recursive: true });
process.env.EVIDENCE_DIR = EVIDENCE;

const db = testDb();
let haiAn: string;
let planId: string;
let office: Viewer; // Văn phòng HĐND và UBND: leads `leadTask`
let center: Viewer; // Trung tâm PVHCC: helps on `supportTask`
let coordinator: Viewer; // Phòng Văn hóa - Xã hội: imports plans, enters and imports KPI values
let leadTask: string;
let supportTask: string;
let indicator: { id: string; code: string };

type Result = ActionResult<unknown>;
const run = (def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<Result>;

// Each KPI value goes to a month of its own (from 01/2021), so that no two sends meet on a period.
let month = 0;
function nextMonth(): { key: string; text: string } {
  const year = 2021 + Math.floor(month / 12);
  const m = String((month % 12) + 1).padStart(2, "0");
  month += 1;
  return { key: `${year}-${m}`, text: `${m}/${year}` };
}

/** One upload path: sends files the way its form does (the single-file imports get `file`). */
type UploadPath = { label: string; send: (files: File[]) => Promise<Result> };

const single = (files: File[]) => (files.length === 1 ? files[0] : files);

const taskUpdate: UploadPath = {
  label: "task update evidence",
  send: async (files) =>
    run(submitTaskUpdate, office, {
      communeId: haiAn,
      taskId: leadTask,
      version: (await db.task.findUniqueOrThrow({ where: { id: leadTask } })).version,
      workStatus: "IN_PROGRESS",
      progress: "40",
      result: "Đã triển khai một phần, kèm minh chứng.",
      files,
    }),
};
const contribution: UploadPath = {
  label: "contribution evidence",
  send: (files) =>
    run(submitContribution, center, { communeId: haiAn, taskId: supportTask, result: "Đã phối hợp cung cấp số liệu.", files }),
};
const indicatorValueUpload: UploadPath = {
  label: "KPI value evidence",
  send: (files) =>
    run(enterIndicatorValue, coordinator, {
      communeId: haiAn,
      indicatorId: indicator.id,
      periodKey: nextMonth().key,
      baseRevision: 0,
      value: "7",
      sourceNote: "Báo cáo của đơn vị",
      files,
    }),
};
const planImport: UploadPath = {
  label: "plan import file",
  send: (files) => run(uploadPlan, coordinator, { communeId: haiAn, file: single(files) }),
};
const valueImport: UploadPath = {
  label: "KPI values import file",
  send: (files) => run(importIndicatorValues, coordinator, { communeId: haiAn, planId, file: single(files), mode: "apply" }),
};
const EVIDENCE_PATHS = [taskUpdate, contribution, indicatorValueUpload];

// ---- What "nothing stored" means -------------------------------------------------------------

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const sql = tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM "${t.name}"`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/** Every file and folder under the sandbox (the evidence folder, its parent and grandparent). */
function tree(dir = sandbox, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(prefix, d.name);
    return d.isDirectory() ? [`${rel}/`, ...tree(path.join(dir, d.name), rel)] : [rel];
  });
}

const snapshot = async () => ({ rows: await rowCounts(), files: tree() });

function problemText(res: Result): string {
  if (res.ok) return "";
  return [res.message, ...Object.values(res.fieldErrors ?? {}).flat()].join(" ");
}

async function expectRefused(upload: UploadPath, files: File[], message: RegExp) {
  const before = await snapshot();
  const res = await upload.send(files);
  expect(res.ok, `${upload.label} accepted it`).toBe(false);
  if (res.ok) return;
  expect(res.code).toBe("VALIDATION");
  expect(problemText(res)).toMatch(message);
  expect(res.message.length, "the message quotes a name that was not shortened").toBeLessThan(600);
  expect(await snapshot(), "a refused upload left rows or files behind").toEqual(before);
}

/** What the sandbox gained: only files directly in the evidence folder, named by the given ids. */
function expectOnlyEvidence(before: string[], ids: string[]) {
  const added = tree().filter((f) => !before.includes(f));
  expect(added.sort()).toEqual(ids.map((id) => path.join("outer", "evidence", id)).sort());
  expect(before.filter((f) => !tree().includes(f))).toEqual([]);
}

/** A display name that cannot lead anywhere or disguise its extension. */
function expectSafeName(name: string) {
  expect(name).not.toMatch(/[\\/]/);
  expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(150);
  expect(name.startsWith(".")).toBe(false);
}

// ---- Fixtures ----------------------------------------------------------------------------------

type Fixture =
  | "zip"
  | "docx"
  | "xlsx"
  | "docxNoDocument"
  | "zipBombDocx"
  | "zipBombXlsx"
  | "lyingDocx"
  | "lyingXlsx"
  | "nested"
  | "manyDocx"
  | "manyXlsx"
  | "planDocx"
  | "realDocx";
// Filled once in beforeAll; every use below runs inside a test, after that.
let bytes: Record<Fixture, Buffer>;
const oversizePdf = (limit: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(limit + 1 - 9, 0x20)]);
const csvOf = (period: string, value = "5") => Buffer.from(`Mã chỉ tiêu;Kỳ;Giá trị\n${indicator.code};${period};${value}\n`, "utf8");

beforeAll(async () => {
  expect(evidenceDir()).toBe(path.resolve(EVIDENCE));
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  office = await viewer(db, "vanphong.haian");
  center = await viewer(db, "tthcc.haian");
  coordinator = await viewer(db, "vhxh.haian");
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn, sourceFile: { not: null } }, orderBy: { createdAt: "asc" } })).id;
  leadTask = (
    await db.task.findFirstOrThrow({
      where: { communeId: haiAn, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
    })
  ).id;
  const helped = await db.task.findFirst({
    where: {
      communeId: haiAn,
      units: { some: { unitId: center.unitId!, role: "SUPPORT" }, none: { unitId: center.unitId!, role: "LEAD" } },
    },
  });
  supportTask = helped?.id ?? leadTask;
  if (!helped) await db.taskUnit.create({ data: { taskId: leadTask, unitId: center.unitId!, role: "SUPPORT", communeId: haiAn } });

  // A KPI of the demo plan, defined through the real form by the standing office.
  const saved = await run(saveIndicator, coordinator, {
    communeId: haiAn,
    planId,
    name: "Số hồ sơ số hóa nhập qua kiểm thử tải tệp",
    unit: "COUNT",
    comparison: "GTE",
    measure: "DIRECT",
    target: "12",
    dueDate: "2025-12-31",
    frequency: "MONTHLY",
    responsibleUnitId: center.unitId,
    taskIds: [],
  });
  if (!saved.ok) throw new Error(`saveIndicator: ${problemText(saved)}`);
  indicator = await db.indicator.findUniqueOrThrow({
    where: { id: (saved.data as { indicatorId: string }).indicatorId },
    select: { id: true, code: true },
  });

  const zipBombDocx = await makeZipBombDocx();
  bytes = {
    zip: await makePlainZip(),
    docx: await makeDocx(),
    xlsx: await makeXlsx(),
    docxNoDocument: await docxWithoutDocument(),
    zipBombDocx,
    zipBombXlsx: await xlsxZipBomb(),
    lyingDocx: lyingSizeBomb("docx"),
    lyingXlsx: lyingSizeBomb("xlsx"),
    nested: await nestedZip(zipBombDocx),
    manyDocx: await manyEntries("docx", ZIP_MAX_ENTRIES + 1),
    manyXlsx: await manyEntries("xlsx", ZIP_MAX_ENTRIES + 1),
    planDocx: await docxFromText(planText("phuong-hai-an.txt")),
    realDocx: await docxFromText("Biên bản nghiệm thu\nĐã bàn giao phần mềm một cửa điện tử."),
  };
}, 120_000);

afterAll(async () => {
  rmSync(sandbox, { recursive: true, force: true });
  await db.$disconnect();
});

// ---- Honest files pass (controls) ---------------------------------------------------------------

async function realXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu");
  ws.addRow(["Mã chỉ tiêu", "Kỳ", "Giá trị"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("an honest file is accepted and stored on every path", () => {
  it.each(EVIDENCE_PATHS)("$label: PDF, PNG, JPG, a real DOCX and XLSX", async (upload) => {
    const sent: [string, Buffer, string][] = [
      ["bien-ban.pdf", PDF, "application/pdf"],
      ["anh.png", PNG, "image/png"],
      ["anh.jpg", JPG, "image/jpeg"],
      ["bien-ban.docx", bytes.realDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["so-lieu.xlsx", await realXlsx([["CT01", "10/2025", 5]]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ];
    const before = await snapshot();
    const res = await upload.send(sent.map(([name, b]) => file(b, name)));
    expect(res, problemText(res)).toMatchObject({ ok: true });
    const added = tree().filter((f) => !before.files.includes(f));
    const mine = await db.attachment.findMany({ where: { id: { in: added.map((f) => path.basename(f)) } } });
    expect(mine.map((a) => [a.fileName, a.mimeType]).sort()).toEqual(sent.map(([n, , m]) => [n, m]).sort());
    for (const a of mine) {
      const stored = readFileSync(path.join(EVIDENCE, a.id));
      expect(sha256(stored)).toBe(a.sha256);
      expect(stored.length).toBe(a.size);
    }
    expectOnlyEvidence(
      before.files,
      mine.map((a) => a.id),
    );
    expect((await rowCounts()).Attachment).toBe(before.rows.Attachment! + sent.length);
  });

  it("plan import file: a DOCX plan is read, its draft kept and the document stored under the import id", async () => {
    const before = await snapshot();
    const res = await planImport.send([file(bytes.planDocx, "ke-hoach-hai-an.docx")]);
    expect(res, problemText(res)).toMatchObject({ ok: true });
    if (!res.ok) return;
    const { importId } = res.data as { importId: string };
    const row = await db.planImport.findUniqueOrThrow({ where: { id: importId } });
    expect(row).toMatchObject({
      fileName: "ke-hoach-hai-an.docx",
      mimeType: "docx",
      size: bytes.planDocx.length,
      sha256: sha256(bytes.planDocx),
    });
    expect(readFileSync(path.join(EVIDENCE, importId)).equals(bytes.planDocx)).toBe(true);
    expectOnlyEvidence(before.files, [importId]);
  });

  it("KPI values import file: an XLSX is read and its value written (the file itself is not kept)", async () => {
    const period = nextMonth();
    const before = await snapshot();
    const res = await valueImport.send([file(await realXlsx([[indicator.code, period.text, 9]]), "so-lieu.xlsx")]);
    expect(res, problemText(res)).toMatchObject({ ok: true, data: { applied: true, written: 1 } });
    const value = await db.indicatorValue.findFirstOrThrow({ where: { indicatorId: indicator.id, periodKey: period.key } });
    expect(value.value.toNumber()).toBe(9);
    expect(tree()).toEqual(before.files);
  });
});

// ---- Hostile files are refused --------------------------------------------------------------------

type Case = [label: string, make: () => File | File[], message: RegExp];

const NOT_WORD = /không phải là tệp Word \(\.docx\)/;
const NOT_EXCEL = /không phải là tệp Excel \(\.xlsx\)/;
const BOMB = /nghi là bom nén/;
const mismatch = (ext: string) => new RegExp(`không khớp với đuôi \\.${ext} \\(có thể đã bị đổi tên\\)`);

const evidenceCases = (): Case[] => [
  ["a Windows executable renamed .pdf", () => file(EXE, "bao-cao.pdf"), mismatch("pdf")],
  ["a Linux executable renamed .docx", () => file(ELF, "bao-cao.docx"), mismatch("docx")],
  ["an HTML page renamed .pdf", () => file(HTML, "bao-cao.pdf"), mismatch("pdf")],
  ["an HTML page renamed .xlsx", () => file(HTML, "so-lieu.xlsx"), mismatch("xlsx")],
  ["an SVG with a script renamed .png", () => file(SVG, "anh.png"), mismatch("png")],
  ["a zip renamed .pdf", () => file(bytes.zip, "bao-cao.pdf"), mismatch("pdf")],
  ["a zip renamed .docx", () => file(bytes.zip, "bao-cao.docx"), NOT_WORD],
  ["a zip renamed .xlsx", () => file(bytes.zip, "so-lieu.xlsx"), NOT_EXCEL],
  ["a PNG renamed .pdf", () => file(PNG, "bao-cao.pdf"), mismatch("pdf")],
  ["a DOCX renamed .xlsx", () => file(bytes.docx, "so-lieu.xlsx"), NOT_EXCEL],
  ["a DOCX whose zip lacks word/document.xml", () => file(bytes.docxNoDocument, "bao-cao.docx"), NOT_WORD],
  [
    "an executable behind a right-to-left override (invoice\u202Efdp.exe)",
    () => file(EXE, "invoice\u202Efdp.exe"),
    /không được chấp nhận: chỉ nhận PDF, DOCX, XLSX, JPG, PNG/,
  ],
  ["a PDF one byte over 20 MB", () => file(oversizePdf(MAX_FILE_BYTES), "lon.pdf"), /vượt quá 20 MB/],
  ["a DOCX zip bomb (60 MB from a few KB)", () => file(bytes.zipBombDocx, "bom.docx"), BOMB],
  ["an XLSX zip bomb", () => file(bytes.zipBombXlsx, "bom.xlsx"), BOMB],
  ["a DOCX whose directory lies about its sizes (64 MB declared as 2 KB)", () => file(bytes.lyingDocx, "bom.docx"), BOMB],
  ["an XLSX whose directory lies about its sizes", () => file(bytes.lyingXlsx, "bom.xlsx"), BOMB],
  ["a nested zip (a bomb inside a zip) renamed .docx", () => file(bytes.nested, "bom.docx"), NOT_WORD],
  ["a nested zip renamed .xlsx", () => file(bytes.nested, "bom.xlsx"), NOT_EXCEL],
  [`a DOCX with ${ZIP_MAX_ENTRIES + 1} entries`, () => file(bytes.manyDocx, "nhieu.docx"), BOMB],
  [`an XLSX with ${ZIP_MAX_ENTRIES + 1} entries`, () => file(bytes.manyXlsx, "nhieu.xlsx"), BOMB],
  ["an empty file", () => file(Buffer.alloc(0), "rong.pdf"), /"rong\.pdf" rỗng/],
  ["a nameless empty file (an empty file input)", () => file(Buffer.alloc(0), ""), /rỗng/],
  ["a nameless file", () => file(PDF, ""), /không được chấp nhận: chỉ nhận PDF, DOCX, XLSX, JPG, PNG/],
  ["a name that is only dots", () => file(PDF, ".."), /không được chấp nhận/],
  ["a 10,000-character extension", () => file(PDF, `bao-cao.${"x".repeat(10_000)}`), /không được chấp nhận/],
  [
    `${MAX_FILES_PER_UPDATE + 1} files`,
    () => Array.from({ length: MAX_FILES_PER_UPDATE + 1 }, (_, i) => file(PNG, `anh-${i}.png`)),
    /Tối đa 10 tệp/,
  ],
  ["two honest files and one executable: all refused", () => [file(PDF, "a.pdf"), file(PNG, "b.png"), file(EXE, "c.pdf")], mismatch("pdf")],
];

describe.each(EVIDENCE_PATHS)("$label refuses hostile files and keeps nothing", (upload) => {
  it.each(evidenceCases())("%s", async (_what, make, message) => {
    const made = make();
    await expectRefused(upload, Array.isArray(made) ? made : [made], message);
  });
});

const PLAN_UNKNOWN = /Không nhận ra định dạng tệp.*chỉ nhận DOCX, PDF có lớp chữ hoặc văn bản \.txt/;
const PLAN_NOT_WORD = /Tệp Word \(\.docx\) bị hỏng hoặc không phải tệp Word/;

const planCases = (): Case[] => [
  ["a Windows executable renamed .pdf", () => file(EXE, "ke-hoach.pdf"), mismatch("pdf")],
  ["a Linux executable renamed .docx", () => file(ELF, "ke-hoach.docx"), mismatch("docx")],
  ["an HTML page renamed .pdf", () => file(HTML, "ke-hoach.pdf"), mismatch("pdf")],
  ["an SVG with a script renamed .docx", () => file(SVG, "ke-hoach.docx"), mismatch("docx")],
  ["an SVG with a script renamed .png", () => file(SVG, "ke-hoach.png"), PLAN_UNKNOWN],
  ["a zip renamed .docx", () => file(bytes.zip, "ke-hoach.docx"), PLAN_NOT_WORD],
  ["a PNG renamed .pdf", () => file(PNG, "ke-hoach.pdf"), mismatch("pdf")],
  ["a real plan DOCX renamed .pdf", () => file(bytes.planDocx, "ke-hoach.pdf"), mismatch("pdf")],
  ["a plan as text renamed .docx", () => file(Buffer.from(planText("phuong-hai-an.txt")), "ke-hoach.docx"), mismatch("docx")],
  ["an XLSX renamed .docx", () => file(bytes.xlsx, "ke-hoach.docx"), PLAN_NOT_WORD],
  ["a DOCX whose zip lacks word/document.xml", () => file(bytes.docxNoDocument, "ke-hoach.docx"), PLAN_NOT_WORD],
  [
    "a plan behind a right-to-left override (ke-hoach\u202Efdp.exe)",
    () => file(Buffer.from(planText("phuong-hai-an.txt")), "ke-hoach\u202Efdp.exe"),
    PLAN_UNKNOWN,
  ],
  ["a PDF one byte over 20 MB", () => file(oversizePdf(MAX_PLAN_BYTES), "ke-hoach.pdf"), /vượt quá 20 MB/],
  ["a DOCX zip bomb", () => file(bytes.zipBombDocx, "ke-hoach.docx"), BOMB],
  ["a DOCX whose directory lies about its sizes", () => file(bytes.lyingDocx, "ke-hoach.docx"), BOMB],
  ["a nested zip renamed .docx", () => file(bytes.nested, "ke-hoach.docx"), PLAN_NOT_WORD],
  [`a DOCX with ${ZIP_MAX_ENTRIES + 1} entries`, () => file(bytes.manyDocx, "ke-hoach.docx"), BOMB],
  ["an empty file", () => file(Buffer.alloc(0), "ke-hoach.docx"), /"ke-hoach\.docx" rỗng/],
  ["a nameless empty file", () => file(Buffer.alloc(0), ""), /rỗng/],
  ["a nameless plan", () => file(Buffer.from(planText("phuong-hai-an.txt")), ""), PLAN_UNKNOWN],
  ["a 10,000-character extension", () => file(Buffer.from(planText("phuong-hai-an.txt")), `ke-hoach.${"x".repeat(10_000)}`), PLAN_UNKNOWN],
  ["two files", () => [file(bytes.planDocx, "a.docx"), file(bytes.planDocx, "b.docx")], /Chọn tệp kế hoạch/],
];

describe("plan import file refuses hostile files and keeps nothing", () => {
  it.each(planCases())("%s", async (_what, make, message) => {
    const made = make();
    await expectRefused(planImport, Array.isArray(made) ? made : [made], message);
  });
});

const NOT_A_SPREADSHEET = /Tệp phải là bảng tính Excel \(\.xlsx\) hoặc CSV/;

const valueCases = (): Case[] => [
  ["a Windows executable renamed .xlsx", () => file(EXE, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  ["a Linux executable renamed .csv", () => file(ELF, "so-lieu.csv"), NOT_A_SPREADSHEET],
  ["an HTML page renamed .xlsx", () => file(HTML, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  ["an SVG with a script renamed .csv", () => file(SVG, "so-lieu.csv"), NOT_A_SPREADSHEET],
  ["a zip renamed .xlsx", () => file(bytes.zip, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  ["a PNG renamed .xlsx", () => file(PNG, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  ["a DOCX renamed .xlsx", () => file(bytes.docx, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  ["a DOCX whose zip lacks word/document.xml, renamed .xlsx", () => file(bytes.docxNoDocument, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  ["a CSV one byte over 5 MB", () => file(Buffer.alloc(VALUE_FILE_MAX_BYTES + 1, 0x61), "so-lieu.csv"), /Tệp vượt quá 5 MB/],
  ["an XLSX zip bomb", () => file(bytes.zipBombXlsx, "so-lieu.xlsx"), BOMB],
  ["an XLSX whose directory lies about its sizes", () => file(bytes.lyingXlsx, "so-lieu.xlsx"), BOMB],
  ["a nested zip renamed .xlsx", () => file(bytes.nested, "so-lieu.xlsx"), NOT_A_SPREADSHEET],
  [`an XLSX with ${ZIP_MAX_ENTRIES + 1} entries`, () => file(bytes.manyXlsx, "so-lieu.xlsx"), BOMB],
  ["an empty file", () => file(Buffer.alloc(0), "so-lieu.xlsx"), /Tệp rỗng/],
  ["a nameless empty file", () => file(Buffer.alloc(0), ""), /Tệp rỗng/],
  ["two files", () => [file(csvOf("01/2020"), "a.csv"), file(csvOf("02/2020"), "b.csv")], /Chọn tệp Excel \(\.xlsx\) hoặc CSV/],
];

describe("KPI values import file refuses hostile files and keeps nothing", () => {
  it.each(valueCases())("%s", async (_what, make, message) => {
    const made = make();
    await expectRefused(valueImport, Array.isArray(made) ? made : [made], message);
  });
});

// ---- Hostile names: kept only as a cleaned display name -------------------------------------------

/** [raw name with {ext}, the display name expected for it]. */
const NAMES: [string, (ext: string) => string][] = [
  ["../../etc/passwd.{ext}", (ext) => `passwd.${ext}`],
  ["..\\..\\x.{ext}", (ext) => `x.${ext}`],
  ["/abs/x.{ext}", (ext) => `x.${ext}`],
  ["a/../../b.{ext}", (ext) => `b.${ext}`],
  ["C:\\Windows\\System32\\..\\bao-cao.{ext}", (ext) => `bao-cao.${ext}`],
  ["bao\u0000cao\u0007\r\n.{ext}", (ext) => `baocao.${ext}`],
  // Cut to 150 characters, the extension kept.
  [`${"x".repeat(10_000)}.{ext}`, (ext) => `${"x".repeat(150 - ext.length - 1)}.${ext}`],
  // Shown as "hoa-donfdp.png" by the right-to-left override: the override must not survive.
  ["hoa-don\u202Egnp.{ext}", (ext) => `hoa-dongnp.${ext}`],
  ["\u2066bien-ban\u2069.{ext}", (ext) => `bien-ban.${ext}`],
];
const withExt = (name: string, ext: string) => name.replaceAll("{ext}", ext);
const shown = (name: string) => JSON.stringify(name.length > 60 ? `${name.slice(0, 20)}…(${name.length} chars)` : name);
const NAME_CASES = NAMES.map(([raw, clean]) => [shown(raw), raw, clean] as const);

describe.each(EVIDENCE_PATHS)("$label keeps a hostile name only as a cleaned display name", (upload) => {
  it.each(NAME_CASES)("%s", async (_shown, raw, clean) => {
    const before = await snapshot();
    const res = await upload.send([file(PDF, withExt(raw, "pdf"))]);
    expect(res, problemText(res)).toMatchObject({ ok: true });
    const added = tree().filter((f) => !before.files.includes(f));
    expect(added).toHaveLength(1);
    const id = path.basename(added[0]!);
    const attachment = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(attachment.fileName).toBe(clean("pdf"));
    expectSafeName(attachment.fileName);
    expect(readFileSync(path.join(EVIDENCE, id)).equals(PDF)).toBe(true);
    expectOnlyEvidence(before.files, [id]);
  });
});

describe("plan import file keeps a hostile name only as a cleaned display name", () => {
  it.each(NAME_CASES)("%s", async (_shown, raw, clean) => {
    const text = Buffer.from(planText("phuong-thach-khoi.txt"));
    const before = await snapshot();
    const res = await planImport.send([file(text, withExt(raw, "txt"))]);
    expect(res, problemText(res)).toMatchObject({ ok: true });
    if (!res.ok) return;
    const { importId } = res.data as { importId: string };
    const row = await db.planImport.findUniqueOrThrow({ where: { id: importId } });
    expect(row.fileName).toBe(clean("txt"));
    expectSafeName(row.fileName);
    expectOnlyEvidence(before.files, [importId]);
  });
});

describe("KPI values import file records a hostile name only cleaned, and stores no file", () => {
  it.each(NAME_CASES)("%s", async (_shown, raw, clean) => {
    const period = nextMonth();
    const before = await snapshot();
    const res = await valueImport.send([file(csvOf(period.text), withExt(raw, "csv"))]);
    expect(res, problemText(res)).toMatchObject({ ok: true, data: { written: 1 } });
    const value = await db.indicatorValue.findFirstOrThrow({ where: { indicatorId: indicator.id, periodKey: period.key } });
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: indicator.id, data: { path: ["valueId"], equals: value.id } } });
    const recorded = (log.data as { file?: string }).file ?? "";
    expect(recorded).toBe(clean("csv"));
    expectSafeName(recorded);
    expect(tree()).toEqual(before.files);
  });
});

describe("KPI values import file with a 10,000-character extension", () => {
  it("reads the file by its content and records a name cut to 150 characters", async () => {
    const period = nextMonth();
    const before = await snapshot();
    const res = await valueImport.send([file(csvOf(period.text), `so-lieu.${"x".repeat(10_000)}`)]);
    expect(res, problemText(res)).toMatchObject({ ok: true, data: { written: 1 } });
    const value = await db.indicatorValue.findFirstOrThrow({ where: { indicatorId: indicator.id, periodKey: period.key } });
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: indicator.id, data: { path: ["valueId"], equals: value.id } } });
    const recorded = (log.data as { file?: string }).file ?? "";
    expect(recorded).toBe(`so-lieu.${"x".repeat(142)}`);
    expectSafeName(recorded);
    expect(tree()).toEqual(before.files);
  });
});
