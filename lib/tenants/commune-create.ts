// A new commune (xã) or ward (phường), ready to work like the seeded ones: its row, its standard
// units from the admin's template, its built-in unit groups and its daily checklist. One function
// for the form (Quản trị → Tỉnh, xã, phường) and bulk onboarding, inside the caller's transaction.
import type { Tx } from "../db";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors";
import { ensureChecklist } from "../daily-checks/default-items";
import { createId } from "../ids";
import { syncBuiltinGroups } from "../units/groups";
import { assertCodeFree, rethrowCodeRace } from "./codes";
import { ensureUnitTemplate } from "./default-template";
import type { CommuneKind } from "./schemas";

export type NewCommune = { name: string; kind: CommuneKind; adminCode: string; provinceId: string };

/** The template's unit names for a commune of this kind, in order (a ward takes wardName when set). */
export async function templateUnitsFor(tx: Tx, kind: CommuneKind) {
  await ensureUnitTemplate(tx);
  const entries = await tx.unitTemplateEntry.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  return entries.map((e) => ({
    name: kind === "WARD" && e.wardName ? e.wardName : e.name,
    shortName: e.shortName,
    kind: e.kind,
  }));
}

/**
 * Creates the commune with its units and groups and audits it (tenants.createCommune, in the new
 * commune's log). Refuses an unknown province (NOT_FOUND) or a code in use (DUPLICATE), before writing.
 */
export async function createCommuneWithUnits(tx: Tx, c: NewCommune & { actorId: string }) {
  const province = await tx.unit.findFirst({ where: { id: c.provinceId, kind: "PROVINCE" }, select: { id: true } });
  if (!province) throw new AppError("NOT_FOUND", "Không tìm thấy tỉnh này.", { provinceId: ["Chọn tỉnh"] });
  await assertCodeFree(tx, c.adminCode);
  const communeId = createId();
  await tx.unit
    .create({
      data: {
        id: communeId,
        name: c.name,
        kind: c.kind,
        adminCode: c.adminCode,
        parentId: c.provinceId,
        provinceId: c.provinceId,
        communeId,
      },
    })
    .catch((err: unknown) => rethrowCodeRace(err, c.adminCode));
  const units = await templateUnitsFor(tx, c.kind);
  await tx.unit.createMany({
    data: units.map((u, i) => ({
      id: createId(),
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      parentId: communeId,
      provinceId: c.provinceId,
      communeId,
      sortOrder: i,
    })),
  });
  await syncBuiltinGroups(tx, communeId);
  // Pages create the checklist on first visit too; creating it here makes a new commune look like
  // the seeded ones from the start (the province overview counts its daily checks).
  await ensureChecklist(tx, communeId);
  const createdUnits = units.map((u) => u.name);
  await writeAudit(tx, {
    communeId,
    actorId: c.actorId,
    action: "tenants.createCommune",
    entityType: "Unit",
    entityId: communeId,
    data: { name: c.name, kind: c.kind, adminCode: c.adminCode, provinceId: c.provinceId, createdUnits },
  });
  return { communeId, createdUnits };
}
