// One Prisma client per process, on the pg driver adapter (see STACK-NOTES.md: the session is pinned
// to UTC because adapter-pg mishandles timestamptz otherwise; pool limits are explicit).
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
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

const globalForDb = globalThis as unknown as { prisma?: Db; readDb?: Db };

/** The process-wide client (kept on globalThis so dev hot reloads do not open new pools). */
export function getDb(): Db {
  if (!globalForDb.prisma) {
    const e = env();
    globalForDb.prisma = createPrismaClient(e.DATABASE_URL, e.DATABASE_POOL_MAX);
  }
  return globalForDb.prisma;
}

/** The primary with the replica extension: model reads go to the replica, writes and transactions to the primary. */
export function withReplica(primary: Db, replica: Db) {
  return primary.$extends(readReplicas({ replicas: [replica] }));
}

/**
 * The client for the province roll-ups, which read every commune of a province and may lag behind
 * the last write by the replication delay (docs/deployment.md): DATABASE_REPLICA_URL's streaming
 * replica when set, else the primary. Raw queries, which the roll-ups are, go to the replica only
 * through the extension's `$replica()`; what it returns is the replica's own client, a Db.
 * Never use it to read what a page has just written, nor inside a transaction.
 */
export function getReadDb(): Db {
  if (!globalForDb.readDb) {
    const e = env();
    globalForDb.readDb = e.DATABASE_REPLICA_URL
      ? (withReplica(getDb(), createPrismaClient(e.DATABASE_REPLICA_URL, e.DATABASE_POOL_MAX)).$replica() as unknown as Db)
      : getDb();
  }
  return globalForDb.readDb;
}

/** Transaction client type, for functions that run inside `db.$transaction`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
