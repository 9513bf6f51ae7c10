// `npm run bench:jobs`: the scheduler on a province (synthetic data: 100 communes × 80 tasks, the
// same database as `npm run bench`): how long runScheduled takes for the whole province at a working
// day's 07:30 (target ≤ 5 s), and the Chair's dashboard latency (p50/p95) while it runs compared
// with idle (target: within 20%). The run happens in a process of its own (scripts/bench/jobs-run.ts),
// as `npm run worker` runs it, against a production build with no job runner inside (WORKER=off).
// Uses the registered rules (lib/jobs/rules RULES); while there are none, stand-in rules declared in
// scripts/bench/jobs-rules.ts. Writes the section "Lịch nhắc (issue 19)" of docs/benchmarks.md.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { promisify } from "node:util";
import prettier from "prettier";
import { localInstant } from "../lib/jobs/clock";
import { addDays, localDateKey } from "../lib/dates";
import { ensureBuild } from "./bench/app-build";
import { lookupIds, prepareData } from "./bench/data";
import { login } from "./bench/login";
import { percentile } from "./bench/load";
import { startServer } from "./bench/server";
import { SYNTHETIC_PASSWORD } from "./synthetic/config";

const CONNECTIONS = 4;
const IDLE_SECONDS = 20;
const RUNS = 3;
const RUN_BUDGET_MS = 5_000;
const LATENCY_BUDGET = 1.2;
const MD_FILE = "docs/benchmarks.md";
const SECTION = "## Lịch nhắc (issue 19)";

type Sample = { t0: number; ms: number; ok: boolean };
type RunResult = {
  startedAt: number;
  endedAt: number;
  ms: number;
  cpuMs: number;
  standIn: boolean;
  rules: string[];
  summary: { sent: number; communes: number; emails: number };
};

const cleanups: (() => Promise<void>)[] = [];
const cleanup = async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
};
process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));

/** CONNECTIONS clients requesting `url` back to back until `stop()`; every request's start and time. */
function load(url: string, cookie: string) {
  const samples: Sample[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const t0 = Date.now();
      const start = performance.now();
      const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
      await res.arrayBuffer();
      samples.push({ t0, ms: performance.now() - start, ok: res.status === 200 });
    }
  };
  const clients = Array.from({ length: CONNECTIONS }, client);
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(clients);
      return samples;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;
function stats(samples: Sample[]) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    n: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    failed: samples.filter((s) => !s.ok).length,
  };
}

/** The next working day (Monday–Friday) after today, at 07:30 local: every daily rule is due then. */
function nextWorkingMorning(): Date {
  let day = addDays(localDateKey(new Date()), 1);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return localInstant(day, "07:30");
}

async function main() {
  const log = (line: string) => console.log(line);
  const data = await prepareData("province", { skip: false, again: false }, log, (db) => cleanups.push(db.stop));
  const env = {
    ...process.env,
    DATABASE_URL: data.db.url,
    NEXTAUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    EVIDENCE_DIR: ".data/files",
    // The run under test is the bench's own; a worker inside the server would add ticks of its own.
    WORKER: "off",
  };
  await ensureBuild(env, log);
  const server = await startServer(env);
  cleanups.push(server.stop);
  const { logins, ids } = await lookupIds(data.db.url, "province");
  const cookie = await login(server.baseUrl, logins.chair, SYNTHETIC_PASSWORD);
  const url = `${server.baseUrl}/c/${ids.communeId}`;
  const at = nextWorkingMorning();
  log(`▶ Tổng quan ${url} (${logins.chair}), ${CONNECTIONS} kết nối; lịch nhắc lúc ${at.toISOString()}`);

  const warm = load(url, cookie);
  await sleep(5_000);
  await warm.stop();
  const idleLoad = load(url, cookie);
  await sleep(IDLE_SECONDS * 1000);
  const idle = stats(await idleLoad.stop());
  log(`  khi rảnh: p50 ${idle.p50} ms, p95 ${idle.p95} ms (${idle.n} yêu cầu)`);

  const runOnce = async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      // react-server: the chair's digest reads the dashboard's server-only queries (as npm run worker does).
      ["--import", "tsx", "--conditions", "react-server", "scripts/bench/jobs-run.ts", data.db.url, at.toISOString()],
      { env, maxBuffer: 1 << 20 },
    );
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as RunResult;
  };
  // The run's own time, with nothing else asking for the machine (the ≤ 5 s budget)…
  const alone: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    alone.push(await runOnce());
    log(`  riêng lần ${i + 1}: ${Math.round(alone.at(-1)!.ms)} ms (CPU ${Math.round(alone.at(-1)!.cpuMs)} ms)`);
  }
  // …then while the chair's dashboard is under load: the pages' latency during the run.
  const runs: RunResult[] = [];
  const during: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const busy = load(url, cookie);
    const run = await runOnce();
    const samples = await busy.stop();
    runs.push(run);
    during.push(...samples.filter((s) => s.t0 >= run.startedAt && s.t0 < run.endedAt));
    log(
      `  lần ${i + 1}: ${Math.round(run.ms)} ms (CPU của tiến trình chạy ${Math.round(run.cpuMs)} ms), ${run.summary.sent} thông báo, ${run.summary.emails} thư (${run.summary.communes} xã)`,
    );
  }
  const busy = stats(during);
  const runMs = runs.map((r) => Math.round(r.ms)).sort((a, b) => a - b);
  const aloneMs = alone.map((r) => Math.round(r.ms)).sort((a, b) => a - b);
  const aloneCpu = alone.map((r) => Math.round(r.cpuMs)).sort((a, b) => a - b);
  const loadAvg = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  const worstRun = aloneMs.at(-1)!;
  const ratio = { p50: Math.round((busy.p50 / idle.p50) * 100) / 100, p95: Math.round((busy.p95 / idle.p95) * 100) / 100 };
  log(`  trong lúc chạy: p50 ${busy.p50} ms, p95 ${busy.p95} ms (${busy.n} yêu cầu); tỉ lệ p50 ×${ratio.p50}, p95 ×${ratio.p95}`);

  const first = runs[0]!;
  const md = [
    SECTION,
    "",
    `Đo ngày ${new Date().toISOString().slice(0, 10)} bằng \`npm run bench:jobs\` trên dữ liệu tổng hợp quy mô tỉnh (${first.summary.communes} xã × 80 nhiệm vụ),`,
    `lịch nhắc lúc ${at.toISOString()} (07:30 một ngày làm việc), chạy trong một tiến trình riêng như \`npm run worker\`;`,
    `máy chủ \`next start\` (bản build production, WORKER=off). Máy ${os.cpus().length} nhân dùng chung; tải trung bình (1, 5, 15 phút) khi đo xong: ${loadAvg}.`,
    "Khi máy bận, thời gian thực chủ yếu là chờ đến lượt CPU: thời gian CPU của tiến trình chạy lịch nhắc (không kể PostgreSQL) cho biết phần việc của chính nó.",
    first.standIn
      ? `**Quy tắc dùng để đo: bộ quy tắc thay thế của benchmark** (scripts/bench/jobs-rules.ts: sắp đến hạn 7/3/1 ngày và quá hạn theo đơn vị chủ trì), vì lib/jobs/rules chưa có quy tắc nào lúc đo; đo lại sau khi gộp các quy tắc thật.`
      : `Quy tắc: ${first.rules.join(", ")} (lib/jobs/rules).`,
    "",
    "| Phép đo | Kết quả | Mục tiêu |",
    "| --- | --- | --- |",
    `| runScheduled cho cả tỉnh, máy không có tải khác (${RUNS} lần) | ${aloneMs.join(" / ")} ms (CPU của tiến trình: ${aloneCpu.join(" / ")} ms); ${first.summary.sent} thông báo, ${first.summary.emails} thư | ≤ ${RUN_BUDGET_MS} ms ${worstRun <= RUN_BUDGET_MS ? "✔" : "✖"} |`,
    `| runScheduled cho cả tỉnh, trong lúc trang Tổng quan chịu tải (${RUNS} lần) | ${runMs.join(" / ")} ms | |`,
    `| Tổng quan xã (Chủ tịch), ${CONNECTIONS} kết nối, khi rảnh | p50 ${idle.p50} ms, p95 ${idle.p95} ms (${idle.n} yêu cầu) | |`,
    `| Tổng quan xã, trong lúc chạy lịch nhắc | p50 ${busy.p50} ms, p95 ${busy.p95} ms (${busy.n} yêu cầu) | ≤ 120% khi rảnh: p50 ×${ratio.p50}, p95 ×${ratio.p95} ${ratio.p50 <= LATENCY_BUDGET && ratio.p95 <= LATENCY_BUDGET ? "✔" : "✖"} |`,
    "",
  ].join("\n");
  const current = await readFile(MD_FILE, "utf8").catch(() => "");
  const start = current.indexOf(SECTION);
  const next = start < 0 ? -1 : current.indexOf("\n## ", start + SECTION.length);
  const updated = start < 0 ? `${current.trimEnd()}\n\n${md}` : `${current.slice(0, start)}${md}${next < 0 ? "" : current.slice(next + 1)}`;
  const options = (await prettier.resolveConfig(MD_FILE)) ?? {};
  await writeFile(MD_FILE, await prettier.format(updated, { ...options, filepath: MD_FILE }));
  log(`✔ Đã ghi mục "${SECTION.slice(3)}" vào ${MD_FILE}`);
  if (idle.failed + busy.failed > 0) throw new Error(`${idle.failed + busy.failed} yêu cầu không trả về 200`);
}

main()
  .then(() => cleanup().then(() => process.exit(0)))
  .catch(async (err) => {
    console.error("✖ Benchmark lịch nhắc thất bại:", err instanceof Error ? err.message : err);
    await cleanup();
    process.exit(1);
  });
