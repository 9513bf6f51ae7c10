// The check behind next-auth's authorize, where a session starts. Two shapes of credentials:
// - { ticket, code? }: the ticket of the password step (lib/auth/sign-in.ts). A ticket that has not
//   passed the second factor needs a code (under the login limit; a TOTP code is accepted once, a
//   recovery code is used up). The ticket is used up as the session starts.
// - { username, password }: only for accounts with no enrolled second factor and none due (tests,
//   scripts); an account with a second factor gets null here, whatever the password.
import { z } from "zod";
import { getDb } from "../db";
import { env } from "../env";
import { acceptSecondFactor } from "../accounts/totp";
import { readSignInTicket, useSignInTicket as spendSignInTicket } from "../accounts/sign-in-ticket";
import { clientAddress } from "./client-address";
import { markLoginSucceeded, reserveLoginAttempt } from "./login-limit";
import { DUMMY_HASH, verifyPassword } from "./password";
import { factorStage, LOGIN_ERROR, loginLimits } from "./sign-in";
import { startSession } from "./user-sessions";

export { LOGIN_ERROR } from "./sign-in";

const passwordSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

const ticketSchema = z.object({
  ticket: z.string().min(1).max(200),
  code: z.string().trim().max(40).optional(),
});

export type AuthorizedUser = { id: string; name: string; sid: string };

type Headers = Record<string, string | string[] | undefined>;

const userAgentOf = (headers: Headers) => {
  const ua = headers["user-agent"];
  return (Array.isArray(ua) ? ua.join(" ") : ua) ?? null;
};

/** The signed-in user, null when refused; throws LOGIN_ERROR.blocked past the limits, LOGIN_ERROR.wrongCode for a wrong code. */
export async function authorizeCredentials(credentials: unknown, headers: Headers, sessionSeconds: number): Promise<AuthorizedUser | null> {
  const withTicket = ticketSchema.safeParse(credentials);
  if (withTicket.success && withTicket.data.ticket) return authorizeTicket(withTicket.data, headers, sessionSeconds);
  return authorizePassword(credentials, headers, sessionSeconds);
}

async function authorizePassword(credentials: unknown, headers: Headers, sessionSeconds: number): Promise<AuthorizedUser | null> {
  const parsed = passwordSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const db = getDb();
  const ip = clientAddress(headers, env().TRUSTED_PROXIES);
  const attempt = await reserveLoginAttempt(db, username, ip, loginLimits());
  if (!attempt) throw new Error(LOGIN_ERROR.blocked);

  const user = await db.user.findUnique({ where: { username: username.toLowerCase() } });
  // Unknown and deactivated accounts cost the same argon2id verification as a wrong password.
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !passwordOk) return null;
  await markLoginSucceeded(db, attempt);
  // A password alone is not enough for an account with a second factor, or one that must enrol now.
  const now = new Date();
  if ((await factorStage(db, user, now)) !== "none") return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  const sid = await startSession(db, user.id, sessionSeconds, { userAgent: userAgentOf(headers), ipAddress: ip });
  return { id: user.id, name: user.fullName, sid };
}

async function authorizeTicket(
  input: z.output<typeof ticketSchema>,
  headers: Headers,
  sessionSeconds: number,
): Promise<AuthorizedUser | null> {
  const db = getDb();
  const now = new Date();
  // Forged, expired or used tickets get nothing: the second step is unreachable without the first.
  const row = await readSignInTicket(db, input.ticket, now);
  if (!row) return null;
  const user = await db.user.findUnique({ where: { id: row.userId } });
  if (!user || !user.active) return null;
  const ip = clientAddress(headers, env().TRUSTED_PROXIES);

  let factorAt: Date | null = null;
  if (!row.factorOk) {
    // An enrolment in progress is finished by its own step (confirmEnrolment), not here.
    if (row.enrolSecret || !input.code) return null;
    // The same limit as passwords, on the same keys: five wrong codes lock the account for the window.
    const attempt = await reserveLoginAttempt(db, user.username, ip, loginLimits());
    if (!attempt) throw new Error(LOGIN_ERROR.blocked);
    if (!(await acceptSecondFactor(db, user.id, input.code, now))) throw new Error(LOGIN_ERROR.wrongCode);
    await markLoginSucceeded(db, attempt);
    factorAt = now;
  } else if (user.totpEnabledAt) {
    // A ticket without a code that passed the factor: only an enrolment in this sign-in does that
    // ("done" tickets are issued to accounts without an authenticator).
    if (user.totpEnabledAt < row.createdAt) return null;
    factorAt = user.totpEnabledAt;
  } else if ((await factorStage(db, user, now)) !== "none") {
    // Enrolment became due (a reset) since the password step.
    return null;
  }

  if (!(await spendSignInTicket(db, row.id, now))) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  const sid = await startSession(db, user.id, sessionSeconds, { userAgent: userAgentOf(headers), ipAddress: ip, secondFactorAt: factorAt });
  return { id: user.id, name: user.fullName, sid };
}
