// Which database and file store the backup commands work on: the same as `npm start`.
// DATABASE_URL when set; otherwise the embedded PostgreSQL in .data/postgres, reused when `npm start`
// is running on it (PostgreSQL allows one server per data directory), started for the command if not.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { storeAt, type ObjectStore } from "../../../lib/storage";
import { APP_DATABASE, startEmbeddedPostgres } from "../embedded-db";

export type Target = { url: string; label: string; close: () => Promise<void> };

/**
 * The portal's file store: STORAGE_URL when set, else the folder EVIDENCE_DIR, as lib/env.ts reads
 * them (that module also demands the app's secrets, which a CLI lacks).
 */
export function storeFromEnv(): ObjectStore {
  return storeAt(process.env.STORAGE_URL || path.resolve(process.env.EVIDENCE_DIR || ".data/files"));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by another user
  }
}

/** The URL of a server already running on the data directory (postmaster.pid: pid, dir, start, port…). */
async function runningServer(dataDir: string, database: string): Promise<string | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !alive(pid)) return null;
  const password = (await readFile(passwordFile, "utf8")).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function openTarget(log: (line: string) => void): Promise<Target> {
  if (process.env.DATABASE_URL) {
    log("▶ Dùng PostgreSQL từ DATABASE_URL");
    return { url: process.env.DATABASE_URL, label: "DATABASE_URL", close: async () => {} };
  }
  const dataDir = path.resolve(APP_DATABASE.dataDir);
  const running = await runningServer(dataDir, APP_DATABASE.database);
  if (running) {
    log(`▶ Dùng PostgreSQL nhúng đang chạy (${APP_DATABASE.dataDir})`);
    return { url: running, label: APP_DATABASE.dataDir, close: async () => {} };
  }
  log(`▶ Khởi động PostgreSQL nhúng (${APP_DATABASE.dataDir})…`);
  const db = await startEmbeddedPostgres(APP_DATABASE);
  return { url: db.url, label: APP_DATABASE.dataDir, close: db.stop };
}
