// Turns a reviewed plan draft into a plan of the commune, in the caller's transaction: units are
// matched to the commune's own (new names become new units), then the plan, its groups, tasks and
// their lead/support links are written. Used by the portal, the CLI and the demo seed alike.
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { createId } from "../ids";
import { dateFromKey } from "../dates";
import { toStoredDeadlineKind } from "../tasks/deadline-text";
import type { PlanDraft } from "./types";
import { guessUnitKind } from "./unit-kind";
import { matchUnit, type UnitRef } from "./units";

export type AppliedPlan = { planId: string; taskCount: number; createdUnits: string[] };

export async function createPlanFromDraft(
  tx: Tx,
  target: { communeId: string; provinceId: string; importId?: string | null; sourceFile?: string | null },
  draft: PlanDraft,
): Promise<AppliedPlan> {
  const { communeId, provinceId } = target;
  const units: UnitRef[] = await tx.unit.findMany({
    where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    select: { id: true, name: true, shortName: true },
  });
  let order = units.length;
  const createdUnits: string[] = [];

  async function unitIdFor(name: string): Promise<string> {
    const found = matchUnit(name, units);
    if (found) return found.id;
    const created = await tx.unit.create({
      data: { id: createId(), name, kind: guessUnitKind(name), parentId: communeId, communeId, provinceId, sortOrder: order++ },
      select: { id: true, name: true, shortName: true },
    });
    units.push(created);
    createdUnits.push(name);
    return created.id;
  }

  const planId = createId();
  await tx.plan.create({
    data: {
      id: planId,
      communeId,
      number: draft.number,
      title: draft.title,
      issuer: draft.issuer,
      issuedDate: draft.issuedDate ? dateFromKey(draft.issuedDate) : null,
      signerName: draft.signerName,
      signerTitle: draft.signerTitle,
      parentRefs: draft.parentRefs.join("; "),
      periodStart: draft.periodStart ? dateFromKey(draft.periodStart) : null,
      periodEnd: draft.periodEnd ? dateFromKey(draft.periodEnd) : null,
      sourceFile: target.sourceFile ?? null,
      importId: target.importId ?? null,
      indicatorDrafts: draft.indicators as unknown as Prisma.InputJsonValue,
    },
  });

  const groupIds = new Map<string, string>();
  for (const [i, g] of draft.groups.entries()) {
    const id = createId();
    groupIds.set(g.code, id);
    await tx.planGroup.create({ data: { id, communeId, planId, code: g.code, title: g.title, sortOrder: i } });
  }

  for (const [i, t] of draft.tasks.entries()) {
    const lead = [...new Set(await Promise.all(t.leadUnits.map(unitIdFor)))];
    const support = [...new Set(await Promise.all(t.supportUnits.map(unitIdFor)))].filter((id) => !lead.includes(id));
    const kind = toStoredDeadlineKind(t.deadline.kind);
    await tx.task.create({
      data: {
        communeId,
        planId,
        groupId: t.group ? (groupIds.get(t.group) ?? null) : null,
        code: t.code,
        title: t.title,
        description: t.description,
        expectedOutput: t.expectedOutput,
        deadlineKind: kind,
        dueDate: kind === "FIXED" && t.deadline.date ? dateFromKey(t.deadline.date) : null,
        deadlineText: t.deadline.text,
        supportText: t.supportText,
        sortOrder: i,
        units: {
          create: [
            ...lead.map((unitId) => ({ unitId, role: "LEAD" as const, communeId })),
            ...support.map((unitId) => ({ unitId, role: "SUPPORT" as const, communeId })),
          ],
        },
      },
    });
  }
  return { planId, taskCount: draft.tasks.length, createdUnits };
}
