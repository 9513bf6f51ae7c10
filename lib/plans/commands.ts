// Changes to a plan itself: archive/restore (the standing office hides a plan created by mistake or
// finished, without deleting its history) and the correction of its number and date.
import { defineAction, notFound } from "../actions/safe-action";
import { communeForWrite } from "../actions/tenant";
import { audit } from "../audit/write";
import { canArchivePlan, canManagePlans, type Viewer } from "../auth/permissions";
import { dateFromKey } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { planDetailsSchema, planRefSchema } from "./schemas";

const managers = (u: Viewer) => u.role === "ADMIN" || u.role === "COORDINATOR";

async function loadPlan(tx: Tx, user: Viewer, communeId: string, planId: string, may: typeof canArchivePlan) {
  const c = await communeForWrite(tx, user, communeId, may);
  const plan = await tx.plan.findFirst({ where: { id: planId, communeId: c.communeId } });
  if (!plan) notFound();
  return plan;
}

const dayKey = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

async function setArchived(tx: Tx, user: Viewer, input: { communeId: string; planId: string }, archive: boolean) {
  const plan = await loadPlan(tx, user, input.communeId, input.planId, canArchivePlan);
  // Only the state it was read in: two people archiving at once end in one success and one conflict.
  const res = await tx.plan.updateMany({
    where: { id: plan.id, archivedAt: archive ? null : { not: null } },
    data: { archivedAt: archive ? new Date() : null, version: { increment: 1 } },
  });
  if (res.count === 0)
    throw new AppError("CONFLICT", archive ? "Kế hoạch này đã được lưu trữ." : "Kế hoạch này không ở trạng thái lưu trữ.");
  await audit(tx, {
    communeId: plan.communeId,
    actorId: user.id,
    action: archive ? "plan.archive" : "plan.restore",
    entityType: "Plan",
    entityId: plan.id,
    data: { planId: plan.id }, // the log names the plan through its id
  });
  return { planId: plan.id };
}

export const archivePlan = defineAction({
  name: "archivePlan",
  schema: planRefSchema,
  allow: managers,
  run: ({ user, input, tx }) => setArchived(tx, user, input, true),
});

export const restorePlan = defineAction({
  name: "restorePlan",
  schema: planRefSchema,
  allow: managers,
  run: ({ user, input, tx }) => setArchived(tx, user, input, false),
});

export const updatePlanDetails = defineAction({
  name: "updatePlanDetails",
  schema: planDetailsSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const plan = await loadPlan(tx, user, input.communeId, input.planId, canManagePlans);
    const after = { number: input.number, issuedDate: input.issuedDate };
    const res = await tx.plan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { number: after.number, issuedDate: after.issuedDate ? dateFromKey(after.issuedDate) : null, version: { increment: 1 } },
    });
    if (res.count === 0) throw new AppError("CONFLICT");
    await audit(tx, {
      communeId: plan.communeId,
      actorId: user.id,
      action: "plan.edit",
      entityType: "Plan",
      entityId: plan.id,
      data: { before: { number: plan.number, issuedDate: dayKey(plan.issuedDate) }, after },
    });
    return { planId: plan.id };
  },
});
