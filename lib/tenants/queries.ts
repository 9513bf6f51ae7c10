// Reads of Quản trị → Tỉnh, xã, phường and → Mẫu đơn vị.
import "server-only";
import { ensureUnitTemplate } from "./default-template";
import { getDb } from "../db";

export type ProvinceRow = { id: string; name: string; adminCode: string | null; communes: number; accounts: number };
export type CommuneRow = {
  id: string;
  provinceId: string;
  name: string;
  kind: "COMMUNE" | "WARD";
  adminCode: string | null;
  units: number;
  accounts: number;
};

/** Every province with its communes, unit and account counts (a few hundred rows at most). */
export async function tenantsOverview(): Promise<{ provinces: ProvinceRow[]; communes: CommuneRow[] }> {
  const db = getDb();
  const [provinces, communes, unitCounts, userCounts, provinceUsers] = await Promise.all([
    db.unit.findMany({ where: { kind: "PROVINCE" }, orderBy: { name: "asc" }, select: { id: true, name: true, adminCode: true } }),
    db.unit.findMany({
      where: { kind: { in: ["COMMUNE", "WARD"] } },
      orderBy: [{ name: "asc" }],
      select: { id: true, name: true, kind: true, adminCode: true, provinceId: true },
    }),
    db.unit.groupBy({ by: ["communeId"], where: { kind: { notIn: ["PROVINCE", "COMMUNE", "WARD"] }, active: true }, _count: true }),
    db.user.groupBy({ by: ["communeId"], where: { active: true, communeId: { not: null } }, _count: true }),
    db.user.groupBy({ by: ["provinceId"], where: { active: true, provinceId: { not: null } }, _count: true }),
  ]);
  const units = new Map(unitCounts.map((r) => [r.communeId, r._count]));
  const users = new Map(userCounts.map((r) => [r.communeId, r._count]));
  const byProvince = new Map(provinceUsers.map((r) => [r.provinceId, r._count]));
  const communeRows: CommuneRow[] = communes.map((c) => ({
    id: c.id,
    provinceId: c.provinceId ?? "",
    name: c.name,
    kind: c.kind === "WARD" ? "WARD" : "COMMUNE",
    adminCode: c.adminCode,
    units: units.get(c.id) ?? 0,
    accounts: users.get(c.id) ?? 0,
  }));
  return {
    provinces: provinces.map((p) => ({
      ...p,
      communes: communeRows.filter((c) => c.provinceId === p.id).length,
      accounts: byProvince.get(p.id) ?? 0,
    })),
    communes: communeRows,
  };
}

export async function unitTemplate() {
  await ensureUnitTemplate(getDb());
  return getDb().unitTemplateEntry.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { name: true, wardName: true, shortName: true, kind: true },
  });
}
