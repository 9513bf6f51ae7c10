// The SHA-256 and size of a stored object, read back from the store (streamed): how the backup's
// restore and `npm run storage:migrate` prove that what the store holds is what was meant.
import { createHash } from "node:crypto";
import type { ObjectStore } from "./types";

export async function storedDigest(store: ObjectStore, key: string): Promise<{ sha256: string; size: number } | null> {
  const stream = await store.get(key);
  if (!stream) return null;
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), size };
}
