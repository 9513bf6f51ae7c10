// The app's database for a command-line job (`npm run jobs`, `npm run worker`): DATABASE_URL, or the
// embedded PostgreSQL of `npm start` (.data/postgres), reused when it runs, started when it does not
// (scripts/lib/backup/target.ts, as `npm run db:backup` does). The lib/ modules these commands load
// read their configuration through lib/env.ts, so the URL is put into process.env before any of them
// runs.
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { openTarget, type Target } from "./backup/target";

/** A database that `npm start` (or `npm run db:migrate`) never prepared has no tables to work on. */
async function assertMigrated(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<{ t: string | null }>(`SELECT to_regclass('public."JobRun"')::text AS t`);
    if (!res.rows[0]?.t)
      throw new Error("cơ sở dữ liệu chưa có bảng của cổng thông tin: hãy chạy npm start (hoặc npm run db:migrate) trước");
  } finally {
    await client.end();
  }
}

export async function openAppDatabase(log: (line: string) => void): Promise<Target> {
  const target = await openTarget(log);
  try {
    await assertMigrated(target.url);
  } catch (err) {
    await target.close();
    throw err;
  }
  process.env.DATABASE_URL = target.url;
  // lib/env.ts demands the session secret of the web app, which a job never uses: `npm start`'s own
  // when there is one, otherwise a throw-away value.
  const file = path.join(".data", "nextauth-secret");
  process.env.NEXTAUTH_SECRET ??= existsSync(file) ? readFileSync(file, "utf8").trim() : randomBytes(32).toString("base64url");
  return target;
}
