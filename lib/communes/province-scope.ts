// The one lookup of a province by id, for the province's own pages and actions (its plans): the
// province tenant enters a request's context here, as a commune's does in ./scope.ts.
import type { Db, Tx } from "../db";

export type ProvinceInfo = { provinceId: string; name: string };

/** The province with that id, or null when there is none (a commune, a unit or an unknown id). */
export async function loadProvinceScope(db: Db | Tx, provinceId: string): Promise<ProvinceInfo | null> {
  const p = await db.unit.findFirst({ where: { id: provinceId, kind: "PROVINCE" }, select: { id: true, name: true } });
  return p ? { provinceId: p.id, name: p.name } : null;
}
