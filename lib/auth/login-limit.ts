// Login attempt limits, stored in PostgreSQL so that every app instance sees the same counts.
import type { Db } from "../db";

export const LOGIN_WINDOW_MINUTES = 15;

export type LoginLimits = { perAccount: number; perIp: number };

function keys(username: string, ip: string) {
  return { account: `user:${username.toLowerCase()}`, ip: `ip:${ip}` };
}

/** True when either the account or the address has too many recent failures. */
export async function isLoginBlocked(db: Db, username: string, ip: string, limits: LoginLimits, now = new Date()) {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const k = keys(username, ip);
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: { key: k.account, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { key: k.ip, success: false, createdAt: { gte: since } } }),
  ]);
  return account >= limits.perAccount || address >= limits.perIp;
}

export async function recordLoginAttempt(db: Db, username: string, ip: string, success: boolean) {
  const k = keys(username, ip);
  if (success) {
    // A successful login clears the account's failures; the address keeps its record.
    await db.$transaction([
      db.loginAttempt.deleteMany({ where: { key: k.account, success: false } }),
      db.loginAttempt.create({ data: { key: k.account, success: true } }),
    ]);
    return;
  }
  await db.loginAttempt.createMany({
    data: [
      { key: k.account, success: false },
      { key: k.ip, success: false },
    ],
  });
}
