// Server actions of publication: publish a version of the province plan, and apply the latest version
// to the communes that did not receive it. The freezing is the action's transaction; the communes are
// applied after it commits, each in its own transaction (publish.ts).
import { defineAction } from "../actions/safe-action";
import { canManageProvincePlans } from "../auth/permissions";
import { AppError } from "../errors";
import { applyAll, pendingCommunes, publishVersion, type ApplyReport } from "./publish";
import { applyPendingSchema, publishPlanSchema } from "./schemas";

export type PublishResult = ApplyReport & { communeIds: string[] };

const apply = (
  data: PublishResult,
  ctx: { db: Parameters<typeof applyAll>[0]; user: { id: string }; input: { planId: string }; province: { provinceId: string } },
) =>
  applyAll(
    ctx.db,
    { provincePlanId: ctx.input.planId, provinceId: ctx.province.provinceId, number: data.version, actorId: ctx.user.id },
    data.communeIds,
  ).then((report) => ({ ...report, communeIds: data.communeIds }));

export const publishPlan = defineAction({
  name: "provincePlans.publish",
  scope: "province",
  schema: publishPlanSchema,
  permission: canManageProvincePlans,
  async run({ tx, input, user, audit, province }): Promise<PublishResult> {
    const published = await publishVersion(tx, { ...input, provinceId: province.provinceId, userId: user.id });
    await audit(
      "provincePlans.publish",
      { type: "ProvincePlan", id: input.planId },
      {
        publishedVersion: published.version,
        communeCount: published.communeIds.length,
        changeCount: published.changes.length,
      },
    );
    return { version: published.version, communeIds: published.communeIds, applied: 0, current: 0, failed: [] };
  },
  afterCommit: apply,
});

export const applyPending = defineAction({
  name: "provincePlans.applyPending",
  scope: "province",
  schema: applyPendingSchema,
  permission: canManageProvincePlans,
  async run({ tx, input, audit, province }): Promise<PublishResult> {
    const plan = await tx.provincePlan.findFirst({
      where: { id: input.planId, provinceId: province.provinceId },
      select: { publishedVersion: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (plan.publishedVersion === 0) throw new AppError("VALIDATION", "Kế hoạch chưa ban hành phiên bản nào.");
    const communeIds = await pendingCommunes(tx, province.provinceId, input.planId, plan.publishedVersion);
    // Every commune already has the latest version: nothing happens, so nothing is recorded.
    if (communeIds.length > 0)
      await audit(
        "provincePlans.applyPending",
        { type: "ProvincePlan", id: input.planId },
        { publishedVersion: plan.publishedVersion, communeCount: communeIds.length },
      );
    return { version: plan.publishedVersion, communeIds, applied: 0, current: 0, failed: [] };
  },
  afterCommit: apply,
});
