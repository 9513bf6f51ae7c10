// Files in one folder of this machine (EVIDENCE_DIR), named by their key. An object is written to a
// hidden ".partial-…" file first and linked under its key only when complete, so a reader never sees
// half a file and a failed upload leaves nothing under the key.
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { link, mkdir, open, opendir, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { isIdShaped } from "../ids";
import type { ObjectStore, StoredObject } from "./types";

const PARTIAL_PREFIX = ".partial-";
/** A partial file this old belongs to a process that died mid-upload. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export class LocalStore implements ObjectStore {
  readonly kind = "local" as const;
  readonly dir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  describe() {
    return this.dir;
  }

  private fileOf(key: string): string {
    if (!isIdShaped(key)) throw new Error("invalid stored-file key");
    return path.join(this.dir, key);
  }

  async put(key: string, body: Readable, opts?: { size?: number }): Promise<void> {
    const target = this.fileOf(key);
    await mkdir(this.dir, { recursive: true });
    const partial = path.join(this.dir, `${PARTIAL_PREFIX}${key}-${randomBytes(4).toString("hex")}`);
    try {
      await pipeline(body, createWriteStream(partial, { flags: "wx", mode: 0o600 }));
      if (opts?.size !== undefined && (await stat(partial)).size !== opts.size)
        throw new Error("stored size differs from the declared size");
      // On disk before it gets its name: after a power cut, a file whose row committed is whole.
      const fh = await open(partial, "r");
      await fh.sync().finally(() => fh.close());
      await link(partial, target); // fails when the key exists: an object is never overwritten
    } finally {
      await unlink(partial).catch(() => {});
    }
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.fileOf(key);
    if (!(await this.stat(key))) return null;
    return createReadStream(file);
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(this.fileOf(key));
      return info.isFile() ? { key, size: info.size, modifiedAt: info.mtime } : null;
    } catch {
      return null;
    }
  }

  async remove(keys: string[]): Promise<void> {
    await Promise.all(keys.map((k) => rm(this.fileOf(k), { force: true })));
  }

  async *list(): AsyncIterable<StoredObject> {
    let dir;
    try {
      dir = await opendir(this.dir);
    } catch {
      return; // no folder yet: nothing stored
    }
    for await (const entry of dir) {
      if (!entry.isFile()) continue;
      if (entry.name.startsWith(PARTIAL_PREFIX)) {
        await this.dropStalePartial(entry.name);
        continue;
      }
      if (!isIdShaped(entry.name)) continue;
      const found = await this.stat(entry.name);
      if (found) yield found;
    }
  }

  private async dropStalePartial(name: string) {
    const file = path.join(this.dir, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_PARTIAL_MS) await rm(file, { force: true });
  }

  async ping(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await stat(this.dir);
  }
}
