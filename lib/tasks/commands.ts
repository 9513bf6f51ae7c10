// Mutations of tasks: progress updates, contributions, directives, edits, returns. Each loads the task
// with its commune, decides with the named permission checks, and changes the task only if its
// version is still the one the user saw (optimistic concurrency): nothing is ever overwritten.
import { defineAction, notFound } from "../actions/safe-action";
import { canContributeToTask, canEditTask, canGiveDirective, canReportProgress, canReturnUpdate, canUpdateTask } from "../auth/permissions";
import { dateFromKey, formatDateTime } from "../dates";
import { recordProgress } from "./progress";
import { writeIfCurrent } from "./versioned-write";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { storeAttachments, takeEvidence } from "../files/attach";
import { readAssignment, writeAssignment } from "./assignment";
import { loadTask } from "./load";
import { refuseClosed } from "./closed";
import { refuseMandateEdits } from "./mandate-guard";
import { notifyDirection, notifyReturned } from "./event-notices";
import { acknowledgeSchema, contributionSchema, directiveSchema, editTaskSchema, returnUpdateSchema, taskUpdateSchema } from "./schemas";

export const submitTaskUpdate = defineAction({
  name: "tasks.submitUpdate",
  schema: taskUpdateSchema,
  permission: canReportProgress,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const { task, scope } = await loadTask(tx, ctx.commune, input.taskId);
    if (!canUpdateTask(user, scope)) throw new AppError("FORBIDDEN", "Chỉ cán bộ đơn vị chủ trì được cập nhật tiến độ nhiệm vụ này.");
    refuseClosed(task);
    const unitId = user.unitId ?? notFound();
    const files = await takeEvidence(ctx, task.communeId, input);
    return recordProgress(ctx, task, unitId, { ...input, completedDate: input.completedDate ?? null }, { files });
  },
});

export const submitContribution = defineAction({
  name: "tasks.submitContribution",
  schema: contributionSchema,
  permission: canReportProgress,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const { task, scope } = await loadTask(tx, ctx.commune, input.taskId);
    if (!canContributeToTask(user, scope)) throw new AppError("FORBIDDEN", "Chỉ cán bộ đơn vị phối hợp được gửi nội dung phối hợp.");
    refuseClosed(task);
    const files = await takeEvidence(ctx, task.communeId, input);
    const update = await tx.taskUpdate.create({
      data: {
        communeId: task.communeId,
        taskId: task.id,
        kind: "CONTRIBUTION",
        unitId: user.unitId,
        authorId: user.id,
        workStatus: task.workStatus,
        progress: task.progress,
        result: input.result,
        difficulties: input.difficulties,
        proposals: input.proposals,
      },
    });
    const attachmentIds = await storeAttachments(ctx, files, {
      communeId: task.communeId,
      taskId: task.id,
      updateId: update.id,
      uploadedById: user.id,
    });
    await ctx.audit("tasks.submitContribution", { type: "Task", id: task.id }, { updateId: update.id, attachmentIds });
    return { updateId: update.id };
  },
});

export const giveDirective = defineAction({
  name: "tasks.giveDirective",
  schema: directiveSchema,
  permission: canGiveDirective,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const { task } = await loadTask(tx, ctx.commune, input.taskId);
    refuseClosed(task);
    if (input.newDueDate) {
      // A new deadline makes the task a fixed-date one; a stale form must not move a deadline.
      await writeIfCurrent(tx, task.id, Number(input.version), { dueDate: dateFromKey(input.newDueDate), deadlineKind: "FIXED" });
    }
    const directive = await tx.directive.create({
      data: {
        communeId: task.communeId,
        taskId: task.id,
        authorId: user.id,
        content: input.content,
        newDueDate: input.newDueDate ? dateFromKey(input.newDueDate) : null,
      },
    });
    await notifyDirection(ctx, task, { id: directive.id, content: input.content, newDueDate: input.newDueDate ?? null });
    await ctx.audit(
      "tasks.giveDirective",
      { type: "Task", id: task.id },
      {
        directiveId: directive.id,
        ...(input.newDueDate
          ? {
              before: { dueDate: task.dueDate?.toISOString().slice(0, 10) ?? null, deadlineKind: task.deadlineKind },
              after: { dueDate: input.newDueDate, deadlineKind: "FIXED" },
            }
          : {}),
      },
    );
    return { directiveId: directive.id };
  },
});

export const acknowledgeDirective = defineAction({
  name: "tasks.acknowledgeDirective",
  schema: acknowledgeSchema,
  permission: canReportProgress,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const directive = await tx.directive.findFirst({ where: { id: input.directiveId, communeId: ctx.commune.communeId } });
    if (!directive) notFound();
    const { scope } = await loadTask(tx, ctx.commune, directive.taskId);
    if (!canUpdateTask(user, scope)) throw new AppError("FORBIDDEN", "Chỉ đơn vị chủ trì tiếp nhận ý kiến chỉ đạo.");
    if (directive.acknowledgedAt) return { directiveId: directive.id }; // already done: nothing to change
    await tx.directive.update({ where: { id: directive.id }, data: { acknowledgedAt: new Date(), acknowledgedById: user.id } });
    await ctx.audit("tasks.acknowledgeDirective", { type: "Directive", id: directive.id }, { taskId: directive.taskId });
    return { directiveId: directive.id };
  },
});

/** The refusal of a second return: who returned the report first, when, and with which comment. */
async function alreadyReturned(tx: Tx, updateId: string): Promise<AppError> {
  const won = await tx.taskUpdate.findUniqueOrThrow({
    where: { id: updateId },
    select: { returnedAt: true, returnComment: true, returnedBy: { select: { fullName: true } } },
  });
  const who = won.returnedBy?.fullName ?? "người khác";
  return new AppError(
    "CONFLICT",
    `Báo cáo này đã được ${who} trả lại lúc ${formatDateTime(won.returnedAt)} với ý kiến: “${won.returnComment ?? ""}”.`,
    undefined,
    { returnComment: won.returnComment, returnedBy: who, returnedAt: won.returnedAt?.toISOString() ?? null },
  );
}

export const returnUpdate = defineAction({
  name: "tasks.returnUpdate",
  schema: returnUpdateSchema,
  permission: canReturnUpdate,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const update = await tx.taskUpdate.findFirst({ where: { id: input.updateId, communeId: ctx.commune.communeId } });
    if (!update) notFound();
    const { task } = await loadTask(tx, ctx.commune, update.taskId); // its task must still be there
    // Only if nobody returned it meanwhile: of several returns sent at once, one wins (PostgreSQL
    // re-checks `returnedAt` after waiting on the row) and the others are told what it said.
    const res = await tx.taskUpdate.updateMany({
      where: { id: update.id, returnedAt: null },
      data: { returnedAt: new Date(), returnedById: user.id, returnComment: input.comment },
    });
    if (res.count === 0) throw await alreadyReturned(tx, update.id);
    // A returned report is no longer the task's latest (the API's lastUpdate): its updatedSince must see it.
    await tx.task.update({ where: { id: update.taskId }, data: { updatedAt: new Date() } });
    await notifyReturned(ctx, task, update, input.comment);
    await ctx.audit("tasks.returnUpdate", { type: "TaskUpdate", id: update.id }, { taskId: update.taskId, comment: input.comment });
    return { updateId: update.id };
  },
});

export const editTask = defineAction({
  name: "tasks.edit",
  schema: editTaskSchema,
  permission: canEditTask,
  async run(ctx) {
    const { input, tx } = ctx;
    const { task } = await loadTask(tx, ctx.commune, input.taskId);
    const assigned = await readAssignment(tx, task.id);
    const dueDate = input.deadlineKind === "RECURRING" || input.deadlineKind === "NONE" ? null : input.dueDate;
    await refuseMandateEdits(tx, task, { ...input, expectedOutput: input.expectedOutput || null, dueDate });
    const after = {
      title: input.title,
      expectedOutput: input.expectedOutput || null,
      deadlineKind: input.deadlineKind,
      dueDate,
      deadlineText: input.deadlineText,
      supportText: input.supportText || null,
      leadUnitIds: [...input.leadUnitIds].sort(),
      leadGroupIds: [...input.leadGroupIds].sort(),
      supportUnitIds: [...input.supportUnitIds].sort(),
      supportGroupIds: [...input.supportGroupIds].sort(),
    };
    const before = {
      title: task.title,
      expectedOutput: task.expectedOutput,
      deadlineKind: task.deadlineKind,
      dueDate: task.dueDate?.toISOString().slice(0, 10) ?? null,
      deadlineText: task.deadlineText,
      supportText: task.supportText,
      leadUnitIds: [...assigned.lead.unitIds].sort(),
      leadGroupIds: [...assigned.lead.groupIds].sort(),
      supportUnitIds: [...assigned.support.unitIds].sort(),
      supportGroupIds: [...assigned.support.groupIds].sort(),
    };
    await writeIfCurrent(tx, task.id, input.version, {
      title: after.title,
      expectedOutput: after.expectedOutput,
      deadlineKind: after.deadlineKind,
      dueDate: dueDate ? dateFromKey(dueDate) : null,
      deadlineText: after.deadlineText,
      supportText: after.supportText,
    });
    await writeAssignment(tx, task, {
      lead: { unitIds: input.leadUnitIds, groupIds: input.leadGroupIds },
      support: { unitIds: input.supportUnitIds, groupIds: input.supportGroupIds },
    });
    await ctx.audit("tasks.edit", { type: "Task", id: task.id }, { reason: input.reason, before, after });
    return { version: input.version + 1 };
  },
});
