import "server-only";
import { getDb } from "../db";

/** Every province, for the administrator's picker. */
export async function listProvinces() {
  return getDb().unit.findMany({ where: { kind: "PROVINCE" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
