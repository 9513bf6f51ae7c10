// "Đổi mật khẩu": the account's own password change, forced after an admin-set password or an
// activation, voluntary from "Tài khoản của tôi". The current password is required (a session left
// open on a shared computer must not be enough), and every other session of the account ends.
import { canManageOwnAccount } from "../auth/permissions";
import { hashPassword, verifyPassword } from "../auth/password";
import { endOtherSessions } from "../auth/user-sessions";
import { defineAction } from "../actions/safe-action";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors";
import { changeOwnPasswordSchema } from "./password-schemas";

export const changeOwnPassword = defineAction({
  name: "account.changePassword",
  scope: "user",
  beforePasswordChange: true,
  schema: changeOwnPasswordSchema,
  permission: canManageOwnAccount,
  async run({ user, input, tx }) {
    const me = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
    if (!(await verifyPassword(me.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", "Mật khẩu hiện tại không đúng.", { currentPassword: ["Mật khẩu hiện tại không đúng"] });
    }
    if (await verifyPassword(me.passwordHash, input.password)) {
      const msg = "Mật khẩu mới phải khác mật khẩu hiện tại";
      throw new AppError("VALIDATION", `${msg}.`, { password: [msg] });
    }
    const now = new Date();
    // Conditional on the hash read above: of two changes at once, the second is refused, not lost.
    const changed = await tx.user.updateMany({
      where: { id: me.id, passwordHash: me.passwordHash },
      data: { passwordHash: await hashPassword(input.password), mustChangePassword: false, passwordChangedAt: now },
    });
    if (changed.count !== 1) throw new AppError("CONFLICT", "Mật khẩu vừa được đổi ở nơi khác. Vui lòng tải lại trang.");
    // Without a session row (a script) nothing is kept: every session ends.
    const sessionsEnded = await endOtherSessions(tx, me.id, user.session?.id ?? "");
    // The user's commune, so that its audit log shows the change (ctx.audit writes none for user actions).
    await writeAudit(tx, {
      communeId: me.communeId,
      actorId: me.id,
      action: "account.changePassword",
      entityType: "User",
      entityId: me.id,
      data: { sessionsEnded },
    });
    return { sessionsEnded };
  },
});
