// "Tài khoản của tôi": what an account does to itself (profile, sessions, second factor). Every
// action is user-scoped (canManageOwnAccount) and touches only the signed-in account's own rows; the
// audit line carries the account's commune so that the commune's log shows it.
import { getDb, type Tx } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { defineAction } from "../actions/safe-action";
import { canManageOwnAccount, type Viewer } from "../auth/permissions";
import { markLoginSucceeded, reserveLoginAttempt } from "../auth/login-limit";
import { endOtherSessions as endOtherSessionRows } from "../auth/user-sessions";
import type { AuditAction } from "../audit/labels";
import { writeAudit } from "../audit/write";
import type { Prisma } from "../generated/prisma/client";
import { describeDevice } from "./device";
import { secondFactorRequired } from "./second-factor";
import { open, seal } from "./secret-box";
import { acceptSecondFactor, matchTotp, RECOVERY_CODE_COUNT, replaceRecoveryCodes, sealTotpSecret } from "./totp";
import { codeOnlySchema, enableTwoFactorSchema, endOtherSessionsSchema, endOwnSessionSchema, ownProfileSchema } from "./own-schemas";

export const OWN_ACCOUNT_VIA = "Tài khoản của tôi";

function ownAudit(tx: Tx, user: Viewer, action: AuditAction, data: Prisma.InputJsonValue) {
  return writeAudit(tx, { communeId: user.communeId, actorId: user.id, action, entityType: "User", entityId: user.id, data });
}

/**
 * The setup page's pending secret travels to the browser and back sealed, bound to the account:
 * nothing is saved before the first right code, and a sealed secret of another account is refused.
 */
export function sealPendingSecret(userId: string, secret: string): string {
  return seal(JSON.stringify({ u: userId, s: secret }));
}

export function openPendingSecret(userId: string, sealed: string): string | null {
  const plain = open(sealed);
  if (!plain) return null;
  try {
    const v = JSON.parse(plain) as { u?: unknown; s?: unknown };
    return v.u === userId && typeof v.s === "string" ? v.s : null;
  } catch {
    return null;
  }
}

/**
 * Runs `check` as one attempt of the account's login limit: a refused code stays counted after the
 * action rolls back (the limit has its own connection), a right one is marked a success.
 */
async function withinLoginLimit<T>(userId: string, check: () => Promise<T | null>): Promise<T> {
  const db = getDb();
  const e = env();
  const account = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true } });
  const ticket = await reserveLoginAttempt(db, account.username, `step-up:${userId}`, {
    perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perIp: e.LOGIN_MAX_FAILURES_PER_IP,
  });
  if (!ticket) throw new AppError("FORBIDDEN", "Bạn đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau 15 phút.");
  const result = await check();
  if (result === null) {
    throw new AppError("VALIDATION", "Mã xác thực không đúng hoặc đã được dùng.", { code: ["Mã không đúng"] });
  }
  await markLoginSucceeded(db, ticket);
  return result;
}

/** A current code of the enrolled account (TOTP, replay-safe, or one recovery code). */
async function requireCurrentCode(user: Viewer, code: string) {
  await withinLoginLimit(user.id, async () => (await acceptSecondFactor(getDb(), user.id, code)) ?? null);
}

async function enrolled(tx: Tx, userId: string) {
  const me = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true, role: true } });
  if (!me.totpEnabledAt) throw new AppError("CONFLICT", "Tài khoản chưa bật xác thực hai bước.");
  return me;
}

export const updateOwnProfile = defineAction({
  name: "account.updateProfile",
  scope: "user",
  schema: ownProfileSchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { fullName: true, officialName: true, jobTitle: true },
    });
    await tx.user.update({ where: { id: user.id }, data: input });
    await ownAudit(tx, user, "account.updateProfile", { before, after: input });
    return input;
  },
});

export const endOwnSession = defineAction({
  name: "account.endSession",
  scope: "user",
  schema: endOwnSessionSchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    if (input.sessionId === user.session?.id) {
      throw new AppError("VALIDATION", "Đây là phiên anh/chị đang dùng: hãy bấm “Đăng xuất” để kết thúc.");
    }
    // Another account's session is "not found", as a missing one.
    const row = await tx.userSession.findFirst({ where: { id: input.sessionId, userId: user.id }, select: { userAgent: true } });
    if (!row) throw new AppError("NOT_FOUND", "Phiên đăng nhập không còn (đã kết thúc hoặc hết hạn).");
    const ended = await tx.userSession.deleteMany({ where: { id: input.sessionId, userId: user.id } });
    const device = describeDevice(row.userAgent);
    await ownAudit(tx, user, "account.endSession", { device, sessionsEnded: ended.count });
    return { sessionsEnded: ended.count, device };
  },
});

export const endOtherSessions = defineAction({
  name: "account.endOtherSessions",
  scope: "user",
  schema: endOtherSessionsSchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    if (!user.session) throw new AppError("FORBIDDEN", "Chỉ làm được từ một phiên đăng nhập trên trình duyệt.");
    if (input.currentSessionId !== user.session.id) {
      throw new AppError("VALIDATION", "Trang này mở từ một phiên đăng nhập khác. Vui lòng tải lại trang rồi thử lại.");
    }
    const sessionsEnded = await endOtherSessionRows(tx, user.id, user.session.id);
    await ownAudit(tx, user, "account.endSession", { sessionsEnded });
    return { sessionsEnded };
  },
});

/**
 * The first right code turns the second factor on: the secret is stored sealed, the code's step is
 * recorded (it cannot be used again), ten recovery codes are made and returned once, the current
 * session counts as checked and the account's other sessions end.
 */
export const enableTwoFactor = defineAction({
  name: "account.enableTwoFactor",
  scope: "user",
  schema: enableTwoFactorSchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    const secret = openPendingSecret(user.id, input.pendingSecret);
    if (!secret) throw new AppError("VALIDATION", "Mã QR đã cũ hoặc không hợp lệ: hãy tải lại trang và quét mã mới.");
    const now = new Date();
    const step = await withinLoginLimit(user.id, () => matchTotp(secret, input.code, null, now));
    const saved = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null },
      data: { totpSecret: sealTotpSecret(secret), totpEnabledAt: now, totpLastStep: step, secondFactorResetAt: null },
    });
    if (saved.count === 0) throw new AppError("CONFLICT", "Xác thực hai bước đã được bật (có thể từ một cửa sổ khác).");
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    if (user.session) await tx.userSession.updateMany({ where: { id: user.session.id, userId: user.id }, data: { secondFactorAt: now } });
    // Every other session was opened with the password alone, which may be what the owner no longer
    // trusts: they end, and the next sign-in there asks for a code (as a password change does).
    const sessionsEnded = await endOtherSessionRows(tx, user.id, user.session?.id ?? "");
    await ownAudit(tx, user, "account.enableTwoFactor", { via: OWN_ACCOUNT_VIA, sessionsEnded });
    return { recoveryCodes, sessionsEnded };
  },
});

/** Ten new recovery codes (the old ones stop working), after a current code. */
export const newRecoveryCodes = defineAction({
  name: "account.newRecoveryCodes",
  scope: "user",
  schema: codeOnlySchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    await enrolled(tx, user.id);
    await requireCurrentCode(user, input.code);
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await ownAudit(tx, user, "account.newRecoveryCodes", { recoveryCodes: RECOVERY_CODE_COUNT });
    return { recoveryCodes };
  },
});

/** Turns the second factor off, only where the role does not require it (unit staff), after a current code. */
export const disableTwoFactor = defineAction({
  name: "account.disableTwoFactor",
  scope: "user",
  schema: codeOnlySchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    const me = await enrolled(tx, user.id);
    if (secondFactorRequired(me.role)) {
      throw new AppError("FORBIDDEN", "Vai trò của anh/chị bắt buộc xác thực hai bước: không tắt được.");
    }
    await requireCurrentCode(user, input.code);
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await ownAudit(tx, user, "account.disableTwoFactor", { via: OWN_ACCOUNT_VIA });
    return { disabled: true };
  },
});
