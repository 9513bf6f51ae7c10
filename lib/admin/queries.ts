import "server-only";
import { getDb } from "../db";

export function listUnits(communeId: string) {
  return getDb().unit.findMany({
    where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { users: true } } },
  });
}

export function getUnit(communeId: string, unitId: string) {
  return getDb().unit.findFirst({ where: { id: unitId, communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } } });
}

export function listUsers(communeId: string) {
  return getDb().user.findMany({
    where: { communeId },
    orderBy: [{ active: "desc" }, { role: "asc" }, { fullName: "asc" }],
    select: {
      id: true,
      username: true,
      fullName: true,
      email: true,
      role: true,
      active: true,
      lastLoginAt: true,
      totpEnabledAt: true,
      unit: { select: { name: true } },
    },
  });
}

export function getUser(communeId: string, userId: string) {
  return getDb().user.findFirst({
    where: { id: userId, communeId },
    select: {
      id: true,
      username: true,
      fullName: true,
      officialName: true,
      email: true,
      role: true,
      active: true,
      unitId: true,
      totpEnabledAt: true,
    },
  });
}
