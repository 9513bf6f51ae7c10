// Moving a province plan's tasks and KPIs from the commune plan that received them into another active
// plan of the commune, in one transaction: the groups follow by code (created in the target plan when
// missing), the tasks go after the target's own, KPI codes stay unique in the target plan (a clashing
// code is renumbered), and the receipt names the new plan so later versions land there. Reports and
// submissions already compiled in the old plan are frozen and stay as they are.
import { notFound, type ActionContext } from "../actions/safe-action";
import type { Tx } from "../db";
import { AppError } from "../errors";

type Input = { communeId: string; provincePlanId: string; targetPlanId: string };

/** The next code free in `taken` with the same letters ("CT03" → "CT07" when CT01…CT06 are taken). */
export function freeCode(code: string, taken: ReadonlySet<string>): string {
  if (!taken.has(code)) return code;
  const m = /^(.*?)(\d+)$/.exec(code);
  const prefix = m ? m[1]! : `${code}-`;
  const width = m ? m[2]!.length : 1;
  for (let n = 1; ; n += 1) {
    const candidate = `${prefix}${String(n).padStart(width, "0")}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function targetGroupIds(tx: Tx, communeId: string, targetPlanId: string, sourceGroupIds: string[]) {
  const map = new Map<string, string>();
  if (sourceGroupIds.length === 0) return map;
  const source = await tx.planGroup.findMany({ where: { id: { in: sourceGroupIds }, communeId } });
  const target = await tx.planGroup.findMany({ where: { planId: targetPlanId, communeId } });
  let order = Math.max(-1, ...target.map((g) => g.sortOrder));
  for (const g of source) {
    const same = target.find((t) => t.code === g.code);
    const id =
      same?.id ??
      (await tx.planGroup.create({ data: { communeId, planId: targetPlanId, code: g.code, title: g.title, sortOrder: (order += 1) } })).id;
    map.set(g.id, id);
  }
  return map;
}

export async function movePlanTasks(ctx: ActionContext<Input>) {
  const { input, tx } = ctx;
  const communeId = ctx.commune.communeId;
  const receipt = await tx.provincePlanReceipt.findUnique({
    where: { provincePlanId_communeId: { provincePlanId: input.provincePlanId, communeId } },
  });
  if (!receipt) notFound();
  // Another commune's plan is not found, as every id of another tenant.
  const target = await tx.plan.findFirst({ where: { id: input.targetPlanId, communeId } });
  if (!target) notFound();
  if (target.archivedAt)
    throw new AppError("VALIDATION", "Kế hoạch này đã lưu trữ: chọn một kế hoạch đang thực hiện.", {
      targetPlanId: ["Chọn kế hoạch đang thực hiện"],
    });
  if (target.id === receipt.planId)
    throw new AppError("VALIDATION", "Nhiệm vụ đã ở trong kế hoạch này.", { targetPlanId: ["Chọn kế hoạch khác"] });
  // Lock the receipt: a publication applying a new version at the same time waits, then sees the new plan.
  await tx.$queryRaw`SELECT 1 FROM "ProvincePlanReceipt" WHERE "provincePlanId" = ${input.provincePlanId} AND "communeId" = ${communeId} FOR UPDATE`;

  const fromPlanId = receipt.planId;
  const tasks = await tx.task.findMany({
    where: { communeId, planId: fromPlanId, provinceTask: { planId: input.provincePlanId } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, groupId: true },
  });
  const groups = await targetGroupIds(tx, communeId, target.id, [...new Set(tasks.flatMap((t) => (t.groupId ? [t.groupId] : [])))]);
  const maxOrder = (await tx.task.aggregate({ where: { planId: target.id }, _max: { sortOrder: true } }))._max.sortOrder ?? 0;
  for (const [i, t] of tasks.entries()) {
    await tx.task.update({
      where: { id: t.id },
      data: {
        planId: target.id,
        groupId: t.groupId ? (groups.get(t.groupId) ?? null) : null,
        sortOrder: maxOrder + 1 + i,
        version: { increment: 1 },
      },
    });
  }

  const indicators = await tx.indicator.findMany({
    where: { communeId, planId: fromPlanId, provinceIndicator: { planId: input.provincePlanId } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true },
  });
  const taken = new Set((await tx.indicator.findMany({ where: { planId: target.id }, select: { code: true } })).map((k) => k.code));
  const maxKpiOrder = (await tx.indicator.aggregate({ where: { planId: target.id }, _max: { sortOrder: true } }))._max.sortOrder ?? 0;
  const renumbered: string[] = [];
  for (const [i, k] of indicators.entries()) {
    const code = freeCode(k.code, taken);
    taken.add(code);
    if (code !== k.code) renumbered.push(`${k.code} → ${code}`);
    await tx.indicator.update({
      where: { id: k.id },
      data: { planId: target.id, code, sortOrder: maxKpiOrder + 1 + i, version: { increment: 1 } },
    });
  }
  await tx.provincePlanReceipt.update({
    where: { provincePlanId_communeId: { provincePlanId: input.provincePlanId, communeId } },
    data: { planId: target.id },
  });
  await ctx.audit(
    "mandates.movePlan",
    { type: "ProvincePlan", id: input.provincePlanId },
    { planId: target.id, taskCount: tasks.length, indicatorCount: indicators.length, ...(renumbered.length ? { renumbered } : {}) },
  );
  return { planId: target.id, taskCount: tasks.length, indicatorCount: indicators.length, renumbered };
}
