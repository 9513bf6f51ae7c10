// The province coordinator writes the province plan's working copy (issue 20): the plan's details and
// its tasks. Nothing here reaches a commune: publishing (./publish*) does. Every write is one
// transaction, bumps the copy's `version` and, where two people could clash, happens only at the
// version the form was built on (./working-copy.ts).
import { defineAction, notFound } from "../actions/safe-action";
import { canManageProvincePlans } from "../auth/permissions";
import type { Tx } from "../db";
import { dateFromKey, dateOnlyKey } from "../dates";
import { AppError } from "../errors";
import { createProvincePlanSchema, editProvincePlanSchema, provinceTaskRefSchema, provinceTaskSchema } from "./schemas";
import { bumpIfCurrent, checkedTargets, loadWorkingCopy } from "./working-copy";
import { committeeName } from "../text";

const day = (key: string | null) => (key ? dateFromKey(key) : null);
const dayKey = (d: Date | null) => (d ? dateOnlyKey(d) : null);

type PlanInput = {
  number: string | null;
  title: string;
  issuer: string;
  issuedDate: string | null;
  signerName: string | null;
  signerTitle: string | null;
  parentRefs: string;
  periodStart: string | null;
  periodEnd: string | null;
};

function planData(input: PlanInput, provinceName: string) {
  return {
    number: input.number,
    title: input.title,
    issuer: input.issuer || committeeName(provinceName),
    issuedDate: day(input.issuedDate),
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    parentRefs: input.parentRefs,
    periodStart: day(input.periodStart),
    periodEnd: day(input.periodEnd),
  };
}

export const createProvincePlan = defineAction({
  name: "provincePlans.create",
  scope: "province",
  schema: createProvincePlanSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province } = ctx;
    const plan = await tx.provincePlan.create({
      data: { provinceId: province.provinceId, createdById: ctx.user.id, ...planData(input, province.name) },
    });
    await ctx.audit("provincePlans.create", { type: "ProvincePlan", id: plan.id }, { planId: plan.id, title: plan.title, taskCount: 0 });
    return { planId: plan.id };
  },
});

export const editProvincePlan = defineAction({
  name: "provincePlans.edit",
  scope: "province",
  schema: editProvincePlanSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province } = ctx;
    const plan = await loadWorkingCopy(tx, province.provinceId, input.planId);
    const data = planData(input, province.name);
    const version = await bumpIfCurrent(tx, plan.id, input.version, data);
    const shown = (p: typeof data) => ({
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      issuedDate: dayKey(p.issuedDate),
      periodStart: dayKey(p.periodStart),
      periodEnd: dayKey(p.periodEnd),
    });
    await ctx.audit(
      "provincePlans.edit",
      { type: "ProvincePlan", id: plan.id },
      { planId: plan.id, before: shown(plan), after: shown(data) },
    );
    return { planId: plan.id, version };
  },
});

async function loadTask(tx: Tx, planId: string, taskId: string) {
  const task = await tx.provinceTask.findFirst({ where: { id: taskId, planId } });
  if (!task) notFound();
  return task;
}

export const saveProvinceTask = defineAction({
  name: "provincePlans.saveTask",
  scope: "province",
  schema: provinceTaskSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province } = ctx;
    const plan = await loadWorkingCopy(tx, province.provinceId, input.planId);
    const existing = input.taskId ? await loadTask(tx, plan.id, input.taskId) : null;
    const clash = await tx.provinceTask.findFirst({
      where: { planId: plan.id, code: input.code, ...(existing ? { id: { not: existing.id } } : {}) },
      select: { id: true },
    });
    if (clash)
      throw new AppError("VALIDATION", `Mã ${input.code} đã có trong kế hoạch`, { code: [`Mã ${input.code} đã có trong kế hoạch`] });
    const version = await bumpIfCurrent(tx, plan.id, input.version);
    const data = {
      code: input.code,
      groupCode: input.groupCode,
      groupTitle: input.groupCode ? (input.groupTitle ?? (await groupTitleOf(tx, plan.id, input.groupCode))) : null,
      title: input.title,
      description: input.description,
      expectedOutput: input.expectedOutput,
      deadlineKind: input.deadlineKind,
      // Only a fixed deadline has a date; the others keep their wording.
      dueDate: input.deadlineKind === "FIXED" ? day(input.dueDate) : null,
      deadlineText: input.deadlineText,
      leadText: input.leadText,
      supportText: input.supportText,
      adaptable: input.adaptable,
      ...(await checkedTargets(tx, province.provinceId, input)),
    };
    const task = existing
      ? await tx.provinceTask.update({ where: { id: existing.id }, data })
      : await tx.provinceTask.create({
          data: { ...data, provinceId: province.provinceId, planId: plan.id, sortOrder: await nextSortOrder(tx, plan.id) },
        });
    await ctx.audit(
      "provincePlans.saveTask",
      { type: "ProvinceTask", id: task.id },
      { planId: plan.id, code: task.code, title: task.title, targetAll: task.targetAll, targetCommuneIds: task.targetCommuneIds },
    );
    return { planId: plan.id, taskId: task.id, version };
  },
});

/** A group typed by its code only takes the title its other tasks carry ("II" → "Phát triển hạ tầng số"). */
async function groupTitleOf(tx: Tx, planId: string, groupCode: string) {
  const other = await tx.provinceTask.findFirst({ where: { planId, groupCode, groupTitle: { not: null } }, select: { groupTitle: true } });
  return other?.groupTitle ?? null;
}

async function nextSortOrder(tx: Tx, planId: string) {
  const last = await tx.provinceTask.aggregate({ where: { planId }, _max: { sortOrder: true } });
  return (last._max.sortOrder ?? 0) + 1;
}

export const deleteProvinceTask = defineAction({
  name: "provincePlans.deleteTask",
  scope: "province",
  schema: provinceTaskRefSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province } = ctx;
    const plan = await loadWorkingCopy(tx, province.provinceId, input.planId);
    const task = await loadTask(tx, plan.id, input.taskId);
    // A published task lives on in the communes' plans: it can only be withdrawn, never erased.
    if (task.firstVersion !== null) throw new AppError("CONFLICT", "Nhiệm vụ đã ban hành: dùng Rút nhiệm vụ");
    const version = await bumpIfCurrent(tx, plan.id, input.version);
    await tx.provinceTask.delete({ where: { id: task.id } });
    await ctx.audit(
      "provincePlans.deleteTask",
      { type: "ProvinceTask", id: task.id },
      { planId: plan.id, code: task.code, title: task.title },
    );
    return { planId: plan.id, version };
  },
});

async function setWithdrawn(
  ctx: Parameters<typeof deleteProvinceTask.run>[0],
  withdraw: boolean,
): Promise<{ planId: string; taskId: string; version: number }> {
  const { input, tx, province } = ctx;
  const plan = await loadWorkingCopy(tx, province.provinceId, input.planId);
  const task = await loadTask(tx, plan.id, input.taskId);
  if (task.firstVersion === null) throw new AppError("CONFLICT", "Nhiệm vụ chưa ban hành: có thể sửa hoặc xóa, không cần rút.");
  if (withdraw === (task.withdrawnAt !== null))
    throw new AppError("CONFLICT", withdraw ? "Nhiệm vụ này đã được rút." : "Nhiệm vụ này không ở trạng thái đã rút.");
  const version = await bumpIfCurrent(tx, plan.id, input.version);
  await tx.provinceTask.update({ where: { id: task.id }, data: { withdrawnAt: withdraw ? new Date() : null } });
  await ctx.audit(
    withdraw ? "provincePlans.withdrawTask" : "provincePlans.restoreTask",
    { type: "ProvinceTask", id: task.id },
    { planId: plan.id, code: task.code, title: task.title },
  );
  return { planId: plan.id, taskId: task.id, version };
}

/** Withdrawn in the working copy; the next publication closes the communes' tasks ("không còn thực hiện"). */
export const withdrawProvinceTask = defineAction({
  name: "provincePlans.withdrawTask",
  scope: "province",
  schema: provinceTaskRefSchema,
  permission: canManageProvincePlans,
  run: (ctx) => setWithdrawn(ctx, true),
});

export const restoreProvinceTask = defineAction({
  name: "provincePlans.restoreTask",
  scope: "province",
  schema: provinceTaskRefSchema,
  permission: canManageProvincePlans,
  run: (ctx) => setWithdrawn(ctx, false),
});
