// The data left by the load (updates, evidence files, final reports) backed up, restored into an
// empty database and evidence folder, and compared table by table and file by file.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { backupDatabase, restoreDatabase, tableChecksums } from "../lib/backup";
import type { RunningDb } from "../lib/embedded-db";
import type { Check, Log } from "./types";

async function fileSums(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir))
    out.set(
      name,
      createHash("sha256")
        .update(await readFile(path.join(dir, name)))
        .digest("hex"),
    );
  return out;
}

export async function runBackupRestore(o: { pgServer: RunningDb; evidenceDir: string; dataDir: string; log: Log; check: Check }) {
  const { pgServer, log, check } = o;
  log("▶ Sao lưu rồi phục hồi vào CSDL trống…");
  const file = path.resolve(`${o.dataDir}-backup`, "sao-luu.zip");
  const t0 = Date.now();
  const backup = await backupDatabase({ url: pgServer.url, store: o.evidenceDir, outFile: file });
  const backupSeconds = (Date.now() - t0) / 1000;

  const admin = new pg.Client({ connectionString: pgServer.url });
  await admin.connect();
  await admin.query('CREATE DATABASE "restored"');
  await admin.end();
  const restoredUrl = pgServer.url.replace(/\/reliability$/, "/restored");
  const restoredFiles = path.resolve(`${o.dataDir}-restored-files`);
  const t1 = Date.now();
  await restoreDatabase({ url: restoredUrl, store: restoredFiles, file });
  const restoreSeconds = (Date.now() - t1) / 1000;

  const [source, restored] = await Promise.all([tableChecksums(pgServer.url), tableChecksums(restoredUrl)]);
  const tables = Object.keys(source);
  const differing = tables.filter((t) => JSON.stringify(source[t]) !== JSON.stringify(restored[t]));
  const rows = tables.reduce((n, t) => n + source[t]!.rows, 0);
  const [a, b] = await Promise.all([fileSums(o.evidenceDir), fileSums(restoredFiles)]);
  const filesDiffer = a.size !== b.size || [...a].some(([k, v]) => b.get(k) !== v);
  check(
    "Sao lưu/phục hồi: bảng và tệp giống hệt",
    differing.length === 0 && Object.keys(restored).length === tables.length && !filesDiffer,
    `${tables.length} bảng, ${rows} dòng, ${a.size} tệp; sao lưu ${backupSeconds.toFixed(1)} s, phục hồi ${restoreSeconds.toFixed(1)} s; ` +
      `${differing.length} bảng khác (${differing.join(", ")}), tệp ${filesDiffer ? "KHÁC" : "giống"}`,
  );
  return { tables: tables.length, rows, files: a.size, backupSeconds, restoreSeconds, differing, backup };
}
