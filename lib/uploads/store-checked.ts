// The stream path of an evidence file: its bytes go to the store (getStore().put) while they are
// checked, so no upload is ever held whole in memory. The rules are lib/files/inspect.ts's (the
// buffer path uses the same functions): the size limit is enforced as soon as it is passed, the type
// is read from the first bytes before anything more is stored, and a DOCX/XLSX is spooled to a
// temporary file at the same time so that its zip checks (yauzl reads at random) run from disk.
// Any refusal leaves nothing in the store.
import { createHash } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, type Readable, type Writable } from "node:stream";
import { createId } from "../ids";
import {
  ACCEPTED,
  checkContentType,
  checkFileName,
  cleanFileName,
  emptyFileMessage,
  inspectOfficeFile,
  MAX_FILE_BYTES,
  tooLargeMessage,
  TYPE_SAMPLE_BYTES,
} from "../files/inspect";
import { getStore } from "../storage";

export type StoredUpload = { id: string; fileName: string; mimeType: string; size: number; sha256: string };
export type StoreResult = ({ ok: true } & StoredUpload) | { ok: false; message: string };

/** The stored file's facts, without the result's `ok` (what a row is made of). */
export function storedPart({ id, fileName, mimeType, size, sha256 }: StoredUpload): StoredUpload {
  return { id, fileName, mimeType, size, sha256 };
}

/** A refusal of the file's content (as opposed to a failure of the client or the store). */
class Refusal extends Error {}

/** Writes with backpressure; rejects when the stream is destroyed instead of draining. */
async function writeTo(stream: Writable, chunk: Buffer): Promise<void> {
  if (stream.write(chunk)) return;
  if (stream.destroyed) throw stream.errored ?? new Error("stream closed");
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", closed);
      resolve();
    };
    const closed = () => {
      stream.off("drain", done);
      reject(stream.errored ?? new Error("stream closed"));
    };
    stream.on("drain", done);
    stream.on("close", closed);
  });
}

/**
 * Reads `source` to its end (a refused file is drained, not destroyed: busboy goes on to the next
 * part), storing it under a new id. Resolves with the stored file or a Vietnamese refusal; rejects
 * when the source or the store fails (a client that went away), with nothing stored.
 */
export async function storeChecked(rawName: string, source: Readable, opts: { maxBytes?: number } = {}): Promise<StoreResult> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  // Failures are read from consume() and put(); these keep a late 'error' from being uncaught.
  source.on("error", () => {});
  const named = checkFileName(rawName);
  if (!named.ok) {
    // Read through, for the buffer path's order of messages: empty, too large, then the name.
    const size = await drain(source);
    const fileName = cleanFileName(rawName);
    if (size === 0) return { ok: false, message: emptyFileMessage(fileName) };
    if (size > maxBytes) return { ok: false, message: tooLargeMessage(fileName) };
    return named;
  }
  const { fileName, ext } = named;
  const mimeType = ACCEPTED[ext];
  const office = ext === "docx" || ext === "xlsx";
  const store = getStore();
  const id = createId();
  const hash = createHash("sha256");
  const body = new PassThrough();
  body.on("error", () => {});
  const put = store.put(id, body, { contentType: mimeType });
  put.catch(() => {}); // awaited below; a refusal destroys `body` before that
  const spoolDir = office ? await mkdtemp(path.join(tmpdir(), "cds-upload-")) : null;
  const spoolFile = spoolDir ? path.join(spoolDir, "zip") : null;
  const spool: WriteStream | null = spoolFile ? createWriteStream(spoolFile, { mode: 0o600 }) : null;
  // The spool's failures are read by writeTo() and end()'s callback. Without a listener, a write that
  // fails (a full disk) or is still in flight when a refusal destroys the spool (ERR_STREAM_DESTROYED)
  // would be an uncaught exception of the server process.
  spool?.on("error", () => {});
  let size = 0;
  let head: Buffer | null = Buffer.alloc(0);

  const checkHead = async () => {
    if (!head) return;
    const sample = head;
    head = null;
    const mismatch = await checkContentType(fileName, ext, sample);
    if (mismatch) throw new Refusal(mismatch);
  };
  const take = async (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) throw new Refusal(tooLargeMessage(fileName));
    hash.update(chunk);
    if (head) {
      head = Buffer.concat([head, chunk.subarray(0, TYPE_SAMPLE_BYTES - head.length)]);
      if (head.length >= TYPE_SAMPLE_BYTES) await checkHead();
    }
    if (spool) await writeTo(spool, chunk);
    await writeTo(body, chunk);
  };

  try {
    await consume(source, take);
    if (size === 0) throw new Refusal(emptyFileMessage(fileName));
    await checkHead();
    body.end();
    await put;
    if (spool) {
      await new Promise<void>((resolve, reject) => spool.end((err?: Error | null) => (err ? reject(err) : resolve())));
      const problem = await inspectOfficeFile({ path: spoolFile! }, size, ext as "docx" | "xlsx");
      if (problem) {
        await store.remove([id]);
        return { ok: false, message: `${fileName}: ${problem}` };
      }
    }
    return { ok: true, id, fileName, mimeType, size, sha256: hash.digest("hex") };
  } catch (err) {
    body.destroy(err instanceof Error ? err : new Error(String(err)));
    await put.catch(() => {});
    // put leaves nothing for a body that failed; an object that did complete (a later step failed) goes here.
    await store.remove([id]).catch(() => {});
    if (err instanceof Refusal) {
      await drain(source);
      return { ok: false, message: err.message };
    }
    throw err;
  } finally {
    spool?.destroy();
    if (spoolDir) await rm(spoolDir, { recursive: true, force: true });
  }
}

/**
 * Feeds every chunk of `source` to `take` one at a time (the source is paused meanwhile, so memory
 * stays at one chunk). A chunk `take` refuses stops the feeding; the source is left as it is.
 */
function consume(source: Readable, take: (chunk: Buffer) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    let pending = Promise.resolve();
    const stop = (err: unknown) => {
      if (failed) return;
      failed = true;
      source.off("data", onData);
      source.off("end", onEnd);
      source.off("error", stop);
      source.pause();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      source.pause();
      pending = take(chunk).then(() => {
        if (!failed) source.resume();
      }, stop);
    };
    // The last chunk may still be in `take` when the source ends.
    const onEnd = () => void pending.then(() => !failed && resolve());
    source.on("data", onData);
    source.on("end", onEnd);
    source.on("error", stop);
  });
}

/** Reads and discards the rest of a refused file (a source that fails meanwhile is done too); resolves with the bytes read. */
function drain(source: Readable): Promise<number> {
  let read = 0;
  if (source.readableEnded || source.destroyed) return Promise.resolve(read);
  return new Promise((resolve) => {
    const done = () => resolve(read);
    source.on("data", (chunk: Buffer) => (read += chunk.length));
    source.on("end", done);
    source.on("error", done);
    source.on("close", done);
    source.resume();
  });
}
