// `npm run test:e2e`: Playwright against a production build, on a throw-away embedded PostgreSQL
// (or TEST_DATABASE_URL) seeded with the demo data. Extra arguments go to `playwright test`.
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { buildIsStale } from "./lib/build";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-db";
import { BIN, migrate, runNode, waitForHttp } from "./lib/run";
import { seedIfEmpty } from "./seed";

async function main() {
  let url = process.env.TEST_DATABASE_URL;
  let stopDb: (() => Promise<void>) | undefined;
  if (!url) {
    await rm(".data/test-e2e", { recursive: true, force: true });
    const db = await startEmbeddedPostgres({ dataDir: ".data/test-e2e", database: "e2e" });
    url = db.url;
    stopDb = db.stop;
  }
  await migrate(url);
  await seedIfEmpty(url);

  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  if (buildIsStale()) await runNode(BIN.next, ["build"], { ...env, NODE_ENV: "production" });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [BIN.next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") },
  });
  let code = 1;
  try {
    await waitForHttp(`${baseUrl}/login`);
    code = await new Promise<number>((resolve) => {
      const pw = spawn(process.execPath, [BIN.playwright, "test", ...process.argv.slice(2)], {
        stdio: "inherit",
        env: { ...env, E2E_BASE_URL: baseUrl },
      });
      pw.on("exit", (c) => resolve(c ?? 1));
    });
  } finally {
    server.kill("SIGTERM");
    await stopDb?.();
  }
  process.exit(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
