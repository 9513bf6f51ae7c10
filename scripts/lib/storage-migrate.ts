// `npm run storage:migrate`: copies every stored file that a row owns (lib/files/owners.ts) from one
// store to another (the local folder → S3, one bucket → another), and writes the report files that
// still keep their bytes in the database into the target too. Every copy is read back from the
// target and its SHA-256 compared; an object the target already holds with the right checksum is
// skipped, so a run cut short is simply run again. Nothing is removed from the source; database
// copies are dropped (bytes set to NULL) only when asked, after their copy was verified.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type pg from "pg";
import { DATABASE_FILE_OWNERS, STORED_FILE_OWNERS } from "../../lib/files/owners";
import type { ObjectStore } from "../../lib/storage";
import { storedDigest } from "../../lib/storage/digest";
import { connect, ident } from "./backup/schema";
import { bytes, count, seconds } from "./backup/format";

export type MigrateResult = {
  /** Files written into the target (from the source store or from a database row). */
  copied: number;
  copiedBytes: number;
  /** Already in the target with the right checksum (an earlier run). */
  skipped: number;
  /** Report files written from their row's bytes. */
  fromDatabase: number;
  /** Rows whose bytes were set to NULL (--drop-database-copies). */
  dropped: number;
  /** Rows whose file the source store does not have. */
  missing: string[];
  /** Ids whose copy in the target differs from the expected checksum, or whose copy failed. */
  failed: { id: string; why: string }[];
  ms: number;
};

type Log = (line: string) => void;
const PAGE = 500;

const digestOf = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Rows of `sql` (ids after $1, in id order, LIMIT PAGE) a page at a time: memory stays flat whatever the number of files. */
async function* pages<T extends pg.QueryResultRow>(client: pg.ClientBase, sql: string): AsyncIterable<T[]> {
  let after = "";
  for (;;) {
    const res = await client.query<T & { id: string }>(sql, [after]);
    if (res.rows.length === 0) return;
    yield res.rows;
    after = res.rows[res.rows.length - 1]!.id;
  }
}

/**
 * Moves the bytes out of the rows once their copy in the store is verified: the one change the
 * trigger that keeps a signed report's files as written allows (migration 20261230000000).
 */
async function dropDatabaseCopies(client: pg.ClientBase, table: (typeof DATABASE_FILE_OWNERS)[number], ids: string[]): Promise<number> {
  const res = await client.query(`UPDATE ${ident(table)} SET bytes = NULL WHERE id = ANY($1::text[]) AND bytes IS NOT NULL`, [ids]);
  return res.rowCount ?? 0;
}

export async function migrateStorage(opts: {
  url: string;
  from: ObjectStore;
  to: ObjectStore;
  dropDatabaseCopies?: boolean;
  log?: Log;
}): Promise<MigrateResult> {
  const { from, to } = opts;
  const log = opts.log ?? (() => {});
  const t0 = Date.now();
  const result: MigrateResult = { copied: 0, copiedBytes: 0, skipped: 0, fromDatabase: 0, dropped: 0, missing: [], failed: [], ms: 0 };
  const client = await connect(opts.url);
  try {
    await to.ping();

    /** Whether the target holds `id` with `sha256`; a different object under the id is a failure (never overwritten). */
    const alreadyThere = async (id: string, sha256: string): Promise<boolean | "different"> => {
      if (!(await to.stat(id))) return false;
      return (await storedDigest(to, id))?.sha256 === sha256 ? true : "different";
    };
    /** Writes one file into the target and reads it back; true when it arrived intact. */
    const copy = async (id: string, sha256: string, size: number, body: () => Promise<Readable | null>) => {
      const there = await alreadyThere(id, sha256);
      if (there === true) {
        result.skipped += 1;
        return true;
      }
      if (there === "different") {
        result.failed.push({ id, why: `đích đã có một tệp khác cùng mã ${id}` });
        return false;
      }
      const source = await body();
      if (!source) {
        result.missing.push(id);
        return false;
      }
      try {
        await to.put(id, source, { size });
      } catch (err) {
        result.failed.push({ id, why: `ghi không được: ${err instanceof Error ? err.message : err}` });
        return false;
      }
      const back = await storedDigest(to, id);
      if (back?.sha256 !== sha256) {
        result.failed.push({ id, why: "đọc lại từ đích không khớp mã SHA-256" });
        return false;
      }
      result.copied += 1;
      result.copiedBytes += size;
      return true;
    };

    const inDatabase = DATABASE_FILE_OWNERS as readonly string[];
    for (const table of STORED_FILE_OWNERS) {
      log(`▶ ${table}: chép tệp từ ${from.describe()} sang ${to.describe()}…`);
      const before = { copied: result.copied, skipped: result.skipped };
      const inStore = inDatabase.includes(table) ? "bytes IS NULL AND" : "";
      for await (const rows of pages<{ id: string; sha256: string; size: number }>(
        client,
        `SELECT id, sha256, size FROM ${ident(table)} WHERE ${inStore} id > $1 ORDER BY id LIMIT ${PAGE}`,
      )) {
        for (const r of rows) await copy(r.id, r.sha256, r.size, () => from.get(r.id));
      }
      log(`  • đã chép ${count(result.copied - before.copied)}, đã có sẵn ${count(result.skipped - before.skipped)}`);
    }

    for (const table of DATABASE_FILE_OWNERS) {
      log(`▶ ${table}: ghi các tệp còn nằm trong cơ sở dữ liệu vào ${to.describe()}…`);
      for await (const rows of pages<{ id: string }>(
        client,
        `SELECT id FROM ${ident(table)} WHERE bytes IS NOT NULL AND id > $1 ORDER BY id LIMIT ${PAGE}`,
      )) {
        const verified: string[] = [];
        for (const { id } of rows) {
          // One row's bytes at a time: report files are a few hundred KB.
          const res = await client.query<{ bytes: Buffer | null; sha256: string }>(
            `SELECT bytes, sha256 FROM ${ident(table)} WHERE id = $1`,
            [id],
          );
          const row = res.rows[0];
          if (!row?.bytes) continue; // dropped meanwhile by another run
          // The bytes themselves are the truth: the checksum is computed from them.
          const digest = digestOf(row.bytes);
          if (!(await copy(id, digest, row.bytes.length, async () => Readable.from([row.bytes!])))) continue;
          result.fromDatabase += 1;
          // A row whose recorded checksum is not its bytes' keeps them: dropping would lose the evidence of the mismatch.
          if (digest === row.sha256) verified.push(id);
          else if (opts.dropDatabaseCopies)
            result.failed.push({ id, why: "mã SHA-256 ghi trong dòng khác với nội dung: giữ bản trong cơ sở dữ liệu" });
        }
        if (opts.dropDatabaseCopies && verified.length) result.dropped += await dropDatabaseCopies(client, table, verified);
      }
      log(
        `  • ${count(result.fromDatabase)} tệp từ cơ sở dữ liệu` +
          (opts.dropDatabaseCopies ? `, đã bỏ bản trong cơ sở dữ liệu của ${count(result.dropped)} tệp` : ""),
      );
    }
  } finally {
    await client.end().catch(() => {});
  }
  result.ms = Date.now() - t0;
  log(
    `${result.failed.length || result.missing.length ? "✖" : "✔"} Đã chép ${count(result.copied)} tệp (${bytes(result.copiedBytes)}), ` +
      `${count(result.skipped)} tệp đã có sẵn ở đích với đúng mã SHA-256, ${count(result.fromDatabase)} tệp báo cáo từ cơ sở dữ liệu; ` +
      `thiếu ở nguồn ${count(result.missing.length)}, sai lệch hoặc lỗi ${count(result.failed.length)}; trong ${seconds(result.ms)}.`,
  );
  for (const id of result.missing.slice(0, 20)) log(`  ! Thiếu ở nguồn: ${id}`);
  for (const f of result.failed.slice(0, 20)) log(`  ! ${f.id}: ${f.why}`);
  return result;
}
