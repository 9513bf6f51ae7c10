// One Prisma client per process, on the pg driver adapter (see STACK-NOTES.md: the session is pinned
// to UTC because adapter-pg mishandles timestamptz otherwise; pool limits are explicit).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { isConnectionError, markDatabaseDown } from "./db-health";

/** A pooled connection dying (server stopped or restarted) tells the 503 proxy at once. */
function onDriverError(err: Error) {
  if (isConnectionError(err)) markDatabaseDown();
}

export function createPrismaClient(url: string, max = 10) {
  const adapter = new PrismaPg(
    {
      connectionString: url,
      max,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      options: "-c TimeZone=UTC",
    },
    { onPoolError: onDriverError, onConnectionError: onDriverError },
  );
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForDb = globalThis as unknown as { prisma?: Db };

/** The process-wide client (kept on globalThis so dev hot reloads do not open new pools). */
export function getDb(): Db {
  if (!globalForDb.prisma) {
    const e = env();
    globalForDb.prisma = createPrismaClient(e.DATABASE_URL, e.DATABASE_POOL_MAX);
  }
  return globalForDb.prisma;
}

/** Transaction client type, for functions that run inside `db.$transaction`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
