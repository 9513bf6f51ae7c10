// Provinces, communes and the units template (Quản trị → Tỉnh, xã, phường; → Mẫu đơn vị): ADMIN only.
// Codes are checked before writing (a friendly DUPLICATE naming the holder); a race loses at the
// unique index with the same answer.
import { defineAction } from "../actions/safe-action";
import { canManageTenants } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors";
import { createId } from "../ids";
import { builtinGroupName, isBuiltinGroup } from "../units/groups";
import { assertCodeFree, rethrowCodeRace } from "./codes";
import { createCommuneWithUnits } from "./commune-create";
import { createCommuneSchema, createProvinceSchema, saveUnitTemplateSchema, updateCommuneSchema, updateProvinceSchema } from "./schemas";

const provinceMissing = () => new AppError("NOT_FOUND", "Không tìm thấy tỉnh này.");
const communeMissing = () => new AppError("NOT_FOUND", "Không tìm thấy xã, phường này.");

export const createProvince = defineAction({
  name: "tenants.createProvince",
  scope: "user",
  schema: createProvinceSchema,
  permission: canManageTenants,
  async run({ input, tx, audit }) {
    await assertCodeFree(tx, input.adminCode);
    const province = await tx.unit
      .create({ data: { id: createId(), name: input.name, kind: "PROVINCE", adminCode: input.adminCode }, select: { id: true } })
      .catch((err: unknown) => rethrowCodeRace(err, input.adminCode));
    await audit("tenants.createProvince", { type: "Unit", id: province.id }, { name: input.name, adminCode: input.adminCode });
    return { provinceId: province.id };
  },
});

export const updateProvince = defineAction({
  name: "tenants.updateProvince",
  scope: "user",
  schema: updateProvinceSchema,
  permission: canManageTenants,
  async run({ input, tx, audit }) {
    const before = await tx.unit.findFirst({ where: { id: input.provinceId, kind: "PROVINCE" }, select: { name: true, adminCode: true } });
    if (!before) throw provinceMissing();
    await assertCodeFree(tx, input.adminCode, input.provinceId);
    const after = { name: input.name, adminCode: input.adminCode };
    if (before.name === after.name && before.adminCode === after.adminCode) return { provinceId: input.provinceId, changed: false };
    await tx.unit.update({ where: { id: input.provinceId }, data: after }).catch((err: unknown) => rethrowCodeRace(err, input.adminCode));
    await audit("tenants.updateProvince", { type: "Unit", id: input.provinceId }, { before, after });
    return { provinceId: input.provinceId, changed: true };
  },
});

export const createCommune = defineAction({
  name: "tenants.createCommune",
  scope: "user",
  schema: createCommuneSchema,
  permission: canManageTenants,
  async run({ input, tx, user }) {
    return createCommuneWithUnits(tx, { ...input, actorId: user.id });
  },
});

export const updateCommune = defineAction({
  name: "tenants.updateCommune",
  scope: "user",
  schema: updateCommuneSchema,
  permission: canManageTenants,
  async run({ input, tx, user }) {
    const row = await tx.unit.findFirst({
      where: { id: input.communeId, kind: { in: ["COMMUNE", "WARD"] } },
      select: { name: true, kind: true, adminCode: true },
    });
    if (!row) throw communeMissing();
    await assertCodeFree(tx, input.adminCode, input.communeId);
    const before = { name: row.name, kind: row.kind, adminCode: row.adminCode };
    const after = { name: input.name, kind: input.kind, adminCode: input.adminCode };
    if (before.name === after.name && before.kind === after.kind && before.adminCode === after.adminCode) {
      return { communeId: input.communeId, changed: false };
    }
    await tx.unit.update({ where: { id: input.communeId }, data: after }).catch((err: unknown) => rethrowCodeRace(err, input.adminCode));
    if (before.kind !== after.kind) {
      // "Các phòng chuyên môn thuộc UBND xã" becomes "… phường" with the commune's kind.
      const groups = await tx.unitGroup.findMany({ where: { communeId: input.communeId }, select: { id: true, kind: true } });
      for (const g of groups) {
        if (isBuiltinGroup(g.kind))
          await tx.unitGroup.update({ where: { id: g.id }, data: { name: builtinGroupName(g.kind, after.kind) } });
      }
    }
    // ctx.audit writes no commune for a user-scoped action: the commune's own log should show it.
    await writeAudit(tx, {
      communeId: input.communeId,
      actorId: user.id,
      action: "tenants.updateCommune",
      entityType: "Unit",
      entityId: input.communeId,
      data: { before, after },
    });
    return { communeId: input.communeId, changed: true };
  },
});

export const saveUnitTemplate = defineAction({
  name: "tenants.saveUnitTemplate",
  scope: "user",
  schema: saveUnitTemplateSchema,
  permission: canManageTenants,
  async run({ input, tx, audit }) {
    // The list is replaced as a whole; communes created before keep their units (the template is a start).
    await tx.unitTemplateEntry.deleteMany({});
    await tx.unitTemplateEntry.createMany({
      data: input.entries.map((e, i) => ({ id: createId(), ...e, sortOrder: i + 1 })),
    });
    const templateUnits = input.entries.map((e) => e.name);
    await audit("tenants.saveUnitTemplate", { type: "UnitTemplate", id: "template" }, { templateUnits });
    return { count: templateUnits.length };
  },
});
