// Which unit is the commune's one-stop centre (Trung tâm Phục vụ hành chính công): the one the standing
// office picked (CommuneSettings.serviceCentreUnitId), or else the commune's only active centre whose
// name says so. Its staff run the daily check and handle incidents (permissions: ServiceCentreScope).
import type { CommuneScope, ServiceCentreScope } from "../auth/permissions";
import { readCommuneSettings } from "../communes/settings";
import type { Db, Tx } from "../db";

export const CENTRE_NAME_HINT = "phục vụ hành chính công";

export type ServiceCentre = { unitId: string; name: string; picked: boolean } | null;

export async function loadServiceCentre(db: Db | Tx, communeId: string): Promise<ServiceCentre> {
  const { serviceCentreUnitId } = await readCommuneSettings(db, communeId);
  if (serviceCentreUnitId) {
    const unit = await db.unit.findFirst({ where: { id: serviceCentreUnitId, communeId, active: true }, select: { id: true, name: true } });
    if (unit) return { unitId: unit.id, name: unit.name, picked: true };
  }
  const named = await db.unit.findMany({
    where: { communeId, kind: "CENTER", active: true, name: { contains: CENTRE_NAME_HINT, mode: "insensitive" } },
    select: { id: true, name: true },
    take: 2,
  });
  return named.length === 1 && named[0] ? { unitId: named[0].id, name: named[0].name, picked: false } : null;
}

/** The commune's scope with its centre, for canRunDailyCheck and the incident checks. */
export async function serviceCentreScope(db: Db | Tx, commune: CommuneScope): Promise<ServiceCentreScope> {
  const centre = await loadServiceCentre(db, commune.communeId);
  return { communeId: commune.communeId, provinceId: commune.provinceId, centreUnitId: centre?.unitId ?? null };
}
