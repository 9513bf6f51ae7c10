// The process's read-model cache and, for an instance that serves pages, its listener (started once
// from instrumentation.ts). Scripts and the job worker use the cache without a listener: the version
// check keeps them exact; they just keep entries until a read finds them outdated or the LRU drops them.
import { getDb } from "../db";
import { env } from "../env";
import { ReadModelCache } from "./cache";
import { ReadModelListener } from "./listener";
import { databaseVersions } from "./versions";

const globalForReadModels = globalThis as unknown as { readModels?: ReadModelCache; readModelListener?: ReadModelListener };

/** The process-wide cache (on globalThis so that dev hot reloads keep one). */
export function readModels(): ReadModelCache {
  globalForReadModels.readModels ??= new ReadModelCache(databaseVersions(getDb));
  return globalForReadModels.readModels;
}

/** Starts the process's listener once; returns at once (the connection is made in the background). */
export function startReadModelListener() {
  globalForReadModels.readModelListener ??= new ReadModelListener(env().DATABASE_URL, (ids) => readModels().drop(ids), {
    log: (message, err) => console.warn(message, err instanceof Error ? err.message : (err ?? "")),
  }).start();
  return globalForReadModels.readModelListener;
}
