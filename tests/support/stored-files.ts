// Reads a stored file the way the portal does: a report file's bytes from its row (signed before
// object storage) or from the store under its id; evidence from the store.
import { openEvidence } from "@/lib/files/storage";
import { readAll } from "@/lib/storage/s3";

export async function storedBytes(id: string): Promise<Buffer> {
  const stream = await openEvidence(id);
  if (!stream) throw new Error(`no stored file ${id}`);
  return readAll(stream);
}

export async function reportFileBytes(row: { id: string; bytes: Uint8Array | null }): Promise<Buffer> {
  return row.bytes ? Buffer.from(row.bytes) : storedBytes(row.id);
}
