// What the publish page shows: the changes waiting to be published (working copy against the last
// version), the communes that will receive them, the versions kept, and each commune's receipt.
import { getDb } from "../db";
import { diff } from "./diff";
import { latestSnapshot, pendingCommunes, provinceCommunes, targetedCommunes } from "./publish";
import { buildSnapshot } from "./snapshot";
import type { ChangeKind, PlanChange } from "./types";

export type KindCounts = Record<ChangeKind, number>;

export function countKinds(changes: readonly PlanChange[]): KindCounts {
  const counts: KindCounts = { NEW: 0, WORDING: 0, DEADLINE: 0, TARGETS: 0, WITHDRAWN: 0, RESTORED: 0 };
  for (const c of changes) for (const k of c.kinds) counts[k] += 1;
  return counts;
}

export type PublishView = NonNullable<Awaited<ReturnType<typeof getPublishView>>>;

/** Null when the plan is not the province's (the page answers "not found"). */
export async function getPublishView(provinceId: string, planId: string) {
  const db = getDb();
  const plan = await db.provincePlan.findFirst({
    where: { id: planId, provinceId },
    select: { id: true, number: true, title: true, version: true, publishedVersion: true },
  });
  if (!plan) return null;
  const [prev, next, communes, versions, receipts] = await Promise.all([
    latestSnapshot(db, plan.id, plan.publishedVersion),
    buildSnapshot(db, plan.id),
    provinceCommunes(db, provinceId),
    db.provincePlanVersion.findMany({
      where: { planId: plan.id },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true, publishedById: true, note: true, changes: true },
    }),
    db.provincePlanReceipt.findMany({ where: { provincePlanId: plan.id } }),
  ]);
  const publishers = new Map(
    (await db.user.findMany({ where: { id: { in: versions.map((v) => v.publishedById) } }, select: { id: true, fullName: true } })).map(
      (u) => [u.id, u.fullName],
    ),
  );
  const targeted = new Set(targetedCommunes(next, communes));
  const pending = new Set(await pendingCommunes(db, provinceId, plan.id, plan.publishedVersion));
  return {
    plan,
    changes: diff(prev, next),
    targetedCount: targeted.size,
    communeCount: communes.length,
    versions: versions.map((v) => {
      const changes = v.changes as unknown as PlanChange[];
      return { ...v, changes, counts: countKinds(changes), publishedBy: publishers.get(v.publishedById) ?? "" };
    }),
    communes: communes
      .map((c) => {
        const r = receipts.find((x) => x.communeId === c.id);
        return {
          id: c.id,
          name: c.name,
          targeted: targeted.has(c.id),
          appliedVersion: r?.appliedVersion ?? null,
          appliedAt: r?.appliedAt ?? null,
          acknowledgedAt: r?.acknowledgedAt ?? null,
          pending: pending.has(c.id),
        };
      })
      .filter((c) => c.targeted || c.appliedVersion !== null),
    pendingCount: pending.size,
  };
}
