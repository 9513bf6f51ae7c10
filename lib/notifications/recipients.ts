// Who receives a commune's scheduled or event messages, decided by the same permission checks that
// decide who may act (lib/auth/permissions.ts): a unit's staff are those who may report its progress,
// "the chair" is whoever may sign reports, "the standing office" whoever submits them for signature.
import { canFinalizeReport, canReportProgress, canSubmitForSignature, type CommuneScope, type Viewer } from "../auth/permissions";
import type { Db, Tx } from "../db";

const viewerSelect = { id: true, role: true, provinceId: true, communeId: true, unitId: true } as const;

async function activeUsers(db: Db | Tx, communeId: string): Promise<Viewer[]> {
  return db.user.findMany({ where: { communeId, active: true }, select: viewerSelect, orderBy: { username: "asc" } });
}

const scopeOf = (c: { id: string; provinceId: string } | CommuneScope): CommuneScope =>
  "communeId" in c ? c : { communeId: c.id, provinceId: c.provinceId };

/** Active staff of each unit (unit id → user ids); units without an account are absent. */
export async function staffOfUnits(
  db: Db | Tx,
  commune: { id: string; provinceId: string } | CommuneScope,
): Promise<Map<string, string[]>> {
  const scope = scopeOf(commune);
  const byUnit = new Map<string, string[]>();
  for (const u of await activeUsers(db, scope.communeId)) {
    if (!u.unitId || !canReportProgress(u, scope)) continue;
    byUnit.set(u.unitId, [...(byUnit.get(u.unitId) ?? []), u.id]);
  }
  return byUnit;
}

/** The commune's chair account(s): those who sign reports. */
export async function chairsOf(db: Db | Tx, commune: { id: string; provinceId: string } | CommuneScope): Promise<string[]> {
  const scope = scopeOf(commune);
  return (await activeUsers(db, scope.communeId)).filter((u) => canFinalizeReport(u, scope)).map((u) => u.id);
}

/** The standing office's account(s) (Văn phòng / Phòng Văn hóa - Xã hội): those who submit reports for signature. */
export async function standingOfficeOf(db: Db | Tx, commune: { id: string; provinceId: string } | CommuneScope): Promise<string[]> {
  const scope = scopeOf(commune);
  return (await activeUsers(db, scope.communeId)).filter((u) => canSubmitForSignature(u, scope)).map((u) => u.id);
}
