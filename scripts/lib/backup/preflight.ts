// What a restore checks before it changes anything: the backup matches this code's migrations and is
// intact, the target database holds no data, and the file store holds no other files.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { Archive } from "./archive";
import { must } from "../../../lib/must";
import { BackupError, count } from "./format";
import type { ObjectStore } from "../../../lib/storage";
import { storedDigest } from "../../../lib/storage/digest";
import type { Manifest, MigrationEntry } from "./manifest";
import { appliedMigrations, ident, listTables, MIGRATIONS_TABLE } from "./schema";

const MIGRATIONS_DIR = path.join("prisma", "migrations");

/** The project's migrations as Prisma records them: folder name and sha256 of migration.sql. */
export async function projectMigrations(dir = MIGRATIONS_DIR): Promise<MigrationEntry[]> {
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    })),
  );
}

export function checkMigrations(manifest: Manifest, project: MigrationEntry[]) {
  const inBackup = manifest.migrations.map((m) => m.name);
  const here = project.map((m) => m.name);
  const missing = here.filter((n) => !inBackup.includes(n));
  const unknown = inBackup.filter((n) => !here.includes(n));
  if (missing.length || unknown.length)
    throw new BackupError(
      "Bản sao lưu thuộc một phiên bản lược đồ khác với mã nguồn này" +
        (unknown.length ? `; bản sao lưu có migration mà mã nguồn không có: ${unknown.join(", ")}` : "") +
        (missing.length ? `; mã nguồn có migration mà bản sao lưu không có: ${missing.join(", ")}` : "") +
        ". Hãy khôi phục bằng đúng phiên bản mã nguồn đã tạo bản sao lưu (sau đó `npm start` sẽ nâng cấp lược đồ). Không có gì được thay đổi.",
    );
  const changed = project.filter((m) => manifest.migrations.find((b) => b.name === m.name)?.checksum !== m.checksum);
  if (changed.length)
    throw new BackupError(`Nội dung migration khác với lúc sao lưu: ${changed.map((m) => m.name).join(", ")}. Không có gì được thay đổi.`);
}

/**
 * Empty means: no table holds a row (the migrations log aside), and whatever migrations it has are
 * the first ones of the backup. A database freshly created, or migrated but never used, passes;
 * so does one left by a restore that failed after applying the migrations.
 */
export async function checkEmptyDatabase(client: pg.ClientBase, manifest: Manifest) {
  const tables = await listTables(client);
  for (const t of tables) {
    if (t.name === MIGRATIONS_TABLE) continue;
    const res = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(t.name)}) AS any`);
    if (must(res.rows[0], "SELECT EXISTS luôn trả về một dòng").any)
      throw new BackupError(
        `Cơ sở dữ liệu đích không trống (bảng ${t.name} có dữ liệu). Chỉ khôi phục vào một cơ sở dữ liệu trống: ` +
          "tạo cơ sở dữ liệu mới (DATABASE_URL), hoặc với PostgreSQL nhúng, chuyển thư mục .data/postgres sang chỗ khác. Không có gì được thay đổi.",
      );
  }
  const applied = await appliedMigrations(client);
  const wanted = manifest.migrations.map((m) => m.name);
  const prefix = applied.every((m, i) => m.name === wanted[i]);
  if (!prefix || (tables.length > 0 && !tables.some((t) => t.name === MIGRATIONS_TABLE)))
    throw new BackupError(
      "Cơ sở dữ liệu đích đã có bảng hoặc migration không thuộc bản sao lưu này. Hãy dùng một cơ sở dữ liệu trống. Không có gì được thay đổi.",
    );
}

/**
 * The store (STORAGE_URL or EVIDENCE_DIR) holds no file of another id, and the files it already
 * holds (a restore that ran before) are exactly the backup's. Returns those, to skip them.
 */
export async function checkStore(store: ObjectStore, manifest: Manifest): Promise<Set<string>> {
  const wanted = new Map(manifest.files.map((f) => [f.id, f]));
  const names: string[] = [];
  for await (const o of store.list()) names.push(o.key);
  const foreign = names.filter((n) => !wanted.has(n));
  if (foreign.length)
    throw new BackupError(
      `Kho tệp ${store.describe()} đã có ${count(foreign.length)} tệp không thuộc bản sao lưu này (ví dụ ${foreign[0]}). ` +
        "Hãy dùng một kho trống (thư mục EVIDENCE_DIR hoặc bucket/tiền tố của STORAGE_URL) hoặc chuyển các tệp đó đi. Không có gì được thay đổi.",
    );
  const present = new Set<string>();
  for (const name of names) {
    if ((await storedDigest(store, name))?.sha256 !== wanted.get(name)!.sha256)
      throw new BackupError(`Tệp minh chứng ${name} trong ${store.describe()} khác với bản trong bản sao lưu. Không có gì được thay đổi.`);
    present.add(name);
  }
  return present;
}

/** Reads every table and file of the backup once and compares it with the manifest. */
export async function checkIntegrity(archive: Archive, file: string) {
  const { manifest } = archive;
  const entries = [...manifest.tables, ...manifest.files];
  for (const e of entries) {
    const got = await archive.digest(e.entry);
    if (got.sha256 !== e.sha256 || got.size !== e.size)
      throw new BackupError(`Tệp sao lưu ${file} bị hỏng (mục ${e.entry} không khớp mã SHA-256). Không có gì được thay đổi.`);
  }
}
