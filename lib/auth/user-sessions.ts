// Rows of signed-in browsers (UserSession). The JWT alone would stay valid until it expires; the row
// lets signing out and password resets end a session on the server.
import { randomBytes } from "node:crypto";
import type { Db, Tx } from "../db";

/** What the sessions list shows of a sign-in, and whether it passed a second factor. */
export type SessionMeta = { userAgent?: string | null; ipAddress?: string | null; secondFactorAt?: Date | null };

export async function startSession(db: Db, userId: string, maxAgeSeconds: number, meta: SessionMeta = {}): Promise<string> {
  const now = new Date();
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    // Old rows of this account go when it signs in again, so the table stays small without a job.
    db.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } }),
    db.userSession.create({
      data: {
        id,
        userId,
        expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
        lastSeenAt: now,
        userAgent: meta.userAgent?.slice(0, 400) ?? null,
        ipAddress: meta.ipAddress ?? null,
        secondFactorAt: meta.secondFactorAt ?? null,
      },
    }),
  ]);
  return id;
}

export async function endSession(db: Db, sid: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sid } });
}

/** Every session of an account (password reset, deactivation). */
export async function endAllSessions(tx: Tx | Db, userId: string): Promise<void> {
  await tx.userSession.deleteMany({ where: { userId } });
}

/** Every other session of an account (a password change ends them; the one in use stays). */
export async function endOtherSessions(tx: Tx | Db, userId: string, keepSessionId: string): Promise<number> {
  const ended = await tx.userSession.deleteMany({ where: { userId, id: { not: keepSessionId } } });
  return ended.count;
}
