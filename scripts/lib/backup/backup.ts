// `npm run db:backup`: one zip with every table of the public schema (COPY text format, read in one
// REPEATABLE READ snapshot, with row counts and checksums computed by PostgreSQL in that snapshot)
// and the stored files whose rows are in that snapshot, read from the configured store (the local
// folder EVIDENCE_DIR or the S3 bucket of STORAGE_URL). Everything is streamed: memory stays flat
// whatever the size of the tables or the number of files. Needs no pg_dump (see README).
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { must } from "../../../lib/must";
import { copyOut } from "./copy";
import { BackupError, bytes, count, seconds } from "./format";
import { DATABASE_FILE_OWNERS, STORED_FILE_OWNERS } from "../../../lib/files/owners";
import { storeAt, type ObjectStore } from "../../../lib/storage";
import { evidenceEntryName, FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, tableEntryName, type Manifest } from "./manifest";
import { allSums, appliedMigrations, connect, ident, listSequences, listTables } from "./schema";

export type BackupResult = {
  file: string;
  size: number;
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  missingFiles: string[];
  ms: number;
};

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Rejects as soon as `p` rejects; never resolves (to race the work against a broken output). */
const failureOf = (p: Promise<unknown>) => {
  const f = new Promise<never>((_, reject) => p.catch(reject));
  f.catch(() => {}); // observed through the race
  return f;
};

/** Hashes what passes through, for the manifest. */
function hashing(onEnd: (sha256: string, size: number) => void): Transform {
  const hash = createHash("sha256");
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      onEnd(hash.digest("hex"), size);
      cb();
    },
  });
}

export async function backupDatabase(opts: {
  url: string;
  /** The file store, or where it is: a folder or an "s3://…" STORAGE_URL. */
  store: ObjectStore | string;
  outFile: string;
  log?: (line: string) => void;
}): Promise<BackupResult> {
  const log = opts.log ?? (() => {});
  const store = typeof opts.store === "string" ? storeAt(opts.store) : opts.store;
  const t0 = Date.now();
  const outFile = path.resolve(opts.outFile);
  const partial = `${outFile}.partial`;
  if (await exists(outFile)) throw new BackupError(`Tệp ${outFile} đã có: không ghi đè một bản sao lưu.`);
  await mkdir(path.dirname(outFile), { recursive: true });

  const client = await connect(opts.url);
  let clientOpen = true;
  const endClient = async () => {
    if (!clientOpen) return;
    clientOpen = false;
    await client.end().catch(() => {});
  };
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(partial, { mode: 0o600 }));
  const broken = failureOf(written);
  const createdAt = new Date();
  const mtime = createdAt;
  try {
    // One snapshot for every table and every checksum: the dump is consistent while the portal runs.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const infoQuery = "SELECT version() AS server, current_database() AS database";
    const info = must(
      (await client.query<{ server: string; database: string }>(infoQuery)).rows[0],
      "SELECT version() luôn trả về một dòng",
    );
    const tables = await listTables(client);
    if (tables.length === 0) throw new BackupError("Cơ sở dữ liệu chưa có bảng nào: không có gì để sao lưu.");
    const migrations = await appliedMigrations(client);
    const sequences = await listSequences(client);
    log(`▶ Tính số dòng và mã kiểm tra của ${tables.length} bảng…`);
    const sums = await allSums(client, tables);

    const names = new Set(tables.map((t) => t.name));
    const evidenceRows: { id: string; sha256: string }[] = [];
    for (const t of STORED_FILE_OWNERS.filter((n) => names.has(n))) {
      // A report file signed before object storage has its bytes in its row: backed up with the table.
      const inStore = (DATABASE_FILE_OWNERS as readonly string[]).includes(t) ? " WHERE bytes IS NULL" : "";
      const res = await client.query<{ id: string; sha256: string }>(`SELECT id, sha256 FROM ${ident(t)}${inStore} ORDER BY id`);
      evidenceRows.push(...res.rows);
    }

    log("▶ Xuất dữ liệu các bảng…");
    const tableEntries: Manifest["tables"] = [];
    for (const t of tables) {
      const entry = tableEntryName(t.name);
      const pass = new PassThrough();
      zip.addReadStream(pass, entry, { mtime, compress: true });
      const hash = createHash("sha256");
      let size = 0;
      const what = `${ident(t.name)} (${t.columns.map(ident).join(", ")})`;
      const rows = await Promise.race([
        copyOut(client, what, pass, (c) => {
          hash.update(c);
          size += c.length;
        }),
        broken,
      ]);
      pass.end();
      const sum = must(sums[t.name], `bảng ${t.name} có trong danh sách bảng nhưng không có tổng kiểm`);
      if (rows !== sum.rows) throw new Error(`Bảng ${t.name}: COPY cho ${rows} dòng, count(*) cho ${sum.rows}`);
      tableEntries.push({ name: t.name, columns: t.columns, ...sum, entry, size, sha256: hash.digest("hex") });
      log(`  • ${t.name}: ${count(rows)} dòng`);
    }
    await client.query("COMMIT");
    await endClient();

    // Files are immutable once written (flag wx), so reading them after the snapshot is consistent
    // with it; a row whose file is absent is recorded, not fatal (the restore reports it again).
    log(`▶ Sao lưu tệp minh chứng từ ${store.describe()} (${count(evidenceRows.length)} tệp trong cơ sở dữ liệu)…`);
    const files: Manifest["files"] = [];
    const missingFiles: string[] = [];
    const hashed: Promise<void>[] = [];
    for (const row of evidenceRows) {
      if (!(await store.stat(row.id))) {
        missingFiles.push(row.id);
        continue;
      }
      const entry = evidenceEntryName(row.id);
      hashed.push(
        new Promise<void>((resolve, reject) => {
          // Opened only when the zip reaches the entry: thousands of files never hold thousands of
          // descriptors or connections.
          zip.addReadStreamLazy(entry, { mtime, compress: false }, (cb) => {
            const tap = hashing((sha256, size) => {
              files.push({ id: row.id, entry, size, sha256 });
              if (sha256 !== row.sha256) log(`  ! Tệp ${row.id} khác mã SHA-256 ghi trong cơ sở dữ liệu (vẫn sao lưu nguyên trạng).`);
              resolve();
            });
            const fail = (err: Error) => {
              reject(err);
              tap.destroy(err);
            };
            store.get(row.id).then((source) => {
              if (!source) return fail(new BackupError(`Tệp ${row.id} biến mất khỏi ${store.describe()} trong lúc sao lưu.`));
              source.on("error", fail);
              source.pipe(tap);
            }, fail);
            cb(null, tap);
          });
        }),
      );
    }
    await Promise.race([Promise.all(hashed), broken]);
    if (missingFiles.length) log(`  ! ${count(missingFiles.length)} tệp có trong cơ sở dữ liệu nhưng không có trong ${store.describe()}.`);

    files.sort((a, b) => (a.id < b.id ? -1 : 1));
    const manifest: Manifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      server: info.server,
      database: info.database,
      migrations,
      tables: tableEntries,
      sequences,
      files,
      missingFiles,
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_ENTRY, { mtime });
    zip.end();
    await written;
    const fh = await open(partial, "r+");
    await fh.sync(); // on disk before it gets its final name
    await fh.close();
    await rename(partial, outFile);

    const size = (await stat(outFile)).size;
    const result: BackupResult = {
      file: outFile,
      size,
      tables: tableEntries.length,
      rows: tableEntries.reduce((s, t) => s + t.rows, 0),
      files: files.length,
      fileBytes: files.reduce((s, f) => s + f.size, 0),
      missingFiles,
      ms: Date.now() - t0,
    };
    log(
      `✔ Đã sao lưu ${result.tables} bảng (${count(result.rows)} dòng) và ${count(result.files)} tệp minh chứng (${bytes(result.fileBytes)}) ` +
        `vào ${outFile} (${bytes(size)}) trong ${seconds(result.ms)}.`,
    );
    return result;
  } catch (err) {
    // Ending the connection ends the read-only transaction; pg forces it closed when a COPY is
    // still in flight (a broken output leaves one waiting for a reader forever).
    await endClient();
    (zip.outputStream as PassThrough).destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw err;
  } finally {
    await endClient();
  }
}
