// The stream path of an evidence file (lib/uploads/store-checked.ts) against a local store in a
// temporary folder: what it accepts is stored whole with its sha256; what it refuses leaves nothing,
// and a file over the limit is refused without reading the rest of it.
import { createHash } from "node:crypto";
import fs, { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it, vi } from "vitest";
import { inspectUpload, MAX_FILE_BYTES } from "@/lib/files/inspect";
import { setStoreForProcess } from "@/lib/storage";
import { LocalStore } from "@/lib/storage/local";
import { readAll } from "@/lib/storage/s3";
import { storeChecked } from "@/lib/uploads/store-checked";
import { EXE, JPG, makeDocx, makePlainZip, makeXlsx, makeZipBombDocx, PDF, PNG } from "../support/files";
import { docxWithoutDocument, HTML, lyingSizeBomb, manyEntries, xlsxZipBomb } from "../support/hostile-files";

const dir = mkdtempSync(path.join(tmpdir(), "store-checked-"));
const store = new LocalStore(dir);
setStoreForProcess(store);
afterAll(() => setStoreForProcess(undefined));

/** `bytes` in chunks of 64 KiB, counting how many were read. */
function chunked(bytes: Buffer) {
  const read = { bytes: 0 };
  const stream = Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 65536) {
        const chunk = bytes.subarray(i, i + 65536);
        read.bytes += chunk.length;
        yield chunk;
      }
    })(),
  );
  return { stream, read };
}

const objects = () => readdirSync(dir).filter((n) => !n.startsWith("."));

describe("storeChecked", () => {
  it.each([
    ["a.pdf", PDF],
    ["b.png", PNG],
    ["c.JPEG", JPG],
  ])("stores %s whole, with its sha256", async (name, bytes) => {
    const result = await storeChecked(name, chunked(bytes).stream);
    if (!result.ok) throw new Error(result.message);
    expect(result.size).toBe(bytes.length);
    expect(result.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(await readAll((await store.get(result.id))!)).toEqual(bytes);
  });

  it("stores honest DOCX and XLSX after their zip checks", async () => {
    for (const [name, bytes] of [
      ["d.docx", await makeDocx()],
      ["e.xlsx", await makeXlsx()],
    ] as const) {
      const result = await storeChecked(name, chunked(bytes).stream);
      expect(result.ok).toBe(true);
    }
  });

  it("refuses a file over the limit as soon as it passes it, without reading the rest", async () => {
    const before = objects();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES + 4 * 1024 * 1024, 0x20)]);
    const { stream, read } = chunked(big);
    const result = await storeChecked("lon.pdf", stream, { maxBytes: MAX_FILE_BYTES });
    expect(result).toEqual({ ok: false, message: 'Tệp "lon.pdf" vượt quá 20 MB.' });
    expect(objects()).toEqual(before);
    // Drained, so the whole source is read, but nothing past the limit was stored or hashed.
    expect(read.bytes).toBe(big.length);
  });

  it.each([
    ["a renamed program", "hoa-don.pdf", async () => EXE],
    ["an empty file", "trong.pdf", async () => Buffer.alloc(0)],
    ["a program by its name", "chay.exe", async () => EXE],
    ["a plain zip named .docx", "x.docx", makePlainZip],
    ["a DOCX without its document", "y.docx", docxWithoutDocument],
    ["a zip bomb DOCX", "bom.docx", makeZipBombDocx],
    ["a zip bomb XLSX", "bom.xlsx", xlsxZipBomb],
    ["a DOCX whose entries lie about their size", "doi.docx", async () => lyingSizeBomb("docx")],
    ["a DOCX of too many entries", "nhieu.docx", () => manyEntries("docx", 6_000)],
  ])("refuses %s with the buffer path's message and stores nothing", async (_label, name, make) => {
    const bytes = await make();
    const before = objects();
    const result = await storeChecked(name, chunked(bytes).stream);
    const buffered = await inspectUpload(name, bytes);
    expect(result.ok).toBe(false);
    expect(buffered.ok).toBe(false);
    if (!result.ok && !buffered.ok) expect(result.message).toBe(buffered.message);
    expect(objects()).toEqual(before);
  });

  it("rejects when the source fails midway, storing nothing", async () => {
    const before = objects();
    const source = Readable.from(
      (async function* () {
        yield Buffer.concat([PDF, Buffer.alloc(200_000, 0x20)]);
        throw new Error("client went away");
      })(),
    );
    await expect(storeChecked("dut.pdf", source)).rejects.toThrow("client went away");
    expect(objects()).toEqual(before);
  });
});

/**
 * Runs `body` with every fs.write (what a file write stream calls) answered by `answer` after
 * `delayMs`: a slow or full disk. Uncaught exceptions meanwhile are collected, not thrown.
 */
async function withDisk(answer: "ok" | "ENOSPC", delayMs: number, body: () => Promise<void>): Promise<unknown[]> {
  const uncaught: unknown[] = [];
  const collect = (err: unknown) => uncaught.push(err);
  process.on("uncaughtException", collect);
  const write = fs.write as (...args: unknown[]) => void;
  const spy = vi.spyOn(fs, "write").mockImplementation(((...args: unknown[]) => {
    const callback = args.at(-1) as (...result: unknown[]) => void;
    if (answer === "ENOSPC") {
      const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      setTimeout(() => callback(full), delayMs);
      return;
    }
    args[args.length - 1] = (...result: unknown[]) => setTimeout(() => callback(...result), delayMs);
    write(...args);
  }) as typeof fs.write);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, delayMs * 4)); // a late 'error' would land here
  } finally {
    spy.mockRestore();
    process.off("uncaughtException", collect);
  }
  return uncaught;
}

// Seen in CI: a spool write still in flight when the refusal destroyed the spool emitted an
// 'error' nobody listened to, an uncaught exception that would take the server process down.
describe("storeChecked on a slow or full disk", () => {
  it("refuses an HTML page named .xlsx while its spool write is in flight, with nothing uncaught", async () => {
    const before = objects();
    const uncaught = await withDisk("ok", 30, async () => {
      const result = await storeChecked("so-lieu.xlsx", Readable.from([HTML]));
      expect(result.ok).toBe(false);
    });
    expect(uncaught).toEqual([]);
    expect(objects()).toEqual(before);
  });

  it("rejects an XLSX when the disk is full, storing nothing and with nothing uncaught", async () => {
    const before = objects();
    const xlsx = await makeXlsx();
    const uncaught = await withDisk("ENOSPC", 5, async () => {
      await expect(storeChecked("so-lieu.xlsx", chunked(xlsx).stream)).rejects.toThrow(/ENOSPC/);
    });
    expect(uncaught).toEqual([]);
    expect(objects()).toEqual(before);
  });
});
