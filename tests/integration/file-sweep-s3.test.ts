// The start-up orphan sweep against an S3 bucket (s3rver started here): a file no row owns goes, a
// file a row owns stays, and a young file that an open transaction may still claim stays until no
// transaction older than it is open.
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import { removeOrphanEvidence, writeEvidence } from "@/lib/files/storage";
import { createId } from "@/lib/ids";
import { uploadPlan } from "@/lib/import/commands";
import { setStoreForProcess } from "@/lib/storage";
import { docxFromText, planText } from "../support/documents";
import { file } from "../support/files";
import { startS3, type TestS3 } from "../support/s3";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let s3: TestS3;

beforeAll(async () => {
  await freshDemo(db);
  s3 = await startS3({ prefix: "sweep" });
  setStoreForProcess(s3.store);
});
afterAll(async () => {
  setStoreForProcess(undefined);
  await s3?.stop();
  await db.$disconnect();
});

describe("orphan sweep on S3", () => {
  it("removes an orphan, keeps an owned file and an in-flight young one", async () => {
    const communeId = (await communeByName(db, "Xã Hà Long")).id;
    const res = (await executeAction(
      uploadPlan,
      await viewer(db, "vhxh.halong"),
      { communeId, file: file(await docxFromText(planText("phuong-thach-khoi.txt")), "ke-hoach.docx") },
      db,
    )) as ActionResult<{ importId: string }>;
    if (!res.ok) throw new Error(res.message);
    const owned = res.data.importId;
    expect(await s3.store.stat(owned)).not.toBeNull(); // the upload went to the bucket

    const orphan = createId();
    await writeEvidence(orphan, Buffer.from("nobody owns this"));

    // Another instance's upload transaction, begun before its file was written: the file may still get its row.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT 1");
      const young = createId();
      await s3.store.put(young, Readable.from([Buffer.from("row coming")]));

      // The orphan is as young as the open transaction too: kept by the same rule, then removed.
      expect(await removeOrphanEvidence(db)).toBe(0);
      expect(await s3.store.stat(young)).not.toBeNull();
      expect(await s3.store.stat(orphan)).not.toBeNull();

      await other.query("ROLLBACK"); // that upload failed: its file is an orphan now
      expect(await removeOrphanEvidence(db)).toBe(2);
      expect(await s3.store.stat(young)).toBeNull();
      expect(await s3.store.stat(orphan)).toBeNull();
      expect(await s3.store.stat(owned)).not.toBeNull();
    } finally {
      await other.end();
    }
  });
});
