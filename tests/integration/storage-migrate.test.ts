// `npm run storage:migrate`, spawned as an operator runs it, from the local folder into an S3 bucket
// (s3rver started here): every owned file arrives with its SHA-256, orphans stay behind, report files
// kept in the database are written too (their bytes dropped only when asked), a second run skips
// everything, a target holding a different object under an id fails the run with exit code 1.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { evidenceDir, sha256, writeEvidence } from "@/lib/files/storage";
import { createId } from "@/lib/ids";
import { submitTaskUpdate } from "@/lib/tasks/commands";
import { storedDigest } from "@/lib/storage/digest";
import { readAll } from "@/lib/storage/s3";
import { file, PDF, PNG } from "../support/files";
import { startS3, type TestS3 } from "../support/s3";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let s3: TestS3;
const IN_ROW = randomBytes(50_000);
const IN_STORE = randomBytes(40_000);
let inRowId: string;
let ownedIds: string[];
const orphan = createId();

function migrate(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/storage-migrate.ts", ...args], {
      env: { ...process.env, STORAGE_URL: "" }, // the source is EVIDENCE_DIR, as on a single machine
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  await freshDemo(db);
  s3 = await startS3();
  const haiAn = (await communeByName(db, "Phường Hải An")).id;
  const office = await viewer(db, "vanphong.haian");
  const task = await db.task.findFirstOrThrow({
    where: { communeId: haiAn, units: { some: { unitId: office.unitId!, role: "LEAD" } }, parts: { none: {} } },
  });
  const update = await executeAction(
    submitTaskUpdate,
    office,
    {
      communeId: haiAn,
      taskId: task.id,
      version: task.version,
      workStatus: "IN_PROGRESS",
      progress: "30",
      result: "Đã họp",
      files: [file(PDF, "a.pdf"), file(PNG, "b.png")],
    },
    db,
  );
  expect(update.ok).toBe(true);
  const plan = await db.plan.findFirstOrThrow({ where: { communeId: haiAn } });
  const report = await db.report.create({
    data: {
      communeId: haiAn,
      planId: plan.id,
      periodKey: "M-2026-01",
      periodLabel: "Tháng 01/2026",
      periodStart: new Date("2025-12-15"),
      periodEnd: new Date("2026-01-14"),
      data: {},
      sections: {},
      place: "Hải An",
      summary: "Báo cáo",
      signerTitle: "CHỦ TỊCH",
      recipients: "Lưu: VT.",
      createdById: office.id,
    },
  });
  // Signed before object storage: bytes in the row. And one signed since: bytes in the store.
  inRowId = (
    await db.reportFile.create({
      data: { communeId: haiAn, reportId: report.id, format: "docx", bytes: IN_ROW, size: IN_ROW.length, sha256: sha256(IN_ROW) },
    })
  ).id;
  const inStore = await db.reportFile.create({
    data: { communeId: haiAn, reportId: report.id, format: "xlsx", bytes: null, size: IN_STORE.length, sha256: sha256(IN_STORE) },
  });
  await writeEvidence(inStore.id, IN_STORE);
  await writeEvidence(orphan, Buffer.from("no row owns this"));
  ownedIds = [...(await db.attachment.findMany({ select: { id: true } })).map((a) => a.id), inStore.id];
  expect(ownedIds.length).toBe(3);
});

afterAll(async () => {
  await s3?.stop();
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("npm run storage:migrate", () => {
  it("copies every owned file and the database copies, verified; a second run skips them; bytes dropped only when asked", async () => {
    const first = await migrate(["--to", s3.url]);
    expect(first.out, first.out).toMatch(/Đã chép 4 tệp/);
    expect(first.out).toMatch(/1 tệp báo cáo từ cơ sở dữ liệu/);
    expect(first.code, first.out).toBe(0);
    for (const id of ownedIds) {
      const row = (await db.attachment.findUnique({ where: { id } })) ?? (await db.reportFile.findUniqueOrThrow({ where: { id } }));
      expect((await storedDigest(s3.store, id))?.sha256).toBe(row.sha256);
    }
    expect((await readAll((await s3.store.get(inRowId))!)).equals(IN_ROW)).toBe(true);
    expect(await s3.store.stat(orphan)).toBeNull(); // no row: not carried over
    expect((await db.reportFile.findUniqueOrThrow({ where: { id: inRowId } })).bytes).not.toBeNull();

    const again = await migrate(["--to", s3.url, "--drop-database-copies"]);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/Đã chép 0 tệp/);
    expect(again.out).toMatch(/4 tệp đã có sẵn ở đích/);
    expect(again.out).toMatch(/đã bỏ bản trong cơ sở dữ liệu của 1 tệp/);
    expect((await db.reportFile.findUniqueOrThrow({ where: { id: inRowId } })).bytes).toBeNull();
    // Everything else about a signed file stays frozen: another column, or bytes put back.
    await expect(db.reportFile.update({ where: { id: inRowId }, data: { size: 1 } })).rejects.toThrow(/written once/);
    await expect(db.reportFile.update({ where: { id: inRowId }, data: { bytes: new Uint8Array([1]) } })).rejects.toThrow(/written once/);
    await expect(db.reportFile.delete({ where: { id: inRowId } })).rejects.toThrow(/written once/);
  });

  it("exits 1 when the target holds a different object under an owned id, and names it", async () => {
    const other = await startS3();
    try {
      const victim = ownedIds[0]!;
      await other.store.put(victim, Readable.from([Buffer.from("not the evidence")]));
      const run = await migrate(["--to", other.url]);
      expect(run.code).toBe(1);
      expect(run.out).toContain(`${victim}: đích đã có một tệp khác`);
      expect(run.out).toMatch(/sai lệch hoặc lỗi 1/);
      // The others arrived; the differing object was not overwritten.
      expect(
        createHash("sha256")
          .update(await readAll((await other.store.get(victim))!))
          .digest("hex"),
      ).toBe(sha256(Buffer.from("not the evidence")));
      for (const id of ownedIds.slice(1)) expect(await other.store.stat(id)).not.toBeNull();
    } finally {
      await other.stop();
    }
  });

  it("refuses without --to, and when source and target are the same store", async () => {
    expect((await migrate([])).code).toBe(2);
    const same = await migrate(["--from", s3.url, "--to", s3.url]);
    expect(same.code).toBe(2);
    expect(same.out).toMatch(/cùng một kho/);
  });
});
