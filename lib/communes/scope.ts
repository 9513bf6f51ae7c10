// The one lookup of a commune (or ward) by id, shared by pages (requireCommune), server actions (the
// action wrapper) and route handlers: the tenant enters a request's context here and nowhere else.
import type { CommuneScope } from "../auth/permissions";
import type { Db, Tx } from "../db";

/** A commune as every request sees it: its tenant scope and the names the pages print. */
export type CommuneInfo = CommuneScope & { name: string; provinceName: string };

/** The commune with that id, or null when there is none (a province, a unit or an unknown id). */
export async function loadCommuneScope(db: Db | Tx, communeId: string): Promise<CommuneInfo | null> {
  const commune = await db.unit.findFirst({
    where: { id: communeId, kind: { in: ["COMMUNE", "WARD"] } },
    select: { id: true, name: true, provinceId: true, parent: { select: { name: true } } },
  });
  if (!commune?.provinceId) return null;
  return { communeId: commune.id, provinceId: commune.provinceId, name: commune.name, provinceName: commune.parent?.name ?? "" };
}
