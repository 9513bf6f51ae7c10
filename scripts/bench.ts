// `npm run bench`: latency and throughput of the main pages under load, their first-load JavaScript
// and the server's memory, on synthetic data of a province or of the whole country, against a
// production build. Writes docs/benchmarks.json and docs/benchmarks.md. Steps and budgets: see
// scripts/bench/. Everything it starts (PostgreSQL, next start, Chromium) is stopped on exit,
// on an error and on Ctrl+C.
import { writeFile } from "node:fs/promises";
import type { Browser } from "@playwright/test";
import { localDateKey } from "../lib/dates";
import { reportPeriodContaining } from "../lib/reports/periods";
import { APP_DIR, ensureBuild } from "./bench/app-build";
import { BENCH_USAGE, parseBenchArgs } from "./bench/args";
import { benchToken, lookupIds, prepareData, updateTargets } from "./bench/data";
import { BUDGET_CONNECTIONS, BUDGET_SCALE, ENDPOINTS, TASK_UPDATE, TRIVIAL, type Account, type BenchIds } from "./bench/endpoints";
import { firstLoadJs, openBrowser } from "./bench/first-load-js";
import { lighthouseAudit } from "./bench/lighthouse";
import { measureRatiosInChild } from "./bench/ratio-step";
import { measure, type LoadResult } from "./bench/load";
import { actionId, compileDraft, measureUpdates } from "./bench/mutation";
import { checkPage, login, rscBytes } from "./bench/login";
import { describeMachine } from "./bench/machine";
import { jsFigure, JSON_FILE, kb, MD_FILE, writeReports, type LoadFigure, type PageSize } from "./bench/report";
import { serverMemory, startServer } from "./bench/server";
import { SCALES, SYNTHETIC_PASSWORD } from "./synthetic/config";

/** Things to stop, newest first. */
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | null = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e) => console.error("  (dọn dẹp)", e instanceof Error ? e.message : e));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n✖ Dừng (${signal}): tắt máy chủ và PostgreSQL…`);
    void cleanup().finally(() => process.exit(130));
  });
}

const log = (line: string) => console.log(line);
const mb = (kb: number) => Math.round((kb * 1024) / 100_000) / 10;

async function main() {
  if (process.argv.includes("--help")) return void console.log(BENCH_USAGE);
  const opts = parseBenchArgs(process.argv.slice(2));
  const scale = SCALES[opts.scale];
  console.log(`▶ Benchmark quy mô ${opts.scale}; kết nối ${opts.connections.join(", ")}; ${opts.durationSeconds} s mỗi phép đo`);

  const data = await prepareData(opts.scale, { skip: opts.skipSeed, again: opts.reseed }, log, (db) => {
    console.log(`▶ Cơ sở dữ liệu: ${db.url}`);
    cleanups.push(db.stop);
  });
  const { logins, ids: pageIds } = await lookupIds(data.db.url, opts.scale);
  const machine = await describeMachine(data.db.url);

  const env = {
    ...process.env,
    DATABASE_URL: data.db.url,
    NEXTAUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    EVIDENCE_DIR: ".data/files",
    // The API's per-token limit (600/min) would answer most of a load test 429: lifted for the bench.
    API_RATE_LIMIT_PER_MINUTE: "100000000",
  };
  const build = await ensureBuild(env, log);
  const server = await startServer(env);
  cleanups.push(server.stop);
  console.log(`▶ Máy chủ: ${server.baseUrl} (nhật ký: ${server.logFile})`);

  // One session per account kind; every page must answer 200 with it before anything is measured.
  const cookies = {} as Record<Account, string>;
  for (const account of new Set(ENDPOINTS.map((e) => e.as)))
    cookies[account] = await login(server.baseUrl, logins[account], SYNTHETIC_PASSWORD);
  // API v1 lines: a token of the same account, sent as a Bearer header.
  const tokens = new Map<Account, string>();
  for (const account of new Set(ENDPOINTS.filter((e) => e.auth === "token").map((e) => e.as)))
    tokens.set(account, await benchToken(data.db.url, logins[account]));
  const credentials = (e: { as: Account; auth?: "token" }): Record<string, string> =>
    e.auth === "token" ? { authorization: `Bearer ${tokens.get(e.as)}` } : { cookie: cookies[e.as] };
  // The report downloads need a report: a draft of this month, compiled as the office does.
  const draftAction = await actionId(APP_DIR, "createReportDraftAction", "lib/reports/actions.ts");
  const period = reportPeriodContaining(localDateKey(new Date()), "MONTH");
  const reportId = await compileDraft(server.baseUrl, draftAction, cookies.coordinator, pageIds.communeId, pageIds.planId, period.key);
  const ids: BenchIds = { ...pageIds, reportId };
  // --only: just those pages' latency (a quick look at one page; the reports describe whole runs);
  // "task-update" names the update loop. The trivial route is measured in every run (the ratios).
  const endpoints = opts.only ? ENDPOINTS.filter((e) => opts.only!.includes(e.key)) : ENDPOINTS;
  const withUpdates = !opts.only || opts.only.includes(TASK_UPDATE.key);
  if (endpoints.length === 0 && !withUpdates)
    throw new Error(
      `--only: không có trang nào tên ${opts.only?.join(", ")}; có: ${[...ENDPOINTS.map((e) => e.key), TASK_UPDATE.key].join(", ")}`,
    );
  await checkPage(server.baseUrl, TRIVIAL.path(), {});
  // Every page's size: its HTML (first load) and its RSC payload (what a client-side navigation fetches).
  const pageSizes: PageSize[] = [];
  for (const e of endpoints) {
    const html = await checkPage(server.baseUrl, e.path(ids), credentials(e));
    if (e.jsBudgetKb === undefined) continue; // a download or an API answer, not a page
    const rsc = await rscBytes(server.baseUrl, e.path(ids), credentials(e));
    pageSizes.push({ endpoint: e.key, label: e.label, route: e.route, htmlKb: kb(html), rscKb: kb(rsc) });
    console.log(`  ${e.route.padEnd(44)} HTML ${kb(html)} kB, RSC ${kb(rsc)} kB (chưa nén)`);
  }

  // Task updates: one staff session and one task per connection (scripts/bench/mutation.ts).
  const updateAction = await actionId(APP_DIR, "submitTaskUpdateAction", "lib/tasks/actions.ts");
  const sessions = new Map<string, string>();
  const targets = [];
  for (const t of await updateTargets(data.db.url, Math.max(...opts.connections))) {
    if (!sessions.has(t.username)) sessions.set(t.username, await login(server.baseUrl, t.username, SYNTHETIC_PASSWORD));
    targets.push({ communeId: t.communeId, taskId: t.taskId, version: t.version, cookie: sessions.get(t.username)! });
  }

  const results: LoadFigure[] = [];
  /** The trivial route's requests/s, per number of connections, of this run. */
  const trivialRps = new Map<number, number>();
  const record = (
    e: { key: string; label: string; route: string; p95BudgetMs?: number; budgetConnections?: number; minTrivialRatio?: number },
    as: string,
    r: LoadResult,
  ) => {
    const atBudget = r.connections === (e.budgetConnections ?? BUDGET_CONNECTIONS) && opts.scale === BUDGET_SCALE;
    const budgeted = e.p95BudgetMs !== undefined && atBudget;
    const trivial = trivialRps.get(r.connections);
    const trivialRatio = trivial ? Math.round((r.requestsPerSecond / trivial) * 100) / 100 : null;
    const ratioBudgeted = e.minTrivialRatio !== undefined && atBudget && trivialRatio !== null;
    results.push({
      ...r,
      endpoint: e.key,
      label: e.label,
      route: e.route,
      as,
      p95BudgetMs: budgeted ? e.p95BudgetMs! : null,
      withinBudget: budgeted ? r.p95Ms <= e.p95BudgetMs! : null,
      trivialRatio,
      minTrivialRatio: ratioBudgeted ? e.minTrivialRatio! : null,
      ratioWithinBudget: ratioBudgeted ? trivialRatio! >= e.minTrivialRatio! : null,
    });
    const failed = r.non2xx + r.errors;
    console.log(
      `  ${e.route.padEnd(44)} ${String(r.connections).padStart(3)} kết nối: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms, ${r.requestsPerSecond} yêu cầu/s` +
        (trivialRatio !== null ? ` (${trivialRatio} × tối thiểu)` : "") +
        (failed ? ` — ${failed} KHÔNG THÀNH CÔNG ${JSON.stringify(r.statusCodes)}` : "") +
        (r.requests === 0 ? " — KHÔNG CÓ PHẢN HỒI NÀO HOÀN TẤT TRONG THỜI GIAN ĐO" : ""),
    );
  };
  const measureTrivial = async (connections: number) => {
    const r = await measure(`${server.baseUrl}${TRIVIAL.path()}`, {}, connections, opts.durationSeconds, opts.warmupSeconds);
    record(TRIVIAL, "—", r);
    trivialRps.set(connections, r.requestsPerSecond);
  };
  // Endpoints judged at another number of connections (a download: one person) are measured there first.
  for (const e of endpoints.filter((x) => x.budgetConnections !== undefined && !opts.connections.includes(x.budgetConnections))) {
    const c = e.budgetConnections!;
    if (!trivialRps.has(c)) await measureTrivial(c);
    record(e, logins[e.as], await measure(`${server.baseUrl}${e.path(ids)}`, credentials(e), c, opts.durationSeconds, opts.warmupSeconds));
  }
  for (const connections of opts.connections) {
    await measureTrivial(connections);
    for (const e of endpoints) {
      record(
        e,
        logins[e.as],
        await measure(`${server.baseUrl}${e.path(ids)}`, credentials(e), connections, opts.durationSeconds, opts.warmupSeconds),
      );
    }
    if (!withUpdates) continue;
    const mine = targets.slice(0, connections);
    record(
      TASK_UPDATE,
      `${new Set(mine.map((t) => t.cookie)).size} cán bộ chủ trì`,
      await measureUpdates(server.baseUrl, updateAction, mine, opts.durationSeconds, opts.warmupSeconds),
    );
  }
  const memory = serverMemory(server.pid);
  if (opts.only) {
    const file = ".data/bench-only.json";
    await writeFile(
      file,
      JSON.stringify({ measuredAt: new Date().toISOString(), machine, results, pageSizes, server: { rssMb: mb(memory.rssKb) } }, null, 2),
    );
    console.log(`✔ Chỉ đo ${opts.only.join(", ")}: kết quả ở ${file} (docs/ không đổi)`);
    const failed = results.filter((r) => r.non2xx + r.errors > 0 || r.requests === 0);
    if (failed.length) throw new Error(`${failed.length} phép đo có phản hồi không phải 2xx hoặc không có phản hồi nào`);
    return;
  }

  log("▶ JavaScript tải lần đầu (Chromium)…");
  const browser: Browser = await openBrowser();
  cleanups.push(() => browser.close());
  const js = [];
  for (const e of ENDPOINTS) {
    if (e.jsBudgetKb === undefined) continue; // a download, not a page
    const figure = jsFigure({ ...e, jsBudgetKb: e.jsBudgetKb }, await firstLoadJs(browser, server.baseUrl, e.path(ids), cookies[e.as]));
    js.push(figure);
    console.log(
      `  ${e.route.padEnd(34)} lần đầu ${figure.scripts} tệp, ${figure.gzipKb} kB gzip (${figure.rawKb} kB chưa nén); kể cả tải trễ ${figure.withLazy.gzipKb} kB, kể cả prefetch ${figure.withPrefetch.gzipKb} kB`,
    );
  }

  log("▶ Truy vấn của trang so với SQL viết tay qua pg (scripts/bench-ratio.ts)…");
  const queryRatios = await measureRatiosInChild(data.db.url, opts.scale);
  for (const r of queryRatios) console.log(`  ${r.label}: ORM ${r.portalMs.p50} ms / SQL ${r.rawMs.p50} ms (p50) = ${r.ratio}`);

  log("▶ Lighthouse (di động) trên Tổng quan và Nhiệm vụ của tôi…");
  const lighthouse = [];
  for (const e of ENDPOINTS.filter((x) => x.lighthouse)) {
    const figure = await lighthouseAudit(server.baseUrl, e.path(ids), cookies[e.as]);
    lighthouse.push({ ...figure, endpoint: e.key, label: e.label, as: logins[e.as] });
    console.log(
      `  ${e.route.padEnd(44)} hiệu năng ${figure.performance}, trợ năng ${figure.accessibility}; LCP ${figure.lcpMs} ms, CLS ${figure.cls}, TBT ${figure.tbtMs} ms`,
    );
  }

  await writeReports(opts.scale, {
    measuredAt: new Date().toISOString(),
    machine,
    data: { ...scale, counts: data.counts, seedSeconds: data.seeded?.seconds ?? null },
    build: { rebuilt: build.built, seconds: build.seconds },
    load: { durationSeconds: opts.durationSeconds, warmupSeconds: opts.warmupSeconds, results },
    firstLoadJs: js,
    pageSizes,
    lighthouse,
    queryRatios,
    server: {
      pid: memory.pid,
      processes: memory.processes,
      rssMb: mb(memory.rssKb),
      peakRssMb: mb(memory.peakRssKb),
      treeRssMb: mb(memory.treeRssKb),
    },
  });
  console.log(`▶ RSS của next-server sau khi đo: ${mb(memory.rssKb)} MB (cao nhất ${mb(memory.peakRssKb)} MB)`);
  console.log(`✔ Đã ghi ${JSON_FILE} và ${MD_FILE}`);

  const failures = results.filter((r) => r.non2xx + r.errors > 0 || r.requests === 0);
  if (failures.length)
    throw new Error(`${failures.length} phép đo có phản hồi không phải 2xx, lỗi kết nối hoặc không có phản hồi nào: xem ${MD_FILE}`);
}

main()
  .then(() => cleanup().then(() => process.exit(0)))
  .catch(async (err) => {
    console.error("✖ Benchmark thất bại:", err instanceof Error ? err.message : err);
    await cleanup();
    process.exit(1);
  });
