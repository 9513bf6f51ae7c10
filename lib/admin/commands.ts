// Administration of a commune's units and users. The action wrapper has loaded the commune and
// checked the named permission (canManageUnits, canManageUsers) before any of these runs.
import type { Tx } from "../db";
import { defineAction, notFound } from "../actions/safe-action";
import { syncBuiltinGroups } from "../units/groups";
import { assignableRoles, canManageUnits, canManageUsers, canResetSecondFactor, type Viewer } from "../auth/permissions";
import { generatePassword, hashPassword } from "../auth/password";
import { endAllSessions } from "../auth/user-sessions";
import { issueActivationLink, resetSecondFactor, setAssignedPassword } from "../accounts/admin-ops";
import { emailConfigured } from "../accounts/mail";
import { AppError } from "../errors";
import { createUnitSchema, createUserSchema, resetPasswordSchema, updateUnitSchema, updateUserSchema, userRefSchema } from "./schemas";

async function unitOfCommune(tx: Tx, communeId: string, unitId: string) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } } });
  if (!unit) throw new AppError("VALIDATION", "Đơn vị không thuộc xã/phường này.", { unitId: ["Chọn một đơn vị của xã/phường"] });
  return unit;
}

function checkRole(user: Viewer, role: string) {
  if (!(assignableRoles(user) as string[]).includes(role)) throw new AppError("FORBIDDEN", "Bạn không được gán vai trò này.");
}

export const createUnit = defineAction({
  name: "units.create",
  schema: createUnitSchema,
  permission: canManageUnits,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const count = await tx.unit.count({ where: { communeId: c.communeId } });
    const unit = await tx.unit.create({
      data: {
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        parentId: c.communeId,
        communeId: c.communeId,
        provinceId: c.provinceId,
        sortOrder: count,
      },
    });
    await syncBuiltinGroups(tx, c.communeId); // a new office joins "các phòng chuyên môn"
    await ctx.audit("units.create", { type: "Unit", id: unit.id }, { name: unit.name });
    return { id: unit.id };
  },
});

export const updateUnit = defineAction({
  name: "units.update",
  schema: updateUnitSchema,
  permission: canManageUnits,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const before = await unitOfCommune(tx, c.communeId, input.unitId);
    await tx.unit.update({
      where: { id: before.id },
      data: { name: input.name, shortName: input.shortName, kind: input.kind, active: input.active },
    });
    await syncBuiltinGroups(tx, c.communeId); // kind or state may change a built-in group's members
    await ctx.audit(
      "units.update",
      { type: "Unit", id: before.id },
      {
        before: { name: before.name, shortName: before.shortName, kind: before.kind, active: before.active },
        after: { name: input.name, shortName: input.shortName, kind: input.kind, active: input.active },
      },
    );
    return { id: before.id };
  },
});

export const createUser = defineAction({
  name: "users.create",
  schema: createUserSchema,
  permission: canManageUsers,
  async run(ctx) {
    const { user, input, tx, commune: c } = ctx;
    checkRole(user, input.role);
    if (input.unitId) await unitOfCommune(tx, c.communeId, input.unitId);
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("DUPLICATE", "Tên đăng nhập đã được sử dụng.", { username: ["Tên đăng nhập đã được sử dụng"] });
    }
    const created = await tx.user.create({
      data: {
        username: input.username,
        fullName: input.fullName,
        officialName: input.officialName,
        email: input.email,
        role: input.role,
        unitId: input.unitId,
        communeId: c.communeId,
        provinceId: c.provinceId,
        // An activation link: nobody knows a password until the person sets their own (a random,
        // never-shown hash until then). A typed password: they must change it at first sign-in.
        // The refinement above makes a "password" form carry a valid one.
        passwordHash: await hashPassword(input.access === "password" ? (input.password ?? "") : generatePassword()),
        mustChangePassword: true,
      },
    });
    await ctx.audit("users.create", { type: "User", id: created.id }, { username: created.username, role: created.role });
    const activation = input.access === "activation" ? await activate(ctx, created) : null;
    return { id: created.id, activation };
  },
});

async function userOfCommune(tx: Tx, communeId: string, userId: string) {
  const target = await tx.user.findFirst({ where: { id: userId, communeId, role: { in: ["CHAIR", "COORDINATOR", "UNIT_STAFF"] } } });
  if (!target) notFound();
  return target;
}

export const updateUser = defineAction({
  name: "users.update",
  schema: updateUserSchema,
  permission: canManageUsers,
  async run(ctx) {
    const { user, input, tx, commune: c } = ctx;
    const target = await userOfCommune(tx, c.communeId, input.userId);
    checkRole(user, input.role);
    if (input.unitId) await unitOfCommune(tx, c.communeId, input.unitId);
    if (target.id === user.id && (!input.active || input.role !== target.role)) {
      throw new AppError("VALIDATION", "Bạn không thể tự khóa hoặc đổi vai trò của chính mình.");
    }
    const endsSessions = target.active && !input.active;
    await tx.user.update({
      where: { id: target.id },
      data: {
        fullName: input.fullName,
        officialName: input.officialName,
        email: input.email,
        role: input.role,
        unitId: input.unitId,
        active: input.active,
      },
    });
    if (endsSessions) await endAllSessions(tx, target.id);
    await ctx.audit(
      "users.update",
      { type: "User", id: target.id },
      {
        before: {
          fullName: target.fullName,
          officialName: target.officialName,
          role: target.role,
          unitId: target.unitId,
          active: target.active,
        },
        after: {
          fullName: input.fullName,
          officialName: input.officialName,
          role: input.role,
          unitId: input.unitId,
          active: input.active,
        },
      },
    );
    return { id: target.id };
  },
});

/**
 * Sets a fresh random password, shown once to the manager, and ends the user's sessions; the person
 * must choose their own at the next sign-in.
 */
export const resetPassword = defineAction({
  name: "users.resetPassword",
  schema: resetPasswordSchema,
  permission: canManageUsers,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const target = await userOfCommune(tx, c.communeId, input.userId);
    const password = generatePassword();
    await setAssignedPassword(tx, target.id, password);
    await ctx.audit("users.resetPassword", { type: "User", id: target.id }, { username: target.username });
    return { username: target.username, password };
  },
});

/** How an activation link reaches the person: e-mailed after the commit, or shown once for printing. */
export type ActivationDelivery = "EMAIL" | "PRINT";

export type IssuedActivation = {
  username: string;
  fullName: string;
  email: string | null;
  delivery: ActivationDelivery;
  link: string;
  expiresAt: Date;
};

/** A new activation link for the account (audited); the caller's action mails or shows it. */
async function activate(
  ctx: {
    user: Viewer;
    tx: Tx;
    audit: (
      a: "users.issueActivation",
      e: { type: string; id: string },
      d: { username: string; delivery: ActivationDelivery },
    ) => Promise<void>;
  },
  target: { id: string; username: string; fullName: string; email: string | null },
): Promise<IssuedActivation> {
  const { link, expiresAt } = await issueActivationLink(ctx.tx, target.id, ctx.user.id);
  const delivery: ActivationDelivery = target.email && emailConfigured() ? "EMAIL" : "PRINT";
  await ctx.audit("users.issueActivation", { type: "User", id: target.id }, { username: target.username, delivery });
  return { username: target.username, fullName: target.fullName, email: target.email, delivery, link, expiresAt };
}

/** "Gửi liên kết kích hoạt": earlier unused links stop working; the person sets their own password. */
export const issueActivation = defineAction({
  name: "users.issueActivation",
  schema: userRefSchema,
  permission: canManageUsers,
  async run(ctx) {
    const target = await userOfCommune(ctx.tx, ctx.commune.communeId, ctx.input.userId);
    return activate(ctx, target);
  },
});

/**
 * "Đặt lại xác thực hai bước" (the person lost their phone): the authenticator and recovery codes go,
 * every session ends, and the next sign-in enrols again (lib/accounts/admin-ops.ts).
 */
export const resetTwoFactor = defineAction({
  name: "users.resetTwoFactor",
  schema: userRefSchema,
  permission: canResetSecondFactor,
  async run(ctx) {
    const { input, tx, commune: c } = ctx;
    const target = await userOfCommune(tx, c.communeId, input.userId);
    await resetSecondFactor(tx, target.id);
    await ctx.audit("users.resetTwoFactor", { type: "User", id: target.id }, { username: target.username });
    return { username: target.username };
  },
});
