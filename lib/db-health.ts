// Whether PostgreSQL is reachable. When it is not, pages and downloads answer a friendly 503
// (proxy.ts) and server actions a "service unavailable" result, instead of an error page per query
// that waits for a connection. The state lives on globalThis because proxy.ts is bundled apart from
// the app's code but runs in the same `next start` process. While the database is up nothing is
// probed (the proxy runs on every request and must stay free): the first failing query marks it down.
import pg from "pg";

type Health = { down: boolean; downSince: number; lastProbe: number; probing: Promise<boolean> | null };

const KEY = Symbol.for("cds.dbHealth");
const store = globalThis as unknown as Record<symbol, Health | undefined>;

function health(): Health {
  return (store[KEY] ??= { down: false, downSince: 0, lastProbe: 0, probing: null });
}

/** How often the proxy checks, while the database is down, whether it is back. */
const PROBE_INTERVAL_MS = 500;

const CONNECTION_CODES = new Set([
  // Prisma: cannot reach, timed out, server closed the connection, pool timeout.
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  // PostgreSQL: admin/crash shutdown, cannot connect now (starting up), connection exceptions.
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  // Node sockets.
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
]);

const CONNECTION_MESSAGES =
  /connection terminated|terminating connection|not queryable|database system is (shutting down|starting up)|can't reach database|server has closed the connection|connection refused|timeout exceeded when trying to connect/i;

/** True for errors that mean "the database is not there", wherever the driver put the code. */
export function isConnectionError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && CONNECTION_CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) return true;
  return isConnectionError(e.cause, depth + 1) || isConnectionError(e.meta?.driverAdapterError, depth + 1);
}

export function markDatabaseDown(): void {
  const h = health();
  if (!h.down) {
    h.down = true;
    h.downSince = Date.now();
    console.error("[db] PostgreSQL không phản hồi: trả lời 503 cho đến khi kết nối lại được");
  }
}

function markDatabaseUp(): void {
  const h = health();
  if (h.down) console.log(`[db] PostgreSQL đã kết nối lại sau ${((Date.now() - h.downSince) / 1000).toFixed(1)} s`);
  h.down = false;
}

/** One `SELECT 1` on a fresh connection (not the app's pool, which may be full of dead sockets). */
export async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000, query_timeout: 1_000 });
  client.on("error", () => {}); // a socket error after the probe must not crash the process
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

/**
 * Whether the database counts as down for this request. Costs nothing while it is up (the app's own
 * errors mark it down: lost pooled connections, failing actions and pages); while it is down, probes
 * at most every half second, a probe in flight being shared by concurrent requests.
 */
export async function databaseIsDown(url: string): Promise<boolean> {
  const h = health();
  if (!h.down) return false;
  if (Date.now() - h.lastProbe < PROBE_INTERVAL_MS) return true;
  h.probing ??= probe(url).then((ok) => {
    h.lastProbe = Date.now();
    h.probing = null;
    if (ok) markDatabaseUp();
    return ok;
  });
  return !(await h.probing);
}
