// The two sign-in steps before next-auth starts a session. Step 1 (beginSignIn) checks the password
// under the login limit and answers with a short-lived signed ticket (lib/accounts/sign-in-ticket.ts),
// never a session: "done" (no second factor, none due), "code" (an authenticator is enrolled) or
// "enrol" (enrolment is due now: the ticket carries a new sealed secret). The enrolment's first code
// is checked here (confirmEnrolment); every other code is checked by authorize() (lib/auth/authorize.ts)
// as the session starts. Plain functions of a database and an address, so the integration tests call
// them as the server actions (lib/auth/sign-in-actions.ts) do.
import { z } from "zod";
import type { Db } from "../db";
import { env } from "../env";
import { writeAudit } from "../audit/write";
import { loadFactorPolicy } from "../accounts/policy";
import { mustEnrolNow } from "../accounts/second-factor";
import { issueSignInTicket, readSignInTicket } from "../accounts/sign-in-ticket";
import { matchTotp, newTotpSecret, openTotpSecret, replaceRecoveryCodes, sealTotpSecret, totpQrSvg, totpUri } from "../accounts/totp";
import { markLoginSucceeded, reserveLoginAttempt } from "./login-limit";
import { DUMMY_HASH, verifyPassword } from "./password";

/** Codes the login form turns into Vietnamese messages (components/auth/login-form.tsx). */
export const LOGIN_ERROR = {
  invalid: "CredentialsSignin",
  blocked: "TooManyAttempts",
  /** A wrong authenticator or recovery code (the ticket stays valid: the person may try again). */
  wrongCode: "WrongCode",
  /** The account has (or must enrol) a second factor: a password alone does not sign it in. */
  factorRequired: "SecondFactorRequired",
} as const;

export type Refusal = (typeof LOGIN_ERROR)[keyof typeof LOGIN_ERROR];

export const loginLimits = () => ({ perAccount: env().LOGIN_MAX_FAILURES_PER_ACCOUNT, perIp: env().LOGIN_MAX_FAILURES_PER_IP });

export const passwordStepSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type SignInStep =
  | { kind: "done"; ticket: string }
  | { kind: "code"; ticket: string }
  | { kind: "enrol"; ticket: string; secret: string; qrSvg: string }
  | { kind: "refused"; error: Refusal };

/** What the account needs besides its password: nothing, a code, or an enrolment now. */
export async function factorStage(db: Db, user: Parameters<typeof mustEnrolNow>[0], now: Date): Promise<"none" | "code" | "enrol"> {
  if (user.totpEnabledAt) return "code";
  return mustEnrolNow(user, await loadFactorPolicy(db), now) ? "enrol" : "none";
}

/**
 * Step 1: the login limit, then the password (an unknown or locked account costs the same argon2id
 * check as a wrong password), then the ticket for the next step.
 */
export async function beginSignIn(db: Db, input: unknown, ip: string, now = new Date()): Promise<SignInStep> {
  const parsed = passwordStepSchema.safeParse(input);
  if (!parsed.success) return { kind: "refused", error: LOGIN_ERROR.invalid };
  const { username, password } = parsed.data;
  const attempt = await reserveLoginAttempt(db, username, ip, loginLimits());
  if (!attempt) return { kind: "refused", error: LOGIN_ERROR.blocked };
  const user = await db.user.findUnique({ where: { username: username.toLowerCase() } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !passwordOk) return { kind: "refused", error: LOGIN_ERROR.invalid };
  await markLoginSucceeded(db, attempt);

  const stage = await factorStage(db, user, now);
  if (stage === "none") return { kind: "done", ticket: await issueSignInTicket(db, user.id, { factorOk: true }, now) };
  if (stage === "code") return { kind: "code", ticket: await issueSignInTicket(db, user.id, {}, now) };
  const secret = newTotpSecret();
  const ticket = await issueSignInTicket(db, user.id, { enrolSecret: sealTotpSecret(secret) }, now);
  return { kind: "enrol", ticket, secret, qrSvg: await totpQrSvg(totpUri(user.username, secret)) };
}

export const enrolStepSchema = z.object({ ticket: z.string().min(1).max(200), code: z.string().trim().min(1).max(40) });

export type EnrolResult =
  | { ok: true; recoveryCodes: string[] }
  /** "expired": the ticket is no longer good (start again from the password). */
  | { ok: false; error: typeof LOGIN_ERROR.wrongCode | typeof LOGIN_ERROR.blocked | "expired" };

/**
 * Enrolment at sign-in: the first code from the new authenticator, checked against the ticket's
 * secret under the login limit. Right: the secret becomes the account's (its step recorded, so the
 * same code cannot sign in again), ten recovery codes are made (returned once), and the ticket counts
 * as having passed the second factor.
 */
export async function confirmEnrolment(db: Db, input: unknown, ip: string, now = new Date()): Promise<EnrolResult> {
  const parsed = enrolStepSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "expired" };
  const row = await readSignInTicket(db, parsed.data.ticket, now);
  if (!row || row.factorOk || !row.enrolSecret) return { ok: false, error: "expired" };
  const user = await db.user.findUnique({ where: { id: row.userId } });
  const secret = openTotpSecret(row.enrolSecret);
  if (!user || !user.active || !secret) return { ok: false, error: "expired" };

  const attempt = await reserveLoginAttempt(db, user.username, ip, loginLimits());
  if (!attempt) return { ok: false, error: LOGIN_ERROR.blocked };
  const step = await matchTotp(secret, parsed.data.code, null, now);
  if (step === null) return { ok: false, error: LOGIN_ERROR.wrongCode };

  const codes = await db.$transaction(async (tx) => {
    // Conditional on the ticket still holding this enrolment: of two confirmations, one wins.
    const passed = await tx.signInTicket.updateMany({
      where: { id: row.id, factorOk: false, usedAt: null, enrolSecret: row.enrolSecret, expiresAt: { gt: now } },
      data: { factorOk: true, enrolSecret: null },
    });
    if (passed.count !== 1) return null;
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: row.enrolSecret, totpEnabledAt: now, totpLastStep: step, secondFactorResetAt: null },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await writeAudit(tx, {
      communeId: user.communeId,
      actorId: user.id,
      action: "account.enableTwoFactor",
      entityType: "User",
      entityId: user.id,
      data: { via: "Đăng nhập" },
    });
    return recoveryCodes;
  });
  if (!codes) return { ok: false, error: "expired" };
  await markLoginSucceeded(db, attempt);
  return { ok: true, recoveryCodes: codes };
}
