// The commune's side of a province plan: who leads each mandated task, "không phát sinh" with a reason
// the province sees (and reopening it), "đã xem" on a version's changes, and moving the whole plan's
// tasks into another plan of the commune. A mandated task is never deleted here or anywhere: WITHDRAWN
// is the province's (its publication), NOT_APPLICABLE the commune's.
import { defineAction, notFound, type ActionContext } from "../actions/safe-action";
import { canManageMandatedTasks } from "../auth/permissions";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { readAssignment, writeAssignment, type AssignmentInput } from "../tasks/assignment";
import { taskConflict } from "../tasks/versioned-write";
import { movePlanTasks } from "./move";
import { proposalContext } from "./proposal-context";
import { proposeLead } from "./proposals";
import { acknowledgeSchema, assignSchema, movePlanSchema, notApplicableSchema, reopenSchema } from "./schemas";

/** A task of this commune the province handed down, or "not found" (an own task is not managed here). */
async function loadMandated(tx: Tx, communeId: string, taskId: string) {
  const task = await tx.task.findFirst({
    where: { id: taskId, communeId, provinceTaskId: { not: null } },
    include: { provinceTask: { select: { leadText: true, supportText: true } } },
  });
  if (!task) notFound();
  return task;
}

/** What the proposal reads: the commune's wording of the task, the province's naming of units. */
const mandatedInput = (task: { title: string; provinceTask: { leadText: string; supportText: string | null } | null }) => ({
  title: task.title,
  leadText: task.provinceTask?.leadText ?? "",
  supportText: task.provinceTask?.supportText ?? null,
});

/** Bumps the task's version if it is still the one the person saw, with the closure fields. */
async function writeVersioned(tx: Tx, taskId: string, version: number, data: Parameters<Tx["task"]["updateMany"]>[0]["data"]) {
  const res = await tx.task.updateMany({ where: { id: taskId, version }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw await taskConflict(tx, taskId);
}

const sortedSide = (a: AssignmentInput) => ({
  leadUnitIds: [...a.lead.unitIds].sort(),
  leadGroupIds: [...a.lead.groupIds].sort(),
  supportUnitIds: [...a.support.unitIds].sort(),
  supportGroupIds: [...a.support.groupIds].sort(),
});

export const assignMandates = defineAction({
  name: "mandates.assign",
  schema: assignSchema,
  permission: canManageMandatedTasks,
  async run(ctx) {
    const { input, tx } = ctx;
    const communeId = ctx.commune.communeId;
    const proposals = input.useProposals ? await proposalContext(tx, ctx.commune) : null;
    const assigned: string[] = [];
    for (const [i, taskId] of input.taskIds.entries()) {
      const task = await loadMandated(tx, communeId, taskId);
      if (task.closedKind) throw new AppError("VALIDATION", `Nhiệm vụ ${task.code} đã đóng: không giao đơn vị chủ trì được.`);
      let assignment: AssignmentInput;
      let reason: string | null = null;
      if (proposals) {
        const p = proposeLead(mandatedInput(task), proposals.own, proposals.units, proposals.officeUnitId);
        if (!p) throw new AppError("VALIDATION", `Chưa có đề xuất cho nhiệm vụ ${task.code}: chọn đơn vị chủ trì.`);
        const current = await readAssignment(tx, task.id);
        assignment = { lead: { unitIds: p.unitIds, groupIds: p.groupIds }, support: current.support };
        reason = p.reason;
      } else {
        assignment = {
          lead: { unitIds: input.leadUnitIds, groupIds: input.leadGroupIds },
          support: { unitIds: input.supportUnitIds, groupIds: input.supportGroupIds },
        };
      }
      const before = await readAssignment(tx, task.id);
      await writeVersioned(tx, task.id, input.versions[i] ?? -1, {});
      await writeAssignment(tx, task, assignment);
      await ctx.audit(
        "mandates.assign",
        { type: "Task", id: task.id },
        {
          title: task.title,
          ...(reason ? { reason: `Theo đề xuất: ${reason}` } : {}),
          before: sortedSide(before),
          after: sortedSide(assignment),
        },
      );
      assigned.push(task.id);
    }
    return { taskIds: assigned };
  },
});

export const markMandateNotApplicable = defineAction({
  name: "mandates.markNotApplicable",
  schema: notApplicableSchema,
  permission: canManageMandatedTasks,
  async run(ctx) {
    const { input, tx, user } = ctx;
    const task = await loadMandated(tx, ctx.commune.communeId, input.taskId);
    if (task.closedKind === "WITHDRAWN") throw new AppError("VALIDATION", "Tỉnh đã rút nhiệm vụ này: nhiệm vụ không còn thực hiện.");
    if (task.closedKind === "NOT_APPLICABLE") throw new AppError("CONFLICT", "Nhiệm vụ này đã được báo không phát sinh.");
    if (task.workStatus === "DONE") throw new AppError("VALIDATION", "Nhiệm vụ đã hoàn thành: không báo không phát sinh được.");
    await writeVersioned(tx, task.id, input.version, {
      closedKind: "NOT_APPLICABLE",
      closedReason: input.reason,
      closedAt: new Date(),
      closedById: user.id,
    });
    await ctx.audit("mandates.markNotApplicable", { type: "Task", id: task.id }, { title: task.title, reason: input.reason });
    return { version: input.version + 1 };
  },
});

export const reopenMandate = defineAction({
  name: "mandates.reopen",
  schema: reopenSchema,
  permission: canManageMandatedTasks,
  async run(ctx) {
    const { input, tx } = ctx;
    const task = await loadMandated(tx, ctx.commune.communeId, input.taskId);
    if (task.closedKind === "WITHDRAWN") throw new AppError("VALIDATION", "Tỉnh đã rút nhiệm vụ này: chỉ tỉnh khôi phục được.");
    if (task.closedKind !== "NOT_APPLICABLE") throw new AppError("CONFLICT", "Nhiệm vụ này đang thực hiện, không cần mở lại.");
    await writeVersioned(tx, task.id, input.version, { closedKind: null, closedReason: null, closedAt: null, closedById: null });
    await ctx.audit("mandates.reopen", { type: "Task", id: task.id }, { title: task.title, reason: task.closedReason ?? "" });
    return { version: input.version + 1 };
  },
});

export const acknowledgeMandateChanges = defineAction({
  name: "mandates.acknowledge",
  schema: acknowledgeSchema,
  permission: canManageMandatedTasks,
  async run(ctx) {
    const { input, tx, user } = ctx;
    const where = { provincePlanId_communeId: { provincePlanId: input.provincePlanId, communeId: ctx.commune.communeId } };
    const receipt = await tx.provincePlanReceipt.findUnique({ where });
    if (!receipt) notFound();
    // Only the version shown: a newer one applied meanwhile has changes the person has not seen.
    const res = await tx.provincePlanReceipt.updateMany({
      where: { provincePlanId: input.provincePlanId, communeId: ctx.commune.communeId, appliedVersion: input.appliedVersion },
      data: { acknowledgedAt: new Date(), acknowledgedById: user.id },
    });
    if (res.count === 0)
      throw new AppError(
        "CONFLICT",
        `Tỉnh vừa ban hành phiên bản ${receipt.appliedVersion}: xem các thay đổi mới trước khi đánh dấu đã xem.`,
      );
    await ctx.audit("mandates.acknowledge", { type: "ProvincePlan", id: input.provincePlanId }, { publishedVersion: input.appliedVersion });
    return { appliedVersion: input.appliedVersion };
  },
});

export const moveMandatePlan = defineAction({
  name: "mandates.movePlan",
  schema: movePlanSchema,
  permission: canManageMandatedTasks,
  run: (ctx: ActionContext<{ communeId: string; provincePlanId: string; targetPlanId: string }>) => movePlanTasks(ctx),
});
