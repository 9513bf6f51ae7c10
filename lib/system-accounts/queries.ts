import "server-only";
// The list of Quản trị → Tài khoản cấp tỉnh, quản trị: province and admin accounts with their province,
// whether they have a second factor and when they last signed in. Never a password, token or secret.
import { getDb, type Db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { isAdminRole } from "../auth/permissions";
import { SYSTEM_ROLES } from "./schemas";

export type SystemAccountRow = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  provinceId: string | null;
  provinceName: string | null;
  provinceCoordinator: boolean;
  email: string | null;
  phone: string | null;
  active: boolean;
  secondFactor: boolean;
  lastLoginAt: Date | null;
  /** Still to choose their own password (an assigned one, or an activation link not used yet). */
  mustChangePassword: boolean;
};

export type ProvinceOption = { id: string; name: string };

export async function provinceOptions(db: Db = getDb()): Promise<ProvinceOption[]> {
  return db.unit.findMany({ where: { kind: "PROVINCE" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Admins first, then province accounts by province; `provinceId` keeps one province's accounts. */
export async function listSystemAccounts(provinceId: string | null, db: Db = getDb()): Promise<SystemAccountRow[]> {
  const [users, provinces] = await Promise.all([
    db.user.findMany({
      where: { role: { in: [...SYSTEM_ROLES] }, ...(provinceId ? { provinceId } : {}) },
      select: {
        id: true,
        username: true,
        fullName: true,
        role: true,
        provinceId: true,
        provinceCoordinator: true,
        email: true,
        phone: true,
        active: true,
        totpEnabledAt: true,
        lastLoginAt: true,
        mustChangePassword: true,
      },
    }),
    provinceOptions(db),
  ]);
  const names = new Map(provinces.map((p) => [p.id, p.name]));
  const rows = users.map(({ totpEnabledAt, ...u }) => ({
    ...u,
    provinceName: u.provinceId ? (names.get(u.provinceId) ?? null) : null,
    secondFactor: !!totpEnabledAt,
  }));
  const key = (r: SystemAccountRow) => `${isAdminRole(r.role) ? 0 : 1}|${r.provinceName ?? ""}|${r.username}`;
  return rows.sort((a, b) => key(a).localeCompare(key(b), "vi"));
}
