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

// Seen in CI: the sweep above removed nothing because an autovacuum worker (busy after the demo was
// reseeded) had a transaction open. Only a client's transaction can still insert the row that owns a
// new file; PostgreSQL's own workers do not hold the sweep back.
describe("the sweep and PostgreSQL's own workers", () => {
  it("removes an orphan while an autovacuum worker has a transaction open", async (ctx) => {
    // ALTER SYSTEM needs a superuser: the embedded server's; a TEST_DATABASE_URL role may lack it.
    const [role] = await db.$queryRaw<{ superuser: boolean }[]>`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
    if (!role?.superuser) ctx.skip();
    await db.$executeRawUnsafe(`ALTER SYSTEM SET autovacuum_naptime = '1s'`);
    await db.$executeRawUnsafe(`SELECT pg_reload_conf()`);
    await db.$executeRawUnsafe(
      `CREATE TABLE sweep_vacuum_probe (n int, pad text) WITH (autovacuum_vacuum_threshold = 0,
         autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_cost_delay = 100, autovacuum_vacuum_cost_limit = 1)`,
    );
    try {
      await db.$executeRawUnsafe(`INSERT INTO sweep_vacuum_probe SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g`);
      await db.$executeRawUnsafe(`DELETE FROM sweep_vacuum_probe`);
      // The worker sleeps 100 ms per page: it stays in its transaction for seconds.
      await expect
        .poll(
          async () =>
            (
              await db.$queryRaw<{ n: number }[]>`
                SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE backend_type = 'autovacuum worker' AND datname = current_database() AND xact_start IS NOT NULL`
            )[0]?.n,
          { timeout: 20_000, interval: 100 },
        )
        .toBeGreaterThan(0);
      const orphan = path.join(evidenceDir(), "fedcba9876543210fedcba9876543210");
      await mkdir(evidenceDir(), { recursive: true });
      await writeFile(orphan, "x");
      expect(await removeOrphanEvidence(db)).toBe(1);
      expect(existsSync(orphan)).toBe(false);
    } finally {
      await db.$executeRawUnsafe(`DROP TABLE sweep_vacuum_probe`); // autovacuum yields to the lock
      await db.$executeRawUnsafe(`ALTER SYSTEM RESET autovacuum_naptime`);
      await db.$executeRawUnsafe(`SELECT pg_reload_conf()`);
    }
  });
});
