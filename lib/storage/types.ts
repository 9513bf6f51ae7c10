// The one shape of a file store: the local folder (zero-install default) or an S3-compatible bucket.
// Keys are ids of the rows that own the files (lib/files/owners.ts); never a path from input.
import type { Readable } from "node:stream";

export type StoredObject = { key: string; size: number; modifiedAt: Date };

export interface ObjectStore {
  /** "local" or "s3": shown by /api/ready and the tools, never with credentials. */
  readonly kind: "local" | "s3";
  /** Where the files are, for logs: a folder or "s3://host/bucket" (no key or secret). */
  describe(): string;
  /**
   * Streams `body` into `key`; the object appears whole or not at all. Refuses a key that exists.
   * A body that errors midway (a refused upload) leaves nothing behind.
   */
  put(key: string, body: Readable, opts?: { contentType?: string; size?: number }): Promise<void>;
  /** The object's bytes as a stream, or null when there is no such object. */
  get(key: string): Promise<Readable | null>;
  stat(key: string): Promise<StoredObject | null>;
  /** Removes the objects; missing ones are not an error. */
  remove(keys: string[]): Promise<void>;
  /** Every object, in no particular order (the orphan sweep, backups, storage:migrate). */
  list(): AsyncIterable<StoredObject>;
  /** Throws when the store cannot be reached (the readiness check). */
  ping(): Promise<void>;
}
