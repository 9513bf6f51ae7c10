// Reading a backup zip: the manifest first, then any entry by name, streamed. A zip cut short has no
// central directory and is refused here, before anything else happens.
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { BackupError } from "./format";
import { MANIFEST_ENTRY, manifestSchema, type Manifest } from "./manifest";

export type Archive = {
  manifest: Manifest;
  open(name: string): Promise<Readable>;
  /** sha256 and size of an entry's uncompressed bytes. */
  digest(name: string): Promise<{ sha256: string; size: number }>;
  close(): void;
};

const damaged = (file: string, why: string) =>
  new BackupError(`Tệp sao lưu ${file} bị hỏng hoặc không đầy đủ (${why}). Không có gì được thay đổi.`);

export async function openArchive(file: string): Promise<Archive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, strictFileNames: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new BackupError(`Không tìm thấy tệp sao lưu ${file}.`);
    throw damaged(file, err instanceof Error ? err.message : String(err));
  }
  try {
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);

    const open = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) throw damaged(file, `thiếu mục ${name}`);
      try {
        return await zip.openReadStreamPromise(entry);
      } catch (err) {
        throw damaged(file, `${name}: ${err instanceof Error ? err.message : err}`);
      }
    };
    const digest = async (name: string) => {
      const hash = createHash("sha256");
      let size = 0;
      try {
        for await (const chunk of await open(name)) {
          hash.update(chunk as Buffer);
          size += (chunk as Buffer).length;
        }
      } catch (err) {
        if (err instanceof BackupError) throw err;
        throw damaged(file, `${name}: ${err instanceof Error ? err.message : err}`);
      }
      return { sha256: hash.digest("hex"), size };
    };

    const chunks: Buffer[] = [];
    for await (const chunk of await open(MANIFEST_ENTRY)) chunks.push(chunk as Buffer);
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      throw damaged(file, "manifest.json không đọc được");
    }
    const parsed = manifestSchema.safeParse(raw);
    if (!parsed.success)
      throw new BackupError(
        `Tệp ${file} không phải bản sao lưu của cổng thông tin này, hoặc ở định dạng khác (${parsed.error.issues[0]?.path.join(".") || "manifest"}).`,
      );
    return { manifest: parsed.data, open, digest, close: () => zip.close() };
  } catch (err) {
    zip.close();
    if (err instanceof BackupError) throw err;
    throw damaged(file, err instanceof Error ? err.message : String(err));
  }
}
