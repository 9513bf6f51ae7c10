// Changes to a plan itself: archive/restore (the standing office hides a plan created by mistake or
// finished, without deleting its history) and the correction of its number and date.
import { defineAction, notFound, type ActionContext } from "../actions/safe-action";
import { canArchivePlan, canManagePlans } from "../auth/permissions";
import { dateFromKey } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { planDetailsSchema, planRefSchema } from "./schemas";

async function loadPlan(tx: Tx, communeId: string, planId: string) {
  const plan = await tx.plan.findFirst({ where: { id: planId, communeId } });
  if (!plan) notFound();
  return plan;
}

const dayKey = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

async function setArchived(ctx: ActionContext<{ planId: string }>, archive: boolean) {
  const { tx, input } = ctx;
  const plan = await loadPlan(tx, ctx.commune.communeId, input.planId);
  // Only the state it was read in: two people archiving at once end in one success and one conflict.
  const res = await tx.plan.updateMany({
    where: { id: plan.id, archivedAt: archive ? null : { not: null } },
    data: { archivedAt: archive ? new Date() : null, version: { increment: 1 } },
  });
  if (res.count === 0)
    throw new AppError("CONFLICT", archive ? "Kế hoạch này đã được lưu trữ." : "Kế hoạch này không ở trạng thái lưu trữ.");
  await ctx.audit(archive ? "plans.archive" : "plans.restore", { type: "Plan", id: plan.id }, { planId: plan.id }); // the log names the plan through its id
  return { planId: plan.id };
}

export const archivePlan = defineAction({
  name: "plans.archive",
  schema: planRefSchema,
  permission: canArchivePlan,
  run: (ctx) => setArchived(ctx, true),
});

export const restorePlan = defineAction({
  name: "plans.restore",
  schema: planRefSchema,
  permission: canArchivePlan,
  run: (ctx) => setArchived(ctx, false),
});

export const updatePlanDetails = defineAction({
  name: "plans.edit",
  schema: planDetailsSchema,
  permission: canManagePlans,
  async run(ctx) {
    const { input, tx } = ctx;
    const plan = await loadPlan(tx, ctx.commune.communeId, input.planId);
    const after = { number: input.number, issuedDate: input.issuedDate };
    const res = await tx.plan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { number: after.number, issuedDate: after.issuedDate ? dateFromKey(after.issuedDate) : null, version: { increment: 1 } },
    });
    if (res.count === 0) throw new AppError("CONFLICT");
    await ctx.audit(
      "plans.edit",
      { type: "Plan", id: plan.id },
      { before: { number: plan.number, issuedDate: dayKey(plan.issuedDate) }, after },
    );
    return { planId: plan.id };
  },
});
