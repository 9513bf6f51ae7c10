// The process's file store: S3 when STORAGE_URL is set, else the local folder EVIDENCE_DIR.
// Every stored file (evidence, plan sources, signed report files) goes through getStore().
import { env } from "../env";
import { LocalStore } from "./local";
import { S3Store } from "./s3";
import type { ObjectStore } from "./types";
import { parseStorageUrl } from "./url";

export type { ObjectStore, StoredObject } from "./types";

/** A store from a STORAGE_URL-style address ("s3://…") or a folder path (the tools: migrate, backup). */
export function storeAt(where: string): ObjectStore {
  return where.startsWith("s3://") ? new S3Store(parseStorageUrl(where)) : new LocalStore(where);
}

const globalForStore = globalThis as unknown as { objectStore?: ObjectStore };

export function getStore(): ObjectStore {
  if (!globalForStore.objectStore) {
    const e = env();
    globalForStore.objectStore = storeAt(e.STORAGE_URL || e.EVIDENCE_DIR);
  }
  return globalForStore.objectStore;
}

/** Tests and tools that switch stores inside one process. */
export function setStoreForProcess(store: ObjectStore | undefined) {
  globalForStore.objectStore = store;
}
