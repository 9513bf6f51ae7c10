// The job runner's queue: pg-boss on the portal's own PostgreSQL, in its own schema "pgboss" (pg-boss
// creates and migrates it on start, under an advisory lock, so several instances starting at once
// are safe). One PgBoss per process, with a small pool of its own: the app's Prisma pool stays for
// requests, and "cds-jobs" in pg_stat_activity tells the runner's connections apart.
import PgBoss from "pg-boss";
import { env } from "../env";

export const BOSS_SCHEMA = "pgboss";

export function createBoss(connectionString: string): PgBoss {
  return new PgBoss({ connectionString, schema: BOSS_SCHEMA, max: 3, application_name: "cds-jobs" });
}

const globalForBoss = globalThis as unknown as { cdsBoss?: PgBoss };

/** The process-wide PgBoss on DATABASE_URL (kept on globalThis so dev hot reloads do not open new pools). */
export function getBoss(): PgBoss {
  globalForBoss.cdsBoss ??= createBoss(env().DATABASE_URL);
  return globalForBoss.cdsBoss;
}

/**
 * Drops a PgBoss whose start failed: pg-boss 10 leaves such an object "starting" for good (a second
 * start() returns at once without starting), so the next attempt must build a new one.
 */
export function forgetBoss(boss: PgBoss): void {
  if (globalForBoss.cdsBoss === boss) globalForBoss.cdsBoss = undefined;
}
