// Who hears of an incident, decided by the checks that decide who may act on it: the commune side
// (the one-stop centre's staff and the standing office, canHandleIncident) and the province support
// team (the province's accounts, canHandleEscalatedIncident).
import { canHandleEscalatedIncident, canHandleIncident, type ServiceCentreScope, type Viewer } from "../auth/permissions";
import type { Db, Tx } from "../db";

const viewerSelect = { id: true, role: true, provinceId: true, communeId: true, unitId: true } as const;

/** Active accounts that handle the commune's incidents. */
export async function incidentHandlersOf(db: Db | Tx, scope: ServiceCentreScope): Promise<string[]> {
  const users: Viewer[] = await db.user.findMany({ where: { communeId: scope.communeId, active: true }, select: viewerSelect });
  return users.filter((u) => canHandleIncident(u, { ...scope, escalated: false })).map((u) => u.id);
}

/** Active accounts of the province support team for the commune's province. */
export async function provinceTeamOf(db: Db | Tx, scope: ServiceCentreScope): Promise<string[]> {
  const users: Viewer[] = await db.user.findMany({
    where: { provinceId: scope.provinceId, communeId: null, active: true },
    select: viewerSelect,
  });
  return users.filter((u) => canHandleEscalatedIncident(u, { ...scope, escalated: true })).map((u) => u.id);
}
