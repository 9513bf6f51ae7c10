// The ORM/raw SQL ratio of the dashboard and of "Nhiệm vụ của tôi" (scripts/bench/query-ratio.ts)
// on the synthetic database of `npm run bench` (.data/bench-<scale>, or
// DATABASE_URL when set), printed as JSON. It does not seed: run `npm run bench` once first.
//   npx tsx --conditions react-server scripts/bench-ratio.ts [--scale province|national] [--runs 30] [--warmup 5] [--explain]
// --explain: instead of the ratios, where each side's time goes (statements, time outside pg).
// (react-server: the app's lib modules import "server-only".)
import { parseArgs } from "node:util";
import { lookupIds } from "./bench/data";
import { explainQueryCosts } from "./bench/query-costs";
import { QUERY_RATIO_BUDGET, measureQueryRatios } from "./bench/query-ratio";
import { SCALES, syntheticLogins, type Scale } from "./synthetic/config";
import { connect, openDatabase, type SyntheticDb } from "./synthetic/database";

async function unitOf(url: string, scale: Scale): Promise<string> {
  const client = await connect(url);
  try {
    const res = await client.query<{ unitId: string | null }>(`SELECT "unitId" FROM "User" WHERE username = $1`, [
      syntheticLogins(SCALES[scale]).staff,
    ]);
    const unitId = res.rows[0]?.unitId;
    if (!unitId) throw new Error("Tài khoản cán bộ của xã s001 không có đơn vị: cơ sở dữ liệu chưa có dữ liệu tổng hợp quy mô province.");
    return unitId;
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "province" },
      runs: { type: "string", default: "30" },
      warmup: { type: "string", default: "5" },
      explain: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.scale !== "province" && values.scale !== "national") throw new Error(`--scale phải là province hoặc national`);
  const scale: Scale = values.scale;
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  let db: SyntheticDb | null = null;
  const stop = async () => {
    const d = db;
    db = null;
    await d?.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().finally(() => process.exit(130)));
  try {
    db = await openDatabase({ dataDir: `bench-${scale}`, database: "cds_bench", preferredPort: scale === "province" ? 54349 : 54359 });
    const { ids } = await lookupIds(db.url, scale);
    const unitId = await unitOf(db.url, scale);
    const target = { communeId: ids.communeId, planId: ids.planId, unitId };
    if (values.explain) return void console.log(JSON.stringify(await explainQueryCosts(db.url, target, { runs, warmup }), null, 2));
    const results = await measureQueryRatios(db.url, target, { runs, warmup });
    console.log(JSON.stringify(results, null, 2));
    for (const r of results)
      console.error(
        r.ratio <= QUERY_RATIO_BUDGET
          ? `✔ ${r.label}: ORM/SQL ${r.ratio} ≤ ${QUERY_RATIO_BUDGET}`
          : `✖ ${r.label}: ORM/SQL ${r.ratio} > ${QUERY_RATIO_BUDGET}`,
      );
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error("✖", err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
