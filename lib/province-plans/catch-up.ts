// Versions that did not reach every commune (a commune's transaction failed, or the process stopped
// midway through a publication) are completed by the job worker on its next tick, so nobody has to
// come back and press "Áp dụng tiếp". The same applyAll as the publish page: each commune in its own
// transaction, a commune never receiving a version twice.
import type { Db } from "../db";
import { applyAll, pendingCommunes, type ApplyReport } from "./publish";

export type CatchUpReport = { plans: number; applied: number; failed: ApplyReport["failed"] };

export async function applyPendingPublications(db: Db): Promise<CatchUpReport> {
  const report: CatchUpReport = { plans: 0, applied: 0, failed: [] };
  const plans = await db.provincePlan.findMany({
    where: { publishedVersion: { gt: 0 } },
    select: { id: true, provinceId: true, publishedVersion: true },
  });
  for (const plan of plans) {
    const communeIds = await pendingCommunes(db, plan.provinceId, plan.id, plan.publishedVersion);
    if (communeIds.length === 0) continue;
    // The communes receive the version as its publisher's (the receipt and the audit name them).
    const version = await db.provincePlanVersion.findUniqueOrThrow({
      where: { planId_number: { planId: plan.id, number: plan.publishedVersion } },
      select: { publishedById: true },
    });
    const r = await applyAll(
      db,
      { provincePlanId: plan.id, provinceId: plan.provinceId, number: plan.publishedVersion, actorId: version.publishedById },
      communeIds,
    );
    report.plans += 1;
    report.applied += r.applied;
    report.failed.push(...r.failed);
  }
  return report;
}
