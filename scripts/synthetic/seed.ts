// Fills an empty (or, with `reset`, emptied) database with synthetic data, commune batch by commune
// batch, one transaction each, then ANALYZE so the planner knows the new sizes.
import { performance } from "node:perf_hooks";
import { hashPassword } from "../../lib/auth/password";
import { migrate } from "../lib/run";
import { SYNTHETIC_PASSWORD, type SyntheticConfig } from "./config";
import { connect, isEmpty, syncCatalog, truncateAll } from "./database";
import { communeBatches, generateProvinces } from "./generate";
import { addOperations } from "./operations";
import { addProvincePlans } from "./province-plan";
import { appendRows, emptyRows } from "./rows";
import { countRows, insertBatch } from "./write";

/**
 * `seconds`: everything, migrations included; `loadSeconds`: generating, writing and ANALYZE;
 * `generateSeconds`: the part of it spent building rows, mostly while earlier batches were written.
 */
export type SeedResult = { counts: Record<string, number>; seconds: number; loadSeconds: number; generateSeconds: number };

const COMMUNES_PER_BATCH = 10;

export class NotEmptyError extends Error {}

export async function seedSynthetic(
  url: string,
  cfg: SyntheticConfig,
  opts: { reset: boolean; log: (line: string) => void },
): Promise<SeedResult> {
  const started = performance.now();
  await migrate(url);
  const client = await connect(url);
  try {
    if (opts.reset) {
      opts.log("▶ Xóa toàn bộ dữ liệu cũ (--reset)…");
      await truncateAll(client);
    }
    await syncCatalog(url);
    if (!(await isEmpty(client))) {
      throw new NotEmptyError("Cơ sở dữ liệu đã có dữ liệu: thêm --reset để xóa hết rồi nạp dữ liệu tổng hợp.");
    }
    // A synthetic load can be redone from its seed: no need to wait for each commit to reach disk.
    await client.query("SET synchronous_commit = off");

    const loadStarted = performance.now();
    const passwordHash = await hashPassword(SYNTHETIC_PASSWORD); // once: argon2 takes ~50 ms a hash
    const provinces = generateProvinces(cfg, passwordHash);
    await insertBatch(client, provinces.rows);

    // Writing a batch overlaps with generating the next one: PostgreSQL works on one core while this
    // process builds rows on the other. Generation gives the event loop a turn after every commune,
    // so that the statements in flight keep being sent and their replies read.
    const total = cfg.provinces * cfg.communesPerProvince;
    let generateMs = 0;
    let written = 0;
    let lastLog = performance.now();
    let writing: Promise<void> = Promise.resolve();
    let batch = emptyRows();
    let inBatch = 0;
    const flush = async () => {
      await writing;
      const rows = batch;
      const communes = inBatch;
      batch = emptyRows();
      inBatch = 0;
      writing = insertBatch(client, rows).then(() => {
        written += communes;
        if (performance.now() - lastLog > 5_000 || written === total) {
          lastLog = performance.now();
          opts.log(`  ${written}/${total} xã, phường (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        }
      });
      writing.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
    };
    const communes = communeBatches(cfg, provinces.provinceIds, passwordHash, 1);
    for (;;) {
      const t = performance.now();
      const one = communes.next();
      generateMs += performance.now() - t;
      if (one.done) break;
      appendRows(batch, one.value.rows);
      if (++inBatch === COMMUNES_PER_BATCH) await flush();
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (inBatch > 0) await flush();
    await writing;
    await addProvincePlans(client, cfg.now, opts.log);
    await addOperations(client, cfg.today, cfg.now, opts.log);

    await client.query("ANALYZE");
    const counts = await countRows(client);
    const seconds = (ms: number) => ms / 1000;
    return {
      counts,
      seconds: seconds(performance.now() - started),
      loadSeconds: seconds(performance.now() - loadStarted),
      generateSeconds: seconds(generateMs),
    };
  } finally {
    await client.end();
  }
}
