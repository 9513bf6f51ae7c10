// The "password ok" state between the two sign-in steps. It is not a session: a random id signed
// with an HMAC of NEXTAUTH_SECRET, stored with its account, valid 5 minutes, and accepted by
// nothing but the second step (lib/auth/authorize.ts), which uses it up when a session starts.
// Wrong codes do not use it up (the login limit counts them), so a typo costs one attempt, not the
// whole sign-in.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db, Tx } from "../db";
import { env } from "../env";

export const TICKET_MINUTES = 5;

function sign(id: string, secret = env().NEXTAUTH_SECRET): string {
  return createHmac("sha256", secret).update(`sign-in-ticket:${id}`).digest("base64url");
}

export type TicketState = { factorOk?: boolean; enrolSecret?: string | null };

/** A new ticket for the account: "<id>.<signature>". */
export async function issueSignInTicket(db: Db | Tx, userId: string, state: TicketState = {}, now = new Date()): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await db.signInTicket.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  await db.signInTicket.create({
    data: {
      id,
      userId,
      factorOk: state.factorOk ?? false,
      enrolSecret: state.enrolSecret ?? null,
      expiresAt: new Date(now.getTime() + TICKET_MINUTES * 60_000),
    },
  });
  return `${id}.${sign(id)}`;
}

/** The ticket's row when its signature is right and it is unused and unexpired; null otherwise. */
export async function readSignInTicket(db: Db | Tx, ticket: string, now = new Date()) {
  const [id, signature] = ticket.split(".");
  if (!id || !signature || id.length > 64) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const row = await db.signInTicket.findUnique({ where: { id } });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return row;
}

/** Marks the ticket as passed the second factor (after a right code or an enrolment). */
export async function passSecondFactor(db: Db | Tx, id: string): Promise<void> {
  await db.signInTicket.update({ where: { id }, data: { factorOk: true, enrolSecret: null } });
}

/** Uses the ticket up as its session starts; false when another request used it first. */
export async function useSignInTicket(db: Db | Tx, id: string, now = new Date()): Promise<boolean> {
  const used = await db.signInTicket.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return used.count === 1;
}
