// Reads of the province plans for their pages (issue 20): the province's list and one plan's working
// copy. Every read is filtered by the province as well as by the id (the tenant rule).
import "server-only";
import { getDb } from "../db";
import { dateOnlyKey } from "../dates";
import { snapshotIndicator, snapshotTask } from "./snapshot";

export async function listProvincePlans(provinceId: string) {
  const db = getDb();
  const plans = await db.provincePlan.findMany({
    where: { provinceId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      title: true,
      issuedDate: true,
      publishedVersion: true,
      sourceFile: true,
      createdAt: true,
      _count: { select: { tasks: { where: { withdrawnAt: null } }, receipts: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { publishedAt: true } },
    },
  });
  return plans.map((p) => ({
    id: p.id,
    number: p.number,
    title: p.title,
    issuedDate: p.issuedDate ? dateOnlyKey(p.issuedDate) : null,
    publishedVersion: p.publishedVersion,
    lastPublishedAt: p.versions[0]?.publishedAt ?? null,
    taskCount: p._count.tasks,
    receiptCount: p._count.receipts,
    imported: p.sourceFile !== null,
  }));
}

export type ProvincePlanListRow = Awaited<ReturnType<typeof listProvincePlans>>[number];

/** One plan's working copy, the province's communes for the target pickers, and the KPI catalog. */
export async function getWorkingCopy(provinceId: string, planId: string) {
  const db = getDb();
  const plan = await db.provincePlan.findFirst({
    where: { id: planId, provinceId },
    include: {
      tasks: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }] },
      indicators: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }] },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, publishedAt: true } },
      _count: { select: { receipts: true } },
    },
  });
  if (!plan) return null;
  const [communes, catalog] = await Promise.all([
    db.unit.findMany({
      where: { provinceId, kind: { in: ["COMMUNE", "WARD"] }, active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.indicatorCatalogEntry.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  const lastPublishedAt = plan.versions[0]?.publishedAt ?? null;
  // "Changed since the last publication": edited after it, or never published at all.
  const changed = (row: { updatedAt: Date; firstVersion: number | null }) =>
    plan.publishedVersion > 0 && (row.firstVersion === null || (lastPublishedAt !== null && row.updatedAt > lastPublishedAt));
  return {
    plan: {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      issuer: plan.issuer,
      issuedDate: plan.issuedDate ? dateOnlyKey(plan.issuedDate) : null,
      signerName: plan.signerName,
      signerTitle: plan.signerTitle,
      parentRefs: plan.parentRefs,
      periodStart: plan.periodStart ? dateOnlyKey(plan.periodStart) : null,
      periodEnd: plan.periodEnd ? dateOnlyKey(plan.periodEnd) : null,
      sourceFile: plan.sourceFile,
      sourceText: plan.sourceText,
      warnings: plan.warnings,
      publishedVersion: plan.publishedVersion,
      lastPublishedAt,
      receiptCount: plan._count.receipts,
      version: plan.version,
    },
    tasks: plan.tasks.map((t) => ({
      ...snapshotTask(t),
      targetAll: t.targetAll,
      targetCommuneIds: t.targetCommuneIds,
      published: t.firstVersion !== null,
      changed: changed(t),
    })),
    indicators: plan.indicators.map((k) => ({
      ...snapshotIndicator(k),
      targetAll: k.targetAll,
      targetCommuneIds: k.targetCommuneIds,
      published: k.firstVersion !== null,
      changed: changed(k),
    })),
    communes,
    catalog: catalog.map((c) => ({
      code: c.code,
      name: c.name,
      unit: c.unit,
      comparison: c.comparison,
      measure: c.measure,
      target: c.defaultTarget.toNumber(),
      dueDate: dateOnlyKey(c.defaultDueDate),
      numeratorLabel: c.numeratorLabel,
      denominatorLabel: c.denominatorLabel,
      method: c.method,
      frequency: c.frequency,
    })),
  };
}

export type WorkingCopy = NonNullable<Awaited<ReturnType<typeof getWorkingCopy>>>;
export type WorkingCopyTask = WorkingCopy["tasks"][number];
export type WorkingCopyIndicator = WorkingCopy["indicators"][number];
export type CatalogChoice = WorkingCopy["catalog"][number];
