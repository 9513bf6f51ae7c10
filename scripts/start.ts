// `npm start` (production) and `npm run dev`: one command from a fresh clone to a running portal.
// Without DATABASE_URL it runs an embedded PostgreSQL in .data/postgres; it applies migrations,
// seeds the demo data on the first run only, builds the app when the sources changed, and starts it.
// Ctrl+C, SIGTERM or SIGHUP stop the app server and then PostgreSQL (scripts/lib/supervise.ts).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { buildIsStale } from "./lib/build";
import path from "node:path";
import { APP_DATABASE, startEmbeddedPostgres } from "./lib/embedded-db";
import { BIN, migrate, waitForHttp } from "./lib/run";
import { supervise } from "./lib/supervise";
import { workerLine, workerMode } from "./lib/worker-status";
import { printLogins, seedIfEmpty } from "./seed";
import { demoLogins } from "../prisma/seed/demo";

const DATA_DIR = ".data";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const value = randomBytes(32).toString("base64url");
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

async function main() {
  const worker = workerMode(); // a wrong WORKER stops the start before anything runs
  const t0 = Date.now();
  const supervisor = supervise();
  let databaseUrl = process.env.DATABASE_URL;
  const embedded = !databaseUrl;
  if (!databaseUrl) {
    console.log("▶ Khởi động PostgreSQL nhúng (.data/postgres)…");
    const db = await startEmbeddedPostgres(APP_DATABASE);
    supervisor.watchDatabase(db);
    databaseUrl = db.url;
  } else {
    console.log("▶ Dùng PostgreSQL từ DATABASE_URL");
  }

  console.log("▶ Áp dụng migration…");
  await migrate(databaseUrl, supervisor.run);
  const logins = await seedIfEmpty(databaseUrl);
  console.log(logins ? "▶ Đã nạp dữ liệu mẫu (lần chạy đầu)." : "▶ Giữ nguyên dữ liệu đã có.");

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && buildIsStale()) {
    console.log("▶ Biên dịch ứng dụng (next build)…");
    await supervisor.run(BIN.next, ["build"], { ...env, NODE_ENV: "production" });
  }

  supervisor.startApp(BIN.next, [dev ? "dev" : "start", "-p", String(port)], {
    ...env,
    NODE_ENV: dev ? "development" : "production",
  });

  await waitForHttp(`http://127.0.0.1:${port}/login`);
  console.log(`\n✔ Cổng thông tin đã sẵn sàng sau ${((Date.now() - t0) / 1000).toFixed(1)} giây: ${env.NEXTAUTH_URL}`);
  console.log(
    await workerLine(databaseUrl, worker).catch(
      (err) => `✖ Không đọc được trạng thái bộ chạy lịch nhắc: ${err instanceof Error ? err.message : err}`,
    ),
  );
  printLogins(logins ?? demoLogins());
  if (dev && embedded) console.log(`\nPostgreSQL nhúng (cho prisma migrate dev): DATABASE_URL=${databaseUrl}`);
  console.log("\nNhấn Ctrl+C để dừng.");
}

main().catch((err) => {
  console.error("✖ Không khởi động được:", err instanceof Error ? err.message : err);
  process.exit(1);
});
