// Login attempt limits, stored in PostgreSQL so that every app instance sees the same counts.
//
// An attempt first takes a place (reserveLoginAttempt): under a lock on the account and on the
// address, the recent failures are counted and, below the limits, the attempt is recorded as a
// failure at once. Only then is the password checked, and a right one turns its own rows into
// successes. Counting and recording in one locked step is what keeps 100 parallel attempts to
// exactly the allowed number of password checks (checking first and recording afterwards let all
// of them through). A success does not clear earlier failures: they expire with the window, so a
// right password guessed among parallel wrong ones cannot reopen the account to more guesses.
import type { Db } from "../db";

export const LOGIN_WINDOW_MINUTES = 15;
/** Defaults of LOGIN_MAX_FAILURES_PER_ACCOUNT / _PER_IP (lib/env.ts). */
export const DEFAULT_LOGIN_LIMITS = { perAccount: 5, perIp: 30 } as const;

export type LoginLimits = { perAccount: number; perIp: number };

/** The rows an admitted attempt wrote (its account's and its address's). */
export type LoginTicket = { ids: string[] };

function keys(username: string, ip: string) {
  return { account: `user:${username.toLowerCase()}`, ip: `ip:${ip}` };
}

/** Records the attempt as a failure and returns its ticket, or null when a limit is reached. */
export async function reserveLoginAttempt(
  db: Db,
  username: string,
  ip: string,
  limits: LoginLimits,
  now = new Date(),
): Promise<LoginTicket | null> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const k = keys(username, ip);
  return db.$transaction(
    async (tx) => {
      // Transaction-scoped locks, account first then address (one order everywhere: no deadlock).
      // They serialise attempts on the same account or address for the few milliseconds of this
      // transaction, not for the password check.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${k.account}, 0))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${k.ip}, 0))`;
      const recent = (key: string) => tx.loginAttempt.count({ where: { key, success: false, createdAt: { gte: since } } });
      if ((await recent(k.account)) >= limits.perAccount || (await recent(k.ip)) >= limits.perIp) return null;
      const rows = await tx.loginAttempt.createManyAndReturn({
        data: [
          { key: k.account, success: false },
          { key: k.ip, success: false },
        ],
        select: { id: true },
      });
      return { ids: rows.map((r) => r.id) };
    },
    // Under a burst, attempts queue for a connection and for the lock: wait rather than fail.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** The password was right: the attempt's rows stop counting as failures. */
export async function markLoginSucceeded(db: Db, ticket: LoginTicket) {
  await db.loginAttempt.updateMany({ where: { id: { in: ticket.ids } }, data: { success: true } });
}
