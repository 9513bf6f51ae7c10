// The ObjectStore contract, run against both stores: the local folder and an S3-compatible server
// (s3rver, started here). Whole-or-nothing puts, no overwrite, streamed multipart round-trips, a
// body that fails midway and a connection cut mid-upload leave nothing visible.
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createId } from "@/lib/ids";
import { LocalStore } from "@/lib/storage/local";
import { readAll, S3Store } from "@/lib/storage/s3";
import type { ObjectStore } from "@/lib/storage/types";
import { startS3, type TestS3 } from "../support/s3";

let s3: TestS3;
let folder: string;

beforeAll(async () => {
  s3 = await startS3({ prefix: "contract" });
  folder = await mkdtemp(path.join(tmpdir(), "cds-local-store-"));
});
afterAll(async () => {
  await s3?.stop();
  await rm(folder, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function keys(store: ObjectStore): Promise<string[]> {
  const out: string[] = [];
  for await (const o of store.list()) out.push(o.key);
  return out.sort();
}

/** A body of `total` random bytes in 64 KB chunks, generated as it is read (never held whole). */
function streamed(total: number, hash: ReturnType<typeof createHash>, failAt?: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (failAt !== undefined && sent >= failAt) {
        this.destroy(new Error("the client went away"));
        return;
      }
      if (sent >= total) {
        this.push(null);
        return;
      }
      const chunk = randomBytes(Math.min(64 * 1024, total - sent));
      hash.update(chunk);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

/**
 * The S3 commands a store's client sends. s3rver implements neither ListMultipartUploads nor
 * AbortMultipartUpload, so the tests check that the abort is sent (a real store then frees the parts).
 */
const sentBy = new WeakMap<ObjectStore, string[]>();
function recorded(store: ObjectStore): string[] {
  if (!(store instanceof S3Store)) return [];
  let seen = sentBy.get(store);
  if (!seen) {
    const list: string[] = [];
    store.client.middlewareStack.add(
      (next, context) => async (args) => {
        list.push(String(context.commandName));
        return next(args);
      },
      { step: "initialize", name: "testRecorder" },
    );
    sentBy.set(store, (seen = list));
  }
  return seen;
}

/** Every multipart upload begun since `from` was completed or aborted, none left open. */
function noOpenUploads(store: ObjectStore, from: number) {
  const sent = recorded(store).slice(from);
  const begun = sent.filter((c) => c === "CreateMultipartUploadCommand").length;
  const ended = sent.filter((c) => c === "CompleteMultipartUploadCommand" || c === "AbortMultipartUploadCommand").length;
  expect(ended).toBe(begun);
  return sent;
}

const stores: [string, () => ObjectStore][] = [
  ["local folder", () => new LocalStore(folder)],
  ["S3 (s3rver)", () => s3.store],
];

describe.each(stores)("ObjectStore contract: %s", (_name, storeOf) => {
  it("puts, stats, gets, lists and removes", async () => {
    const store = storeOf();
    const [a, b] = [createId(), createId()];
    const bytesA = randomBytes(1000);
    await store.put(a, Readable.from([bytesA]), { contentType: "application/pdf", size: bytesA.length });
    await store.put(b, Readable.from([Buffer.from("hai")]));
    expect(await store.stat(a)).toMatchObject({ key: a, size: 1000 });
    expect((await store.stat(a))!.modifiedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(sha(await readAll((await store.get(a))!))).toBe(sha(bytesA));
    expect(await keys(store)).toEqual(expect.arrayContaining([a, b].sort()));

    const missing = createId();
    expect(await store.stat(missing)).toBeNull();
    expect(await store.get(missing)).toBeNull();
    await store.remove([a, missing]); // a missing key is no error
    expect(await store.stat(a)).toBeNull();
    expect(await store.get(a)).toBeNull();
    expect(await keys(store)).toContain(b);
    expect(await keys(store)).not.toContain(a);
    await store.remove([]);
  });

  it("refuses a key that is not an id (never a path)", async () => {
    const store = storeOf();
    await expect(store.put("../etc/passwd", Readable.from([Buffer.from("x")]))).rejects.toThrow();
    await expect(store.get("../x")).rejects.toThrow();
  });

  it("never overwrites an existing object", async () => {
    const store = storeOf();
    const key = createId();
    await store.put(key, Readable.from([Buffer.from("first")]));
    await expect(store.put(key, Readable.from([Buffer.from("second, longer")]))).rejects.toThrow();
    expect((await readAll((await store.get(key))!)).toString()).toBe("first");
  });

  it("a declared size that differs from the body leaves no object", async () => {
    const store = storeOf();
    const key = createId();
    await expect(store.put(key, Readable.from([Buffer.from("12345")]), { size: 4 })).rejects.toThrow();
    expect(await store.stat(key)).toBeNull();
  });

  it("a body that errors midway leaves no object (small and multipart)", async () => {
    const store = storeOf();
    const from = recorded(store).length;
    const cases: [number, number][] = [
      [1024 * 1024, 256 * 1024],
      [12 * 1024 * 1024, 7 * 1024 * 1024],
    ];
    for (const [total, failAt] of cases) {
      const key = createId();
      await expect(store.put(key, streamed(total, createHash("sha256"), failAt))).rejects.toThrow();
      expect(await store.stat(key)).toBeNull();
      expect(await keys(store)).not.toContain(key);
    }
    if (store instanceof S3Store) expect(noOpenUploads(store, from)).toContain("AbortMultipartUploadCommand");
  });

  it("streams a 12 MB object (multipart) in and out with the same SHA-256", async () => {
    const store = storeOf();
    const key = createId();
    const hash = createHash("sha256");
    const from = recorded(store).length;
    await store.put(key, streamed(12 * 1024 * 1024, hash), { contentType: "application/pdf" });
    if (store instanceof S3Store) expect(noOpenUploads(store, from)).toContain("CompleteMultipartUploadCommand");
    const expected = hash.digest("hex");
    const back = createHash("sha256");
    let size = 0;
    for await (const c of (await store.get(key))!) {
      back.update(c as Buffer);
      size += (c as Buffer).length;
    }
    expect(size).toBe(12 * 1024 * 1024);
    expect(back.digest("hex")).toBe(expected);
    expect((await store.stat(key))!.size).toBe(12 * 1024 * 1024);
  });
});

describe("local folder specifics", () => {
  it("leaves no partial file after a failed put, and ping fails where no folder can be made", async () => {
    const store = new LocalStore(folder);
    await expect(store.put(createId(), streamed(100_000, createHash("sha256"), 10_000))).rejects.toThrow();
    expect((await readdir(folder)).filter((n) => n.startsWith("."))).toEqual([]);
    const notAFolder = path.join(folder, "a-file");
    await writeFile(notAFolder, "x");
    await expect(new LocalStore(path.join(notAFolder, "sub")).ping()).rejects.toThrow();
    await new LocalStore(folder).ping();
  });
});

describe("S3 store that fails mid-upload", () => {
  it.each([
    ["a small object (PutObject)", 1024 * 1024, 300 * 1024],
    ["a multipart object (UploadPart)", 12 * 1024 * 1024, 7 * 1024 * 1024],
  ])("%s: surfaces the error and leaves no visible object", async (_what, total, cutAfter) => {
    const failing = await s3.failing(cutAfter);
    try {
      const key = createId();
      recorded(failing.store);
      await expect(failing.store.put(key, streamed(total, createHash("sha256")))).rejects.toThrow();
      expect(await s3.store.stat(key)).toBeNull();
      expect(await keys(s3.store)).not.toContain(key);
      const sent = noOpenUploads(failing.store, 0);
      if (total > 5 * 1024 * 1024) expect(sent).toContain("AbortMultipartUploadCommand");
    } finally {
      await failing.stop();
    }
  });

  it("ping fails when the server is stopped", async () => {
    const own = await startS3();
    await own.store.ping();
    await own.stop();
    await expect(own.store.ping()).rejects.toThrow();
  });
});
