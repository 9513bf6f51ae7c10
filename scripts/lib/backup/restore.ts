// `npm run db:restore <file>`: into an empty database and file store only (the local folder
// EVIDENCE_DIR or the S3 bucket of STORAGE_URL, whichever the portal uses). Checks everything it
// can before changing anything (format, migrations, emptiness, every entry's SHA-256), applies the
// project's migrations, then loads every table and writes every file (each read back from the store
// and checked against its SHA-256) in one transaction that commits only when the row counts and
// checksums of every table equal the backup's.
import path from "node:path";
import { storeAt, type ObjectStore } from "../../../lib/storage";
import { storedDigest } from "../../../lib/storage/digest";
import { migrate as runMigrations } from "../run";
import { openArchive, type Archive } from "./archive";
import { copyIn } from "./copy";
import { BackupError, bytes, count, seconds } from "./format";
import type { Manifest } from "./manifest";
import { checkEmptyDatabase, checkIntegrity, checkStore, checkMigrations, projectMigrations } from "./preflight";
import { allSums, appliedMigrations, connect, ident, listTables, loadOrder, MIGRATIONS_TABLE } from "./schema";

export type RestoreResult = {
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  missingFiles: string[];
  ms: number;
};

type Log = (line: string) => void;

/** After the migrations: the same tables with the same columns as in the backup. */
async function checkSchema(client: Parameters<typeof listTables>[0], manifest: Manifest) {
  const here = new Map((await listTables(client)).map((t) => [t.name, [...t.columns].sort().join(",")]));
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const cols = here.get(t.name);
    if (cols === undefined) problems.push(`thiếu bảng ${t.name}`);
    else if (cols !== [...t.columns].sort().join(",")) problems.push(`cột của bảng ${t.name} khác`);
  }
  for (const name of here.keys()) if (!manifest.tables.some((t) => t.name === name)) problems.push(`bảng thừa ${name}`);
  if (problems.length) throw new BackupError(`Lược đồ sau migration khác với bản sao lưu: ${problems.join("; ")}.`);
}

/** Writes one file into the store (whole or not at all), then reads it back to check its SHA-256. */
async function restoreFile(archive: Archive, store: ObjectStore, f: Manifest["files"][number], written: string[]) {
  written.push(f.id);
  await store.put(f.id, await archive.open(f.entry), { size: f.size });
  const back = await storedDigest(store, f.id);
  if (back?.sha256 !== f.sha256 || back.size !== f.size)
    throw new BackupError(`Tệp minh chứng ${f.id} đọc lại từ ${store.describe()} không khớp mã SHA-256 của bản sao lưu.`);
}

async function loadTables(client: Awaited<ReturnType<typeof connect>>, archive: Archive, log: Log) {
  const { manifest } = archive;
  const byName = new Map(manifest.tables.map((t) => [t.name, t]));
  // The migrations just applied wrote their own log rows: the backup's rows replace them, so that the
  // log (and its checksum) is the one of the backed-up database.
  if (byName.has(MIGRATIONS_TABLE)) await client.query(`DELETE FROM ${ident(MIGRATIONS_TABLE)}`);
  for (const name of await loadOrder(client, [...byName.keys()])) {
    const t = byName.get(name)!;
    const rows = await copyIn(client, `${ident(t.name)} (${t.columns.map(ident).join(", ")})`, await archive.open(t.entry)).catch(
      (err: Error) => {
        throw new BackupError(`PostgreSQL từ chối dữ liệu của bảng ${t.name}: ${err.message}.`);
      },
    );
    if (rows !== t.rows) throw new BackupError(`Bảng ${t.name}: nạp ${rows} dòng, bản sao lưu ghi ${t.rows}.`);
    log(`  • ${t.name}: ${count(rows)} dòng`);
  }
  for (const s of manifest.sequences)
    await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [ident(s.name), s.lastValue, s.isCalled]);
}

export async function restoreDatabase(opts: {
  url: string;
  /** The file store, or where it is: a folder or an "s3://…" STORAGE_URL. */
  store: ObjectStore | string;
  file: string;
  log?: Log;
  /** Applies the project's migrations; `prisma migrate deploy` (scripts/lib/run.ts) unless given. */
  migrate?: (url: string) => Promise<void>;
}): Promise<RestoreResult> {
  const log = opts.log ?? (() => {});
  const t0 = Date.now();
  const file = path.resolve(opts.file);
  const store = typeof opts.store === "string" ? storeAt(opts.store) : opts.store;
  const archive = await openArchive(file);
  const { manifest } = archive;
  const client = await connect(opts.url).catch((err) => {
    archive.close();
    throw err;
  });
  const written: string[] = [];
  let inTransaction = false;
  let migrated = false;
  try {
    const totalRows = manifest.tables.reduce((s, t) => s + t.rows, 0);
    log(
      `▶ Bản sao lưu tạo lúc ${manifest.createdAt}: ${manifest.tables.length} bảng, ${count(totalRows)} dòng, ` +
        `${count(manifest.files.length)} tệp minh chứng (${manifest.server.split(" on ")[0]}).`,
    );
    log(`▶ Kiểm tra migration, cơ sở dữ liệu đích và kho tệp ${store.describe()}…`);
    checkMigrations(manifest, await projectMigrations());
    await checkEmptyDatabase(client, manifest);
    const present = await checkStore(store, manifest);
    log("▶ Kiểm tra tính toàn vẹn của bản sao lưu (SHA-256 của từng mục)…");
    await checkIntegrity(archive, file);

    const wanted = manifest.migrations.map((m) => m.name).join(",");
    const appliedNames = async () => (await appliedMigrations(client)).map((m) => m.name).join(",");
    if ((await appliedNames()) === wanted) {
      // Migrated but empty (`npm run db:migrate`, or a restore that failed): spare the CLI's ~10 s.
      log("▶ Lược đồ đã ở đúng phiên bản của bản sao lưu, không cần chạy migration.");
    } else {
      log("▶ Áp dụng migration…");
      await (opts.migrate ?? runMigrations)(opts.url);
      if ((await appliedNames()) !== wanted) throw new BackupError("Migration đã áp dụng khác với migration trong bản sao lưu.");
    }
    migrated = true;
    await checkSchema(client, manifest);

    log("▶ Nạp dữ liệu các bảng (một giao dịch)…");
    await client.query("BEGIN");
    inTransaction = true;
    await loadTables(client, archive, log);

    log(`▶ Ghi ${count(manifest.files.length - present.size)} tệp minh chứng vào ${store.describe()} (đọc lại từng tệp để kiểm tra)…`);
    for (const f of manifest.files) if (!present.has(f.id)) await restoreFile(archive, store, f, written);

    log("▶ Đối chiếu số dòng và mã kiểm tra của từng bảng…");
    const sums = await allSums(client, await listTables(client));
    const wrong = manifest.tables.filter((t) => sums[t.name]?.rows !== t.rows || sums[t.name]?.checksum !== t.checksum);
    if (wrong.length) throw new BackupError(`Dữ liệu nạp vào khác bản sao lưu ở bảng: ${wrong.map((t) => t.name).join(", ")}.`);
    await client.query("COMMIT");
    inTransaction = false;

    const result: RestoreResult = {
      tables: manifest.tables.length,
      rows: totalRows,
      files: manifest.files.length,
      fileBytes: manifest.files.reduce((s, f) => s + f.size, 0),
      missingFiles: manifest.missingFiles,
      ms: Date.now() - t0,
    };
    if (result.missingFiles.length)
      log(`  ! ${count(result.missingFiles.length)} tệp đã thiếu từ lúc sao lưu (có dòng trong cơ sở dữ liệu, không có tệp).`);
    log(
      `✔ Đã khôi phục ${result.tables} bảng (${count(result.rows)} dòng) và ${count(result.files)} tệp minh chứng (${bytes(result.fileBytes)}) ` +
        `trong ${seconds(result.ms)}. Số dòng và mã kiểm tra của mọi bảng, SHA-256 của mọi tệp đều khớp với bản sao lưu.`,
    );
    return result;
  } catch (err) {
    if (inTransaction) await client.query("ROLLBACK").catch(() => {});
    // Written files go too; files that were there before stay.
    await store.remove(written).catch(() => {});
    if (migrated)
      log(
        "↩ Đã hoàn tác: không dòng nào được ghi, các tệp đã ghi đã được xóa; cơ sở dữ liệu đích chỉ còn lược đồ rỗng, có thể chạy lại lệnh khôi phục.",
      );
    throw err;
  } finally {
    archive.close();
    await client.end().catch(() => {});
  }
}
