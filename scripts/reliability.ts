// `npm run test:reliability`: the portal's production build on a throw-away embedded PostgreSQL with
// the demo data, then (1) 50 simulated people for 60 s, (2) the same load with PostgreSQL stopped
// for 10 s in the middle, (3) the app killed mid-upload and mid-finalisation of a report, (4) a
// backup restored into an empty database, (5) races on official records (reliability/record-races.ts),
// (6) 100 parallel logins against the login limit. Prints the figures, writes docs/reliability.json and
// exits non-zero when a check fails. Takes about 4 minutes (plus a build when sources changed).
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { actionId } from "./bench/mutation";
import { login } from "./bench/login";
import { buildIsStale } from "./lib/build";
import { freePort, removeEmbeddedData, startEmbeddedPostgres } from "./lib/embedded-db";
import { BIN, migrate, runNode } from "./lib/run";
import { seedIfEmpty } from "./seed";
import { startApp, type RunningApp } from "./reliability/app";
import { emptyStats, latencySummary, runLoad } from "./reliability/load";
import { loadPeople, taskVersions } from "./reliability/users";
import { checkUpdates, updateCheckPassed } from "./reliability/verify";
import { runKills } from "./reliability/kill-rounds";
import { runOutage } from "./reliability/outage";
import { runBackupRestore } from "./reliability/backup-round";
import { runRecordRaces } from "./reliability/record-races";
import { runLoginRace } from "./reliability/login-race";
import { DEFAULT_LOGIN_LIMITS } from "../lib/auth/login-limit";

const LOAD_SECONDS = 60;
const WRITERS = 40;
const READERS = 10;

const log = (line: string) => console.log(line);

async function main() {
  const started = Date.now();
  const checks: { name: string; ok: boolean; detail: string }[] = [];
  const check = (name: string, ok: boolean, detail: string) => {
    checks.push({ name, ok, detail });
    log(`${ok ? "✔" : "✘"} ${name}: ${detail}`);
  };

  const dataDir = `.data/reliability-${process.pid}`;
  const evidenceDir = path.resolve(`${dataDir}-files`);
  await removeEmbeddedData(dataDir);
  await mkdir(evidenceDir, { recursive: true });
  log("▶ PostgreSQL nhúng, di trú, dữ liệu mẫu…");
  const pgServer = await startEmbeddedPostgres({ dataDir, database: "reliability" });
  const results: Record<string, unknown> = {};
  const db = createPrismaClient(pgServer.url, 4);
  let app: RunningApp | null = null;
  try {
    await migrate(pgServer.url);
    await seedIfEmpty(pgServer.url);
    if (buildIsStale()) {
      log("▶ Bản build production…");
      await runNode(BIN.next, ["build"], { ...process.env, DATABASE_URL: pgServer.url, NODE_ENV: "production" });
    }
    const appOptions = {
      databaseUrl: pgServer.url,
      evidenceDir,
      port: await freePort(),
      secret: randomBytes(32).toString("base64url"),
      log,
    };
    app = await startApp(appOptions);
    const restart = async () => {
      await app?.kill();
      app = await startApp(appOptions);
      return app;
    };

    const people = await loadPeople(db, { writers: WRITERS, perUnit: 5, readers: READERS });
    const cookieOf = new Map<string, string>();
    for (const username of new Set([...people.writers.map((w) => w.username), ...people.readers.map((r) => r.username)])) {
      cookieOf.set(username, await login(app.baseUrl, username, people.password));
    }
    const writers = people.writers.map((writer) => ({ writer, cookie: cookieOf.get(writer.username)! }));
    const readers = people.readers.map((reader) => ({ reader, cookie: cookieOf.get(reader.username)! }));
    const updateAction = await actionId(".", "submitTaskUpdateAction", "lib/tasks/actions.ts");
    const taskIds = people.writers.flatMap((w) => w.taskIds);

    // (1) Load.
    log(
      `▶ Tải: ${writers.length + readers.length} người dùng trong ${LOAD_SECONDS} s (${writers.length} cập nhật, ${readers.length} chỉ xem)…`,
    );
    const since = new Date();
    const versions = await taskVersions(db, taskIds);
    const load = await runLoad({ baseUrl: app.baseUrl, actionId: updateAction, seconds: LOAD_SECONDS, writers, readers, versions });
    const loadCheck = await checkUpdates(db, load.acks, versions, since);
    const latency = latencySummary(load);
    results.load = {
      ...load,
      acks: load.acks.length,
      latencies: undefined,
      latency,
      requestsPerSecond: Math.round(load.requests / LOAD_SECONDS),
      check: { ...loadCheck, missing: loadCheck.missing.length },
    };
    check(
      "Tải: không có lỗi 5xx",
      load.serverErrors + load.unavailable503 === 0,
      `${load.requests} yêu cầu (${Math.round(load.requests / LOAD_SECONDS)}/s, p50 ${latency.p50} ms, p95 ${latency.p95} ms), ${JSON.stringify(load.byStatus)}`,
    );
    check(
      "Tải: không mất phiên, không lỗi mạng",
      load.lostSessions + load.networkErrors === 0,
      `${load.lostSessions} mất phiên, ${load.networkErrors} lỗi mạng`,
    );
    check(
      "Tải: mọi cập nhật được xác nhận đều có trong CSDL, không cập nhật nào bị ghi đè",
      updateCheckPassed(loadCheck) && Object.keys(load.failedUpdates).length === 0,
      `${load.updatesSent} gửi, ${loadCheck.acknowledged} xác nhận, ${loadCheck.storedOfAcknowledged} có trong CSDL, ${load.conflicts} bị từ chối vì xung đột ` +
        `(${load.conflictsWithFreshVersion} kèm phiên bản mới), ${loadCheck.duplicateVersions.length} trùng phiên bản, ${loadCheck.versionDrift.length} lệch phiên bản, ` +
        `${loadCheck.updatesWithoutAudit} thiếu nhật ký, lỗi khác ${JSON.stringify(load.failedUpdates)}`,
    );

    // (2) PostgreSQL stopped for 10 s under load.
    const outage = await runOutage({
      app: () => app!,
      db,
      pgServer,
      writers,
      readers,
      updateAction,
      taskIds,
      cookie: readers[0]!.cookie,
      log,
      emptyStats,
      check,
    });
    results.outage = outage;

    // (3) Kills.
    results.kills = await runKills({ db, app: () => app!, restart, people, cookieOf, evidenceDir, updateAction, log, check });

    // (4) Backup and restore.
    results.backup = await runBackupRestore({ pgServer, evidenceDir, dataDir, log, check });

    // (5) Races on official records: sign vs delete, one number signed twice, parallel returns.
    results.races = await runRecordRaces({
      db,
      app: () => app!,
      communeId: people.communeId,
      writer: people.writers[0]!,
      cookieOf,
      updateAction,
      log,
      check,
    });
    // (6) Parallel logins against the login limit (the app runs with the default limits).
    const limit = DEFAULT_LOGIN_LIMITS.perAccount;
    results.loginRace = await runLoginRace({ baseUrl: app.baseUrl, db, limit, check, log });
  } finally {
    await (app as RunningApp | null)?.kill();
    await db.$disconnect();
    await pgServer.stop();
    await removeEmbeddedData(dataDir);
    await rm(evidenceDir, { recursive: true, force: true });
    await rm(`${dataDir}-backup`, { recursive: true, force: true });
    await rm(`${dataDir}-restored-files`, { recursive: true, force: true });
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  const failed = checks.filter((c) => !c.ok);
  await writeFile("docs/reliability.json", JSON.stringify({ ranAt: new Date().toISOString(), seconds, checks, results }, null, 2) + "\n");
  log(`\n${checks.length - failed.length}/${checks.length} kiểm tra đạt, ${seconds} s. Số liệu: docs/reliability.json`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
