// Single-use links for one account: activation (a new account's first password, 7 days) and
// "Quên mật khẩu" (30 minutes). Only the SHA-256 of a token is stored, so the database (or its
// backup) cannot be used to take over an account; issuing a new link voids the account's earlier
// unused ones of the same purpose.
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/enums";

export const TOKEN_LIFETIME_MINUTES: Record<AccountTokenPurpose, number> = {
  ACTIVATION: 7 * 24 * 60,
  PASSWORD_RESET: 30,
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token's shape (base64url of 32 bytes): anything else is no token, answered without a query. */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** Creates the link's token (returned once: put it in the e-mail or the printed list). */
export async function issueAccountToken(
  tx: Tx,
  userId: string,
  purpose: AccountTokenPurpose,
  opts: { createdById?: string | null; now?: Date } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const now = opts.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000);
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.create({
    data: { tokenHash: hashToken(token), userId, purpose, expiresAt, createdById: opts.createdById ?? null },
  });
  return { token, expiresAt };
}

/** The account a valid, unused, unexpired token opens (without using it): for the page that asks for the new password. */
export async function peekAccountToken(db: Db | Tx, token: string, purpose: AccountTokenPurpose, now = new Date()) {
  if (!isTokenShaped(token)) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, username: true, fullName: true, active: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return row.user;
}

/**
 * Uses the token (conditionally: of two requests with the same link, one wins) and returns its
 * account's id, or null when it is unknown, used, expired, of another purpose or of a locked account.
 */
export async function consumeAccountToken(tx: Tx, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<string | null> {
  const user = await peekAccountToken(tx, token, purpose, now);
  if (!user) return null;
  const used = await tx.accountToken.updateMany({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return used.count === 1 ? user.id : null;
}
