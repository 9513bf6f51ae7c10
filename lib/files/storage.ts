// Stored files on disk, named by the id of the row that owns them (owners.ts), in EVIDENCE_DIR
// (outside public/). They are only ever served through routes that check the permission first.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db";
import { env } from "../env";
import { isIdShaped } from "../ids";
import { OWNED_IDS_SQL } from "./owners";

export function evidenceDir(): string {
  return path.resolve(env().EVIDENCE_DIR);
}

function fileOf(id: string): string {
  if (!isIdShaped(id)) throw new Error("invalid stored-file id"); // ids are ours; never a path from input
  return path.join(evidenceDir(), id);
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function writeEvidence(id: string, bytes: Buffer): Promise<void> {
  await mkdir(evidenceDir(), { recursive: true });
  await writeFile(fileOf(id), bytes, { flag: "wx", mode: 0o600 });
}

export async function removeEvidence(ids: string[]): Promise<void> {
  await Promise.all(ids.map((id) => rm(fileOf(id), { force: true })));
}

export async function evidenceExists(id: string): Promise<boolean> {
  try {
    return (await stat(fileOf(id))).isFile();
  } catch {
    return false;
  }
}

export function openEvidence(id: string) {
  return createReadStream(fileOf(id));
}

/** Slack for a difference between this machine's clock (file times) and the database's. */
const CLOCK_MARGIN_MS = 30_000;

/**
 * Files written for an upload whose transaction never committed (process killed in between) have no
 * row in any table of owners.ts. A file is written inside its upload's transaction, so a file without a row can still get one
 * only while a transaction that began before the file was written is open, in any app instance:
 * such files are kept, every other one is removed. Returns how many were removed.
 */
export async function removeOrphanEvidence(db: Db): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(evidenceDir())).filter(isIdShaped);
  } catch {
    return 0; // no directory yet
  }
  if (names.length === 0) return 0;
  const known = new Set((await db.$queryRawUnsafe<{ id: string }[]>(OWNED_IDS_SQL, names)).map((r) => r.id));
  const [open] = await db.$queryRaw<{ oldest: Date | null }[]>`
    SELECT min(xact_start) AS oldest FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`;
  const oldestOpen = open?.oldest ? open.oldest.getTime() : null;
  let removed = 0;
  for (const name of names) {
    if (known.has(name)) continue;
    // Another instance starting at the same time may have removed it already.
    const info = await stat(fileOf(name)).catch(() => null);
    if (!info || (oldestOpen !== null && info.mtimeMs >= oldestOpen - CLOCK_MARGIN_MS)) continue;
    await rm(fileOf(name), { force: true });
    removed += 1;
  }
  return removed;
}
