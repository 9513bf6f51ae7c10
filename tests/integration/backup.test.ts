// Backup and restore against real PostgreSQL: demo data, evidence uploaded through the real actions,
// rows with awkward text and bytes; restored into a second database on the same server and a second
// evidence folder, then compared table by table and file by file. Refusals change nothing.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import yazl from "yazl";
import { executeAction } from "@/lib/actions/safe-action";
import { createPrismaClient } from "@/lib/db";
import { evidenceDir, sha256, writeEvidence } from "@/lib/files/storage";
import { readAll } from "@/lib/storage/s3";
import { uploadPlan } from "@/lib/import/commands";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { backupDatabase, BackupError, openArchive, restoreDatabase, tableChecksums } from "@/scripts/lib/backup";
import { file, PDF, PNG } from "../support/files";
import { planText } from "../support/documents";
import { startS3 } from "../support/s3";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
const url = process.env.DATABASE_URL!;
const AWKWARD = "tab\there\nnew line\r\nback\\slash \\N \"quotes\" 'single' Tiếng Việt có dấu ễ ữ 🚀 \u2028 end\\";
const BYTES = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(200_000)]);
// A 3 MB PDF (valid header), so that files and COPY data cross many stream chunks.
const STORED = randomBytes(70_000);
const BIG_PDF = Buffer.concat([PDF.subarray(0, 9), randomBytes(3 * 1024 * 1024), Buffer.from("\n%%EOF\n")]);

let work: string;
let haiAnId: string;
let backupFile: string;
let restoredDb: string | undefined; // the first test's target, cloned (then emptied) by the last one
const databases: string[] = [];

function urlOf(database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function emptyDatabase(suffix: string, template?: string): Promise<string> {
  const name = `restore_${process.pid}_${suffix}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  databases.push(name);
  return urlOf(name);
}

async function tableCount(u: string): Promise<number> {
  const c = new pg.Client({ connectionString: u });
  await c.connect();
  try {
    return Number((await c.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).rows[0].count);
  } finally {
    await c.end();
  }
}

/** Ids of every file the store holds for a row (report files with bytes in their row aside). */
async function storedIds(): Promise<string[]> {
  return [
    ...(await db.attachment.findMany({ select: { id: true } })),
    ...(await db.planImport.findMany({ select: { id: true } })),
    ...(await db.reportFile.findMany({ where: { bytes: null }, select: { id: true } })),
  ].map((r) => r.id);
}

/** A migrated, empty database: a clone of the first test's target with every table emptied (no migrate run). */
async function emptiedClone(suffix: string): Promise<string> {
  expect(restoredDb).toBeDefined();
  const target = await emptyDatabase(suffix, restoredDb);
  const c = new pg.Client({ connectionString: target });
  await c.connect();
  const tables = (await c.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'")).rows;
  await c.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")}`);
  await c.end();
  return target;
}

const filesIn = async (dir: string) => (existsSync(dir) ? (await readdir(dir)).sort() : []);

/** A copy of the backup whose manifest is edited: entries stay intact, only the manifest lies. */
async function withManifest(source: string, target: string, edit: (m: Record<string, unknown>) => void) {
  const zip = await yauzl.openPromise(source);
  const out = new yazl.ZipFile();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    let data = Buffer.concat(chunks);
    if (entry.fileName === "manifest.json") {
      const m = JSON.parse(data.toString("utf8"));
      edit(m);
      data = Buffer.from(JSON.stringify(m));
    }
    out.addBuffer(data, entry.fileName);
  }
  zip.close();
  out.end();
  const chunks: Buffer[] = [];
  for await (const c of out.outputStream) chunks.push(c as Buffer);
  await writeFile(target, Buffer.concat(chunks));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "cds-backup-"));
  await freshDemo(db);
  const haiAn = (haiAnId = (await communeByName(db, "Phường Hải An")).id);
  const haLong = (await communeByName(db, "Xã Hà Long")).id;
  const office = await viewer(db, "vanphong.haian");
  const coordinator = await viewer(db, "vhxh.halong");
  const task = await db.task.findFirstOrThrow({
    where: { communeId: haiAn, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
  });
  // Evidence through the real upload paths: a progress update with files, and a plan document.
  const update = await executeAction(
    submitTaskUpdate,
    office,
    {
      communeId: haiAn,
      taskId: task.id,
      version: task.version,
      workStatus: "IN_PROGRESS",
      progress: "40",
      result: AWKWARD,
      files: [file(PDF, "biên bản.pdf"), file(PNG, "ảnh.png"), file(BIG_PDF, "lớn.pdf")],
    },
    db,
  );
  expect(update.ok).toBe(true);
  const imported = await executeAction(
    uploadPlan,
    coordinator,
    { communeId: haLong, file: file(Buffer.from(planText("xa-ha-long.txt")), "ke-hoach.txt") },
    db,
  );
  expect(imported.ok).toBe(true);

  // Awkward values: empty string beside NULL, control characters, a literal \N, bytes 0–255.
  await db.task.update({ where: { id: task.id }, data: { description: AWKWARD, supportText: "", expectedOutput: null } });
  await db.auditLog.create({
    data: { communeId: haiAn, action: AWKWARD, entityType: "Test", entityId: "x", data: { s: AWKWARD, n: null, a: [1.5, "\\N"] } },
  });
  const plan = await db.plan.findFirstOrThrow({ where: { communeId: haiAn, sourceFile: { not: null } } });
  const report = await db.report.create({
    data: {
      communeId: haiAn,
      planId: plan.id,
      periodKey: "M-2026-01",
      periodLabel: AWKWARD,
      periodStart: new Date("2025-12-15"),
      periodEnd: new Date("2026-01-14"),
      data: { awkward: AWKWARD },
      sections: {},
      place: "Hải An",
      summary: AWKWARD,
      signerTitle: "CHỦ TỊCH",
      recipients: "Như trên;\nLưu: VT.",
      createdById: (await viewer(db, "vhxh.haian")).id,
    },
  });
  await db.reportFile.create({
    data: { communeId: haiAn, reportId: report.id, format: "docx", bytes: BYTES, size: BYTES.length, sha256: "x" },
  });
  // A report file signed since object storage: its bytes are in the store, the row only names them.
  const signed = await db.reportFile.create({
    data: { communeId: haiAn, reportId: report.id, format: "xlsx", bytes: null, size: STORED.length, sha256: sha256(STORED) },
  });
  await writeEvidence(signed.id, STORED);
  backupFile = path.join(work, "cds.zip");
});

afterAll(async () => {
  for (const name of databases) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await rm(work, { recursive: true, force: true });
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("backup and restore", () => {
  it("restores into an empty database every table (counts, checksums, awkward values) and every file, byte for byte", async () => {
    const before = await tableChecksums(url);
    const backup = await backupDatabase({ url, store: evidenceDir(), outFile: backupFile });
    expect(await tableChecksums(url)).toEqual(before); // a backup writes nothing
    const ids = await storedIds();
    expect(ids.length).toBe(5);
    expect(backup).toMatchObject({ files: 5, missingFiles: [], tables: Object.keys(before).length });
    // Transient and derived tables are not in the backup (schema.ts DERIVED_TABLES).
    const archive = await openArchive(backupFile);
    const names = archive.manifest.tables.map((t) => t.name);
    archive.close();
    expect(names).toContain("Task");
    expect(names).not.toContain("ReadModelPending");
    expect(names).not.toContain("ReadModelVersion");

    const target = await emptyDatabase("ok"); // no table at all: the restore runs `prisma migrate deploy`
    const dir = path.join(work, "files-ok");
    const restored = await restoreDatabase({ url: target, store: dir, file: backupFile });
    expect(restored).toMatchObject({ files: 5, rows: backup.rows });

    const after = await tableChecksums(target);
    expect(after).toEqual(before);
    expect(after._prisma_migrations?.rows).toBeGreaterThan(0);
    expect(after.Task?.rows).toBeGreaterThan(50);
    expect(after.ReportFile?.rows).toBe(2);
    // Buffer.equals: vitest's deep equality walks a 3 MB buffer byte by byte for seconds.
    for (const id of ids) expect((await readFile(path.join(dir, id))).equals(await readFile(path.join(evidenceDir(), id)))).toBe(true);
    expect(await filesIn(dir)).toEqual([...ids].sort()); // no temporary file left

    // Read back through the app's own client: the values themselves, not only their checksums.
    const copy = createPrismaClient(target, 1);
    try {
      const inRow = await copy.reportFile.findFirstOrThrow({ where: { format: "docx" } });
      expect(Buffer.from(inRow.bytes ?? []).equals(BYTES)).toBe(true); // written with bytes in the row
      const t = await copy.task.findFirstOrThrow({ where: { description: AWKWARD } });
      expect(t).toMatchObject({ supportText: "", expectedOutput: null });
      expect((await copy.auditLog.findFirstOrThrow({ where: { entityType: "Test" } })).data).toEqual({
        s: AWKWARD,
        n: null,
        a: [1.5, "\\N"],
      });
      expect(await copy.user.count()).toBe(await db.user.count());
      // The restore's commit gave every restored commune a read-model version (the triggers).
      expect(await copy.readModelVersion.count({ where: { communeId: haiAnId } })).toBe(1);
    } finally {
      await copy.$disconnect();
    }
    restoredDb = new URL(target).pathname.slice(1);
  }, 60_000);

  it("refuses a database that holds data, and changes nothing", async () => {
    const before = await tableChecksums(url);
    const dir = path.join(work, "files-busy");
    await expect(restoreDatabase({ url, store: dir, file: backupFile })).rejects.toThrow(/không trống/);
    expect(await tableChecksums(url)).toEqual(before);
    expect(await filesIn(dir)).toEqual([]);
  });

  it("refuses an evidence folder with files of other ids, a truncated and a corrupted backup: no table, no file", async () => {
    const target = await emptyDatabase("bad");
    const bytes = await readFile(backupFile);

    const foreign = path.join(work, "files-foreign");
    await mkdir(foreign);
    await writeFile(path.join(foreign, "abcdefghij0123"), "x");
    await expect(restoreDatabase({ url: target, store: foreign, file: backupFile })).rejects.toThrow(/không thuộc bản sao lưu/);
    expect(await filesIn(foreign)).toEqual(["abcdefghij0123"]);

    const dir = path.join(work, "files-bad");
    const truncated = path.join(work, "truncated.zip");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreDatabase({ url: target, store: dir, file: truncated })).rejects.toThrow(/bị hỏng hoặc không đầy đủ/);

    // One byte changed inside the big PDF (stored uncompressed): the zip still opens, its SHA-256 differs.
    const corrupted = path.join(work, "corrupted.zip");
    const at = bytes.indexOf(BIG_PDF.subarray(100_000, 100_064));
    expect(at).toBeGreaterThan(0);
    const changed = Buffer.from(bytes);
    changed[at] = changed.readUInt8(at) ^ 0xff; // readUInt8 throws outside the buffer
    await writeFile(corrupted, changed);
    await expect(restoreDatabase({ url: target, store: dir, file: corrupted })).rejects.toBeInstanceOf(BackupError);
    await expect(restoreDatabase({ url: target, store: dir, file: corrupted })).rejects.toThrow(/bị hỏng/);

    expect(await tableCount(target)).toBe(0);
    expect(await filesIn(dir)).toEqual([]);
  });

  it("a failure after the files are written rolls the load back and removes them; the restore can then run again", async () => {
    // A migrated but empty database (a clone of the first test's, emptied): the restore skips the
    // migrations (prisma's CLI takes ~10 s), which the first test ran for real.
    const target = await emptiedClone("retry");

    const dir = path.join(work, "files-retry");
    const lying = path.join(work, "lying.zip");
    await withManifest(backupFile, lying, (m) => {
      const tables = m.tables as { name: string; checksum: string }[];
      tables.find((t) => t.name === "User")!.checksum = "0".repeat(32);
    });
    await expect(restoreDatabase({ url: target, store: dir, file: lying })).rejects.toThrow(/khác bản sao lưu ở bảng: User/);
    expect(await filesIn(dir)).toEqual([]);
    const left = await tableChecksums(target);
    expect(Object.entries(left).filter(([name, s]) => name !== "_prisma_migrations" && s.rows > 0)).toEqual([]);

    await restoreDatabase({ url: target, store: dir, file: backupFile });
    expect(await tableChecksums(target)).toEqual(await tableChecksums(url));
    expect((await filesIn(dir)).length).toBe(5);
  });

  it("round-trips through S3: a local backup restored into a bucket, that backed up and restored into a folder", async () => {
    const s3 = await startS3({ prefix: "restore" });
    try {
      const ids = await storedIds();
      const intoS3 = await emptiedClone("s3");
      const restored = await restoreDatabase({ url: intoS3, store: s3.url, file: backupFile });
      expect(restored.files).toBe(5);
      for (const id of ids)
        expect((await readAll((await s3.store.get(id))!)).equals(await readFile(path.join(evidenceDir(), id)))).toBe(true);

      // A store that holds another file is refused, as a folder is.
      const other = await startS3();
      try {
        await other.store.put("abcdefghij0123", Readable.from([Buffer.from("x")]));
        await expect(restoreDatabase({ url: await emptiedClone("s3-busy"), store: other.url, file: backupFile })).rejects.toThrow(
          /không thuộc bản sao lưu/,
        );
      } finally {
        await other.stop();
      }

      const fromS3 = path.join(work, "from-s3.zip");
      const backup = await backupDatabase({ url: intoS3, store: s3.url, outFile: fromS3 });
      expect(backup).toMatchObject({ files: 5, missingFiles: [] });
      const back = await emptiedClone("from-s3");
      const dir = path.join(work, "files-from-s3");
      await restoreDatabase({ url: back, store: dir, file: fromS3 });
      expect(await tableChecksums(back)).toEqual(await tableChecksums(url));
      expect(await filesIn(dir)).toEqual([...ids].sort());
      for (const id of ids) expect((await readFile(path.join(dir, id))).equals(await readFile(path.join(evidenceDir(), id)))).toBe(true);
    } finally {
      await s3.stop();
    }
  }, 90_000);
});
