// Signing an official report (and any later act of the same weight) needs a second-factor check
// of less than 12 hours on the session that asks. Without one, the action takes a code in its
// input: right, and the session is stamped for the next 12 hours; missing or wrong, the action is
// refused and writes nothing. Wrong codes count against the account's login limit, so the step-up
// is no way around it.
import { getDb, type Tx } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import type { Viewer } from "../auth/permissions";
import { markLoginSucceeded, reserveLoginAttempt } from "../auth/login-limit";
import { factorIsFresh } from "./second-factor";
import { acceptSecondFactor } from "./totp";

/** The field a step-up form sends the code in, and the detail a refusal sets so the form asks for it. */
export const STEP_UP_FIELD = "secondFactorCode";
export const STEP_UP_DETAIL = "secondFactorNeeded";

export async function requireFreshSecondFactor(tx: Tx, user: Viewer, code: string | null | undefined, now = new Date()): Promise<void> {
  if (factorIsFresh(user.session?.secondFactorAt, now)) return;
  const account = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { username: true, totpEnabledAt: true } });
  if (!account.totpEnabledAt) {
    throw new AppError(
      "FORBIDDEN",
      "Ký phát hành báo cáo cần xác thực hai bước. Vui lòng bật xác thực hai bước trong “Tài khoản của tôi” rồi ký lại.",
      undefined,
      { [STEP_UP_DETAIL]: "enrol" },
    );
  }
  const typed = code?.trim();
  if (!typed) {
    throw new AppError(
      "VALIDATION",
      "Nhập mã xác thực từ ứng dụng trên điện thoại để ký.",
      { [STEP_UP_FIELD]: ["Nhập mã 6 số"] },
      { [STEP_UP_DETAIL]: "code" },
    );
  }
  // The limit's own transaction (not the action's): a refused code is still counted after the
  // action rolls back.
  const db = getDb();
  const e = env();
  // The address key is the account's own too (actions do not see the client address).
  const ticket = await reserveLoginAttempt(db, account.username, `step-up:${user.id}`, {
    perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perIp: e.LOGIN_MAX_FAILURES_PER_IP,
  });
  if (!ticket) throw new AppError("FORBIDDEN", "Bạn đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau 15 phút.");
  // Checked on the limit's connection too: the accepted step is recorded even if the action fails later.
  const kind = await acceptSecondFactor(db, user.id, typed, now);
  if (!kind) {
    throw new AppError(
      "VALIDATION",
      "Mã xác thực không đúng hoặc đã được dùng.",
      { [STEP_UP_FIELD]: ["Mã không đúng"] },
      { [STEP_UP_DETAIL]: "code" },
    );
  }
  await markLoginSucceeded(db, ticket);
  if (user.session) await tx.userSession.updateMany({ where: { id: user.session.id }, data: { secondFactorAt: now } });
}
