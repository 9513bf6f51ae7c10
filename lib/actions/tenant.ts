// Loading the commune a mutation writes into, with the tenant rules of every action: a commune the
// user may not see is "not found" (ids of other tenants reveal nothing); one they may see but not
// change is "forbidden".
import { canViewCommune, type CommuneScope, type Viewer } from "../auth/permissions";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { notFound } from "./safe-action";

export async function communeForWrite(
  tx: Tx,
  user: Viewer,
  communeId: string,
  mayWrite: (v: Viewer, c: CommuneScope) => boolean,
): Promise<CommuneScope> {
  const row = await tx.unit.findFirst({
    where: { id: communeId, kind: { in: ["COMMUNE", "WARD"] } },
    select: { id: true, provinceId: true },
  });
  if (!row?.provinceId) notFound();
  const scope = { communeId: row.id, provinceId: row.provinceId };
  if (!canViewCommune(user, scope)) notFound();
  if (!mayWrite(user, scope)) throw new AppError("FORBIDDEN");
  return scope;
}
