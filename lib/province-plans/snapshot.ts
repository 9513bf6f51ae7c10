// The working copy of a province plan frozen as a version's snapshot (types.ts): what every commune
// receives and what the next version is compared with. Withdrawn items stay in it (flagged), so a
// later diff can tell "withdrawn" from "never was".
import type { Db, Tx } from "../db";
import { dateOnlyKey } from "../dates";
import { AppError } from "../errors";
import type { ProvinceIndicator, ProvinceTask } from "../generated/prisma/client";
import type { ProvincePlanSnapshot, SnapshotIndicator, SnapshotTask, Targets } from "./types";

const targets = (all: boolean, ids: string[]): Targets => (all ? { all: true } : { all: false, communeIds: [...ids].sort() });
const day = (d: Date | null) => (d ? dateOnlyKey(d) : null);

/** A task of the working copy as a version carries it (the editor shows the same fields). */
export function snapshotTask(t: ProvinceTask): SnapshotTask {
  return {
    id: t.id,
    code: t.code,
    groupCode: t.groupCode,
    groupTitle: t.groupTitle,
    title: t.title,
    description: t.description,
    expectedOutput: t.expectedOutput,
    deadlineKind: t.deadlineKind,
    dueDate: day(t.dueDate),
    deadlineText: t.deadlineText,
    leadText: t.leadText,
    supportText: t.supportText,
    targets: targets(t.targetAll, t.targetCommuneIds),
    adaptable: t.adaptable,
    withdrawn: t.withdrawnAt !== null,
  };
}

/** A KPI of the working copy as a version carries it. */
export function snapshotIndicator(i: ProvinceIndicator): SnapshotIndicator {
  return {
    id: i.id,
    code: i.code,
    catalogCode: i.catalogCode,
    name: i.name,
    unit: i.unit,
    comparison: i.comparison,
    target: i.target.toNumber(),
    dueDate: dateOnlyKey(i.dueDate),
    measure: i.measure,
    numeratorLabel: i.numeratorLabel,
    denominatorLabel: i.denominatorLabel,
    method: i.method,
    frequency: i.frequency,
    targets: targets(i.targetAll, i.targetCommuneIds),
    withdrawn: i.withdrawnAt !== null,
  };
}

export async function buildSnapshot(tx: Db | Tx, planId: string): Promise<ProvincePlanSnapshot> {
  const plan = await tx.provincePlan.findUnique({
    where: { id: planId },
    include: { tasks: { orderBy: { sortOrder: "asc" } }, indicators: { orderBy: { sortOrder: "asc" } } },
  });
  if (!plan) throw new AppError("NOT_FOUND");
  return {
    plan: {
      number: plan.number,
      title: plan.title,
      issuer: plan.issuer,
      issuedDate: day(plan.issuedDate),
      periodStart: day(plan.periodStart),
      periodEnd: day(plan.periodEnd),
    },
    tasks: plan.tasks.map(snapshotTask),
    indicators: plan.indicators.map(snapshotIndicator),
  };
}
