// Stored files, named by the id of the row that owns them (owners.ts), in the process's store
// (lib/storage: the local folder EVIDENCE_DIR or an S3 bucket). They are only ever served through
// routes that check the permission first.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { Db } from "../db";
import path from "node:path";
import { env } from "../env";
import { getStore } from "../storage";
import { OWNED_IDS_SQL } from "./owners";

/** The local store's folder (EVIDENCE_DIR), whichever store is in use. */
export function evidenceDir(): string {
  return path.resolve(env().EVIDENCE_DIR);
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Stores a file under its owner's id; `body` is streamed (a Buffer is wrapped). */
export async function writeEvidence(id: string, body: Buffer | Readable, opts?: { contentType?: string; size?: number }): Promise<void> {
  const size = Buffer.isBuffer(body) ? body.length : opts?.size;
  await getStore().put(id, Buffer.isBuffer(body) ? Readable.from([body]) : body, { ...opts, size });
}

export async function removeEvidence(ids: string[]): Promise<void> {
  if (ids.length) await getStore().remove(ids);
}

export async function evidenceExists(id: string): Promise<boolean> {
  return (await getStore().stat(id)) !== null;
}

/** The stored file as a stream, or null when the store has no such file. */
export function openEvidence(id: string): Promise<Readable | null> {
  return getStore().get(id);
}

/** Slack for a difference between this machine's clock (file times) and the database's. */
const CLOCK_MARGIN_MS = 30_000;
/** Ids asked about per query. */
const BATCH = 1_000;

/**
 * Files written for an upload whose transaction never committed (process killed in between) have no
 * row in any table of owners.ts. A file is written inside its upload's transaction, so a file without a row can still get one
 * only while a transaction that began before the file was written is open, in any app instance:
 * such files are kept, every other one is removed. Only clients' transactions count: an autovacuum
 * worker's (seen right after a large write) can insert no row. Returns how many were removed.
 */
export async function removeOrphanEvidence(db: Db): Promise<number> {
  const store = getStore();
  const [open] = await db.$queryRaw<{ oldest: Date | null }[]>`
    SELECT min(xact_start) AS oldest FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
      AND backend_type = 'client backend'`;
  const oldestOpen = open?.oldest ? open.oldest.getTime() : null;
  let removed = 0;
  let batch: { key: string; modifiedAt: Date }[] = [];
  const sweep = async () => {
    const known = new Set(
      (
        await db.$queryRawUnsafe<{ id: string }[]>(
          OWNED_IDS_SQL,
          batch.map((o) => o.key),
        )
      ).map((r) => r.id),
    );
    // A file younger than the oldest open transaction may still get its row: kept.
    const orphans = batch.filter(
      (o) => !known.has(o.key) && !(oldestOpen !== null && o.modifiedAt.getTime() >= oldestOpen - CLOCK_MARGIN_MS),
    );
    await store.remove(orphans.map((o) => o.key));
    removed += orphans.length;
    batch = [];
  };
  for await (const o of store.list()) {
    batch.push(o);
    if (batch.length >= BATCH) await sweep();
  }
  if (batch.length) await sweep();
  return removed;
}
