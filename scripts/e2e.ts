// `npm run test:e2e`: Playwright against a production build, on a throw-away embedded PostgreSQL
// (or TEST_DATABASE_URL) seeded with the demo data. Extra arguments go to `playwright test`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { buildIsStale } from "./lib/build";
import { freePort, removeEmbeddedData, startEmbeddedPostgres } from "./lib/embedded-db";
import { BIN, migrate, runNode, waitForHttp } from "./lib/run";
import { seedIfEmpty } from "./seed";

async function main() {
  let url = process.env.TEST_DATABASE_URL;
  let stopDb: (() => Promise<void>) | undefined;
  if (!url) {
    // One directory per run, so that two runs at once do not collide.
    const dataDir = `.data/test-e2e-${process.pid}`;
    await removeEmbeddedData(dataDir);
    const db = await startEmbeddedPostgres({ dataDir, database: "e2e" });
    url = db.url;
    stopDb = async () => {
      await db.stop();
      await removeEmbeddedData(dataDir);
    };
  }
  await migrate(url);
  await seedIfEmpty(url);

  // Evidence files of this run's own: the app's start-up sweep removes every file its database does
  // not own, so sharing the portal's .data/files deleted the evidence of a developer's `npm start`.
  const evidenceDir = process.env.EVIDENCE_DIR ?? path.resolve(`.data/test-e2e-files-${process.pid}`);
  const ownEvidenceDir = !process.env.EVIDENCE_DIR;
  // No job runner in the e2e servers: a scheduler tick at an unpredictable moment of the run would
  // add reminder notifications to the bells the specs count (events notify in their own transaction
  // and need no worker; the runner has its own integration test, tests/integration/job-runner.test.ts).
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", EVIDENCE_DIR: evidenceDir, WORKER: "off" };
  if (buildIsStale()) await runNode(BIN.next, ["build"], { ...env, NODE_ENV: "production" });

  // Two instances on one database, as behind a load balancer: the session and login-limit tests
  // check that what one instance decides holds on the other.
  const secret = randomBytes(32).toString("base64url");
  const servers: ChildProcess[] = [];
  const baseUrls: string[] = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    servers.push(
      spawn(process.execPath, [BIN.next, "start", "-p", String(port), "-H", "127.0.0.1"], {
        stdio: ["ignore", "inherit", "inherit"],
        // The tests' own address stands for a reverse proxy, so that a test can send X-Forwarded-For
        // to act as many clients; tests/e2e/login-requests.spec.ts connects from 127.0.0.2 as a client.
        env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: secret, TRUSTED_PROXIES: "127.0.0.1" },
      }),
    );
    baseUrls.push(baseUrl);
  }
  const [baseUrl, secondUrl] = baseUrls as [string, string];
  let code = 1;
  try {
    await Promise.all(baseUrls.map((u) => waitForHttp(`${u}/login`)));
    code = await new Promise<number>((resolve) => {
      const pw = spawn(process.execPath, [BIN.playwright, "test", ...process.argv.slice(2)], {
        stdio: "inherit",
        env: { ...env, E2E_BASE_URL: baseUrl, E2E_SECOND_URL: secondUrl, E2E_NEXTAUTH_SECRET: secret },
      });
      pw.on("exit", (c) => resolve(c ?? 1));
    });
  } finally {
    for (const server of servers) server.kill("SIGTERM");
    await stopDb?.();
    if (ownEvidenceDir) await rm(evidenceDir, { recursive: true, force: true });
  }
  process.exit(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
