// Quản trị → Tài khoản cấp tỉnh, quản trị: the PROVINCE and ADMIN accounts, kept by the system
// administrator. Commune accounts (CHAIR, COORDINATOR, UNIT_STAFF) are their commune's to manage
// (lib/admin): an id of one is "not found" here, so this page cannot be used to reach around it.
import { randomBytes } from "node:crypto";
import type { Tx } from "../db";
import { defineAction, notFound, type Audit } from "../actions/safe-action";
import { issueActivationLink, resetSecondFactor, setAssignedPassword } from "../accounts/admin-ops";
import { canManageTenants, isAdminRole, roleBelongsToProvince } from "../auth/permissions";
import { generatePassword, hashPassword } from "../auth/password";
import { endAllSessions } from "../auth/user-sessions";
import { AppError } from "../errors";
import { activationDelivery, type PendingActivation } from "./delivery";
import { SYSTEM_ROLES, accountIdSchema, createAccountSchema, updateAccountSchema } from "./schemas";

const accountSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  provinceId: true,
  provinceCoordinator: true,
  email: true,
  phone: true,
  active: true,
} as const;

/** A province or admin account; anything else (a commune's account, no account) is "not found". */
async function systemAccount(tx: Tx, userId: string) {
  const target = await tx.user.findFirst({ where: { id: userId, role: { in: [...SYSTEM_ROLES] } }, select: accountSelect });
  if (!target) notFound();
  return target;
}

async function checkProvince(tx: Tx, provinceId: string | null) {
  if (!provinceId) return;
  const province = await tx.unit.findFirst({ where: { id: provinceId, kind: "PROVINCE" }, select: { id: true } });
  if (!province) throw new AppError("VALIDATION", "Tỉnh, thành phố không tồn tại.", { provinceId: ["Chọn một tỉnh, thành phố"] });
}

/**
 * Refuses a change that would leave the portal without an active admin. The active admins' rows are
 * locked first, so that two admins disabling each other at the same moment cannot both succeed.
 */
async function keepOneAdmin(tx: Tx, leavingId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
  if (!admins.some((a) => a.id !== leavingId)) {
    throw new AppError(
      "CONFLICT",
      "Đây là tài khoản quản trị cuối cùng đang hoạt động: hãy tạo hoặc mở lại một tài khoản quản trị khác trước.",
    );
  }
}

export type CreatedAccount = { id: string; username: string; activation: PendingActivation | null };

export const createSystemAccount = defineAction({
  name: "systemAccounts.create",
  scope: "user",
  schema: createAccountSchema,
  permission: canManageTenants,
  async run(ctx): Promise<CreatedAccount> {
    const { input, tx } = ctx;
    await checkProvince(tx, input.provinceId);
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("DUPLICATE", "Tên đăng nhập đã được sử dụng.", { username: ["Tên đăng nhập đã được sử dụng"] });
    }
    const created = await tx.user.create({
      data: {
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        provinceId: roleBelongsToProvince(input.role) ? input.provinceId : null,
        provinceCoordinator: roleBelongsToProvince(input.role) && input.provinceCoordinator,
        email: input.email,
        phone: input.phone,
        // Nobody knows this password: the account opens with the activation link or the password below.
        passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
      },
    });
    await ctx.audit(
      "tenants.createAccount",
      { type: "User", id: created.id },
      { username: created.username, fullName: created.fullName, role: created.role, provinceId: created.provinceId, email: created.email },
    );
    // A password typed while the link was chosen is dropped, never stored.
    if (input.firstPassword === "PASSWORD") {
      await setAssignedPassword(tx, created.id, input.password ?? "");
      return { id: created.id, username: created.username, activation: null };
    }
    const activation = await issueActivation(ctx, created);
    return { id: created.id, username: created.username, activation };
  },
});

/** A new activation link, audited with how it will reach the person (e-mailed after commit, or printed). */
async function issueActivation(
  ctx: { tx: Tx; user: { id: string }; audit: Audit },
  account: { id: string; username: string; fullName: string; email: string | null },
): Promise<PendingActivation> {
  const { link, expiresAt } = await issueActivationLink(ctx.tx, account.id, ctx.user.id);
  const delivery = activationDelivery(account.email);
  await ctx.audit("users.issueActivation", { type: "User", id: account.id }, { username: account.username, delivery });
  return { username: account.username, fullName: account.fullName, email: account.email, delivery, link, expiresAt };
}

export const updateSystemAccount = defineAction({
  name: "systemAccounts.update",
  scope: "user",
  schema: updateAccountSchema,
  permission: canManageTenants,
  async run(ctx) {
    const { input, tx, user } = ctx;
    const before = await systemAccount(tx, input.userId);
    await checkProvince(tx, input.provinceId);
    const demoted = isAdminRole(before.role) && !isAdminRole(input.role);
    const disabled = before.active && !input.active;
    if (before.id === user.id && (disabled || demoted)) {
      throw new AppError("VALIDATION", "Bạn không thể tự khóa hoặc đổi vai trò của chính mình.");
    }
    if (isAdminRole(before.role) && before.active && (disabled || demoted)) await keepOneAdmin(tx, before.id);
    const after = {
      fullName: input.fullName,
      role: input.role,
      provinceId: roleBelongsToProvince(input.role) ? input.provinceId : null,
      provinceCoordinator: roleBelongsToProvince(input.role) && input.provinceCoordinator,
      email: input.email,
      phone: input.phone,
      active: input.active,
    };
    await tx.user.update({ where: { id: before.id }, data: after });
    // A locked account, or one whose role or province changed, signs in again to get its new rights.
    if (disabled || before.role !== after.role || before.provinceId !== after.provinceId) await endAllSessions(tx, before.id);
    const { id: _id, username: _u, ...was } = before;
    await ctx.audit("tenants.updateAccount", { type: "User", id: before.id }, { before: was, after });
    return { id: before.id };
  },
});

/** A generated password, shown once to the admin; the person must choose their own at the next sign-in. */
export const resetSystemAccountPassword = defineAction({
  name: "systemAccounts.resetPassword",
  scope: "user",
  schema: accountIdSchema,
  permission: canManageTenants,
  async run(ctx) {
    const { input, tx, user } = ctx;
    const target = await systemAccount(tx, input.userId);
    if (target.id === user.id) throw new AppError("VALIDATION", "Đổi mật khẩu của chính bạn ở trang Tài khoản của tôi.");
    const password = generatePassword();
    await setAssignedPassword(tx, target.id, password);
    await ctx.audit("users.resetPassword", { type: "User", id: target.id }, { username: target.username });
    return { username: target.username, password };
  },
});

/** Removes the account's authenticator and recovery codes: it enrols again at its next sign-in. */
export const resetSystemAccountSecondFactor = defineAction({
  name: "systemAccounts.resetSecondFactor",
  scope: "user",
  schema: accountIdSchema,
  permission: canManageTenants,
  async run(ctx) {
    const { input, tx, user } = ctx;
    const target = await systemAccount(tx, input.userId);
    if (target.id === user.id) throw new AppError("VALIDATION", "Xác thực hai bước của chính bạn được quản lý ở trang Tài khoản của tôi.");
    await resetSecondFactor(tx, target.id);
    await ctx.audit("users.resetTwoFactor", { type: "User", id: target.id }, { username: target.username });
    return { username: target.username };
  },
});

/** A new activation link (earlier unused ones stop working), e-mailed after commit or shown once. */
export const issueSystemAccountActivation = defineAction({
  name: "systemAccounts.issueActivation",
  scope: "user",
  schema: accountIdSchema,
  permission: canManageTenants,
  async run(ctx): Promise<PendingActivation> {
    const { input, tx, user } = ctx;
    const target = await systemAccount(tx, input.userId);
    if (target.id === user.id) throw new AppError("VALIDATION", "Bạn đang dùng tài khoản này: đổi mật khẩu ở trang Tài khoản của tôi.");
    if (!target.active) throw new AppError("VALIDATION", "Tài khoản đang bị khóa: mở lại tài khoản trước khi cấp liên kết kích hoạt.");
    return issueActivation(ctx, target);
  },
});
