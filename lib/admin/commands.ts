// Administration of a commune's units and users. Every command loads the commune with the tenant
// filter and checks the named permission before touching anything.
import type { Tx } from "../db";
import { audit } from "../audit/write";
import { defineAction, notFound } from "../actions/safe-action";
import { communeForWrite } from "../actions/tenant";
import { assignableRoles, canManageUnits, type Viewer } from "../auth/permissions";
import { generatePassword, hashPassword } from "../auth/password";
import { endAllSessions } from "../auth/user-sessions";
import { AppError } from "../errors";
import { createUnitSchema, createUserSchema, resetPasswordSchema, updateUnitSchema, updateUserSchema } from "./schemas";

const managers = (u: Viewer) => u.role === "ADMIN" || u.role === "COORDINATOR";

function managedCommune(tx: Tx, user: Viewer, communeId: string) {
  return communeForWrite(tx, user, communeId, canManageUnits);
}

async function unitOfCommune(tx: Tx, communeId: string, unitId: string) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } } });
  if (!unit) throw new AppError("VALIDATION", "Đơn vị không thuộc xã/phường này.", { unitId: ["Chọn một đơn vị của xã/phường"] });
  return unit;
}

function checkRole(user: Viewer, role: string) {
  if (!(assignableRoles(user) as string[]).includes(role)) throw new AppError("FORBIDDEN", "Bạn không được gán vai trò này.");
}

export const createUnit = defineAction({
  name: "createUnit",
  schema: createUnitSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
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
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "unit.create",
      entityType: "Unit",
      entityId: unit.id,
      data: { name: unit.name },
    });
    return { id: unit.id };
  },
});

export const updateUnit = defineAction({
  name: "updateUnit",
  schema: updateUnitSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
    const before = await unitOfCommune(tx, c.communeId, input.unitId);
    await tx.unit.update({
      where: { id: before.id },
      data: { name: input.name, shortName: input.shortName, kind: input.kind, active: input.active },
    });
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "unit.update",
      entityType: "Unit",
      entityId: before.id,
      data: {
        before: { name: before.name, shortName: before.shortName, kind: before.kind, active: before.active },
        after: { name: input.name, shortName: input.shortName, kind: input.kind, active: input.active },
      },
    });
    return { id: before.id };
  },
});

export const createUser = defineAction({
  name: "createUser",
  schema: createUserSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
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
        passwordHash: await hashPassword(input.password),
      },
    });
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "user.create",
      entityType: "User",
      entityId: created.id,
      data: { username: created.username, role: created.role },
    });
    return { id: created.id };
  },
});

async function userOfCommune(tx: Tx, communeId: string, userId: string) {
  const target = await tx.user.findFirst({ where: { id: userId, communeId, role: { in: ["CHAIR", "COORDINATOR", "UNIT_STAFF"] } } });
  if (!target) notFound();
  return target;
}

export const updateUser = defineAction({
  name: "updateUser",
  schema: updateUserSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
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
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "user.update",
      entityType: "User",
      entityId: target.id,
      data: {
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
    });
    return { id: target.id };
  },
});

/** Sets a fresh random password, shown once to the manager, and ends the user's sessions. */
export const resetPassword = defineAction({
  name: "resetPassword",
  schema: resetPasswordSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const c = await managedCommune(tx, user, input.communeId);
    const target = await userOfCommune(tx, c.communeId, input.userId);
    const password = generatePassword();
    await tx.user.update({
      where: { id: target.id },
      data: { passwordHash: await hashPassword(password) },
    });
    await endAllSessions(tx, target.id);
    await audit(tx, {
      communeId: c.communeId,
      actorId: user.id,
      action: "user.resetPassword",
      entityType: "User",
      entityId: target.id,
      data: { username: target.username },
    });
    return { username: target.username, password };
  },
});
