// The start-up sweep removes only files that no row owns: every kind of stored file (evidence of
// updates and KPI values, plan-import sources) is known to it through lib/files/owners.ts.
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import { evidenceDir, removeOrphanEvidence } from "@/lib/files/storage";
import { uploadPlan } from "@/lib/import/commands";
import { docxFromText, planText } from "../support/documents";
import { file } from "../support/files";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();

beforeAll(async () => {
  await freshDemo(db);
});
afterAll(async () => {
  await rm(evidenceDir(), { recursive: true, force: true });
  await db.$disconnect();
});

describe("start-up orphan sweep", () => {
  it("keeps an imported plan's source file and removes a real orphan", async () => {
    const communeId = (await communeByName(db, "Xã Hà Long")).id;
    const bytes = await docxFromText(planText("phuong-thach-khoi.txt"));
    const res = (await executeAction(
      uploadPlan,
      await viewer(db, "vhxh.halong"),
      { communeId, file: file(bytes, "ke-hoach.docx") },
      db,
    )) as ActionResult<{
      importId: string;
    }>;
    if (!res.ok) throw new Error(res.message);
    const source = path.join(evidenceDir(), res.data.importId);
    const orphan = path.join(evidenceDir(), "0123456789abcdef0123456789abcdef");
    await mkdir(evidenceDir(), { recursive: true });
    await writeFile(orphan, "x");

    expect(await removeOrphanEvidence(db)).toBe(1);
    expect(existsSync(source)).toBe(true);
    expect(existsSync(orphan)).toBe(false);
  });
});
