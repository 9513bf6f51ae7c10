// Uploads picked for a form that was never sent: their StagedUpload rows and objects go after a day.
// Run by the job worker's tick (lib/jobs/worker.ts). The rows are deleted first, in one statement
// (two workers cannot both take a row); an object whose removal then fails has no row and is taken
// by the start-up orphan sweep (lib/files/storage.ts removeOrphanEvidence).
import type { Db } from "../db";
import { removeEvidence } from "../files/storage";

export const STAGED_TTL_MS = 24 * 60 * 60 * 1000;

/** Removes staged uploads older than STAGED_TTL_MS before `at`; returns how many. */
export async function removeExpiredUploads(db: Db, at = new Date()): Promise<number> {
  const cutoff = new Date(at.getTime() - STAGED_TTL_MS);
  const gone = await db.$queryRaw<{ id: string }[]>`DELETE FROM "StagedUpload" WHERE "createdAt" < ${cutoff} RETURNING id`;
  await removeEvidence(gone.map((r) => r.id));
  return gone.length;
}
