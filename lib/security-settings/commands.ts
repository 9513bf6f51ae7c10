// The portal's two-factor grace (SystemSettings.twoFactorGraceDays): how many days an account of a
// role that requires a second factor has, from the rule's start or its creation, before enrolment is
// asked at sign-in. A change applies at once to every account that has not enrolled.
import { defineAction } from "../actions/safe-action";
import { loadFactorPolicy } from "../accounts/policy";
import { canManageTenants } from "../auth/permissions";
import { AppError } from "../errors";
import { graceSchema } from "./schemas";

export const setTwoFactorGrace = defineAction({
  name: "securitySettings.setGrace",
  scope: "user",
  schema: graceSchema,
  permission: canManageTenants,
  async run(ctx) {
    const { input, tx } = ctx;
    const before = (await loadFactorPolicy(tx)).twoFactorGraceDays;
    if (before === input.graceDays) return { graceDays: before, changed: false };
    // Conditional on the value read: of two admins saving at once, the second is told to look again.
    const saved = await tx.systemSettings.updateMany({
      where: { id: 1, twoFactorGraceDays: before },
      data: { twoFactorGraceDays: input.graceDays },
    });
    if (saved.count !== 1) throw new AppError("CONFLICT", "Thời hạn vừa được người khác thay đổi. Hãy tải lại trang rồi lưu lại.");
    await ctx.audit(
      "tenants.setTwoFactorGrace",
      { type: "SystemSettings", id: "1" },
      { before: { graceDays: before }, after: { graceDays: input.graceDays } },
    );
    return { graceDays: input.graceDays, changed: true };
  },
});
