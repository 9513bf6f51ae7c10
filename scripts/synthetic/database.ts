// The database the synthetic data goes into: DATABASE_URL when set, otherwise an embedded PostgreSQL
// of its own (never the one `npm start` uses).
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../lib/db";
import { syncIndicatorCatalog } from "../../lib/indicators/catalog-sync";
import { startEmbeddedPostgres } from "../lib/embedded-db";
import { must } from "../../lib/must";

export type SyntheticDb = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(opts: { dataDir: string; database: string; preferredPort: number }): Promise<SyntheticDb> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const db = await startEmbeddedPostgres({
    dataDir: path.join(".data", opts.dataDir),
    database: opts.database,
    preferredPort: opts.preferredPort,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** The shipped KPI catalog, through the app's own code (the plan KPIs refer to its codes). */
export async function syncCatalog(url: string) {
  const prisma = createPrismaClient(url, 1);
  try {
    await syncIndicatorCatalog(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** A client pinned to UTC like the app's pool (STACK-NOTES.md), so instants are read back as written. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  return client;
}

/** True when no account, unit or plan exists yet. */
export async function isEmpty(client: pg.ClientBase): Promise<boolean> {
  const res = await client.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "User") OR EXISTS (SELECT 1 FROM "Unit") OR EXISTS (SELECT 1 FROM "Plan") AS any`,
  );
  return !must(res.rows[0], "SELECT EXISTS luôn trả về một dòng").any;
}

/** Empties every table but the migrations log (TRUNCATE fires no row trigger, so append-only tables empty too). */
export async function truncateAll(client: pg.ClientBase) {
  const res = await client.query<{ tablename: string }>(
    `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (res.rows.length === 0) return;
  await client.query(`TRUNCATE ${res.rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}
