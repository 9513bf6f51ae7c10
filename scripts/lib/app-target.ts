// The app's database for a command-line job (`npm run jobs`, `npm run worker`): DATABASE_URL, or the
// embedded PostgreSQL of `npm start` (.data/postgres), reused when it runs, started when it does not
// (scripts/lib/backup/target.ts, as `npm run db:backup` does). The lib/ modules these commands load
// read their configuration through lib/env.ts, so the URL is put into process.env before any of them
// runs.
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { openTarget, type Target } from "./backup/target";

export async function openAppDatabase(log: (line: string) => void): Promise<Target> {
  const target = await openTarget(log);
  process.env.DATABASE_URL = target.url;
  // lib/env.ts demands the session secret of the web app, which a job never uses: `npm start`'s own
  // when there is one, otherwise a throw-away value.
  const file = path.join(".data", "nextauth-secret");
  process.env.NEXTAUTH_SECRET ??= existsSync(file) ? readFileSync(file, "utf8").trim() : randomBytes(32).toString("base64url");
  return target;
}
