// What the public account-link pages do, without a session: activation (a new account's first
// password), "Quên mật khẩu" (a reset link by e-mail) and the reset itself. Plain functions of the
// database, called by the server actions in link-actions.ts and by the integration tests.
// Answers never tell whether an account exists: every bad link gets the same refusal, and a reset
// request gets the same sentence, in the same time, for any name.
import type { ActionResult } from "../actions/safe-action";
import { hashPassword } from "../auth/password";
import { LOGIN_WINDOW_MINUTES } from "../auth/login-limit";
import { writeAudit } from "../audit/write";
import type { Db } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/enums";
import { emailConfigured, resetLink, resetMail, sendAccountMail } from "./mail";
import { forgotPasswordSchema, tokenPasswordSchema } from "./password-schemas";
import { consumeAccountToken, issueAccountToken } from "./tokens";

export const LINK_GONE =
  "Liên kết đã được dùng hoặc đã hết hạn. Vui lòng liên hệ Văn phòng HĐND và UBND xã, phường (hoặc quản trị hệ thống) để được cấp liên kết mới.";

export const RESET_REQUEST_ANSWER =
  "Nếu tên đăng nhập hoặc địa chỉ thư này thuộc một tài khoản có địa chỉ thư, một liên kết đặt lại mật khẩu (hiệu lực 30 phút) đã được gửi tới hộp thư của tài khoản đó.";

export const RESET_REQUESTS_PER_ADDRESS = 5;

const invalid = (fieldErrors: Record<string, string[]>): ActionResult<never> => ({
  ok: false,
  code: "VALIDATION",
  message: "Vui lòng kiểm tra các ô được đánh dấu.",
  fieldErrors,
});
const gone: ActionResult<never> = { ok: false, code: "NOT_FOUND", message: LINK_GONE };

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]) {
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[String(i.path[0] ?? "form")] ??= []).push(i.message);
  return out;
}

/**
 * Sets the password through a single-use link: the token is used up in the same transaction
 * (conditionally: of two submissions, one wins), every session of the account ends.
 */
async function setPasswordByLink(
  db: Db,
  raw: unknown,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<ActionResult<{ username: string; sessionsEnded: number }>> {
  const parsed = tokenPasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error.issues));
  // argon2 before the transaction: the token's row is not held while the hash is computed.
  const passwordHash = await hashPassword(parsed.data.password);
  const done = await db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, parsed.data.token, purpose, now);
    if (!userId) return null;
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
    });
    const ended = await tx.userSession.deleteMany({ where: { userId } });
    await writeAudit(tx, {
      communeId: user.communeId,
      actorId: user.id,
      action: purpose === "ACTIVATION" ? "account.activate" : "account.resetForgottenPassword",
      entityType: "User",
      entityId: user.id,
      data: purpose === "ACTIVATION" ? { username: user.username } : { username: user.username, sessionsEnded: ended.count },
    });
    return { username: user.username, sessionsEnded: ended.count };
  });
  return done ? { ok: true, data: done } : gone;
}

export const activateAccount = (db: Db, raw: unknown, now = new Date()) => setPasswordByLink(db, raw, "ACTIVATION", now);
export const resetForgottenPassword = (db: Db, raw: unknown, now = new Date()) => setPasswordByLink(db, raw, "PASSWORD_RESET", now);

/**
 * Counts a reset request of the address in the login-limit table (key "reset:<ip>"); false past the
 * limit. A lock per address makes the count and the insert one step, as for logins.
 */
async function reserveResetRequest(db: Db, ip: string, now: Date): Promise<boolean> {
  const key = `reset:${ip}`;
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    const recent = await tx.loginAttempt.count({ where: { key, createdAt: { gte: since } } });
    if (recent >= RESET_REQUESTS_PER_ADDRESS) return false;
    await tx.loginAttempt.create({ data: { key, success: false } });
    return true;
  });
}

export type ResetRequestAnswer = {
  result: ActionResult<{ message: string }>;
  /**
   * The lookup, the link and the e-mail, to run after the answer has gone (next/server's after()):
   * the answer's time then does not depend on whether the account exists. Null when nothing is to do.
   */
  followUp: (() => Promise<void>) | null;
};

/** "Quên mật khẩu": the same answer for every name; the real work is the follow-up. */
export async function requestPasswordReset(db: Db, raw: unknown, ip: string, now = new Date()): Promise<ResetRequestAnswer> {
  const parsed = forgotPasswordSchema.safeParse(raw);
  if (!parsed.success) return { result: invalid(fieldErrorsOf(parsed.error.issues)), followUp: null };
  if (!emailConfigured()) {
    return { result: { ok: false, code: "UNAVAILABLE", message: "Hệ thống chưa cấu hình gửi thư điện tử." }, followUp: null };
  }
  if (!(await reserveResetRequest(db, ip, now))) {
    return {
      result: {
        ok: false,
        code: "FORBIDDEN",
        message: `Đã có quá nhiều yêu cầu từ máy này. Vui lòng thử lại sau ${LOGIN_WINDOW_MINUTES} phút.`,
      },
      followUp: null,
    };
  }
  const identifier = parsed.data.identifier;
  return {
    result: { ok: true, data: { message: RESET_REQUEST_ANSWER } },
    followUp: async () => {
      await sendResetLink(db, identifier, now).catch((err) =>
        console.error("[accounts] reset link:", err instanceof Error ? err.message : err),
      );
    },
  };
}

/** Finds the account by username or e-mail (only when exactly one active account has it) and mails it a new link. */
export async function sendResetLink(db: Db, identifier: string, now = new Date()): Promise<boolean> {
  const name = identifier.trim().toLowerCase();
  const matches = await db.user.findMany({
    where: { active: true, email: { not: null }, OR: [{ username: name }, { email: { equals: name, mode: "insensitive" } }] },
    select: { id: true, username: true, fullName: true, email: true },
    take: 2,
  });
  const user = matches.length === 1 ? matches[0]! : null;
  if (!user?.email) return false;
  // A new link voids the older unused ones (issueAccountToken).
  const { token, expiresAt } = await db.$transaction((tx) => issueAccountToken(tx, user.id, "PASSWORD_RESET", { now }));
  return sendAccountMail(user.email, resetMail(user, resetLink(token), expiresAt));
}
