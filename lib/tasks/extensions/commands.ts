// Deadline extension requests ("đề nghị gia hạn", docs/architecture.md#deadlines-and-task-status):
// the lead unit asks for a later date with a reason and evidence; the chair approves it (the
// requested date or another), or refuses it with a comment. An approval moves Task.dueDate in
// place, like a direction does, and audits the previous date (`before.dueDate`), so that past
// dashboard and report periods rewind to the deadline in force then (lib/tasks/deadline-history.ts).
import { refuseClosed } from "../closed";
import { loadTask } from "../load";
import { defineAction, notFound } from "../../actions/safe-action";
import { canDecideExtension, canReportProgress, canRequestExtension } from "../../auth/permissions";
import type { Tx } from "../../db";
import { dateFromKey, dateOnlyKey, formatDateKey, formatDateTime } from "../../dates";
import { AppError } from "../../errors";
import { storeAttachments, takeEvidence } from "../../files/attach";
import { readCommuneSettings } from "../../communes/settings";
import { writeIfCurrent } from "../versioned-write";
import { notifyChairs, notifyUnit } from "./notify";
import { decideExtensionSchema, requestExtensionSchema } from "./schemas";

/** The refusal of a second request while one waits (the partial unique index says the same last). */
export const PENDING_EXISTS = "Nhiệm vụ này đang có một đề nghị gia hạn chờ Chủ tịch xem xét. Chờ ý kiến trước khi gửi đề nghị khác.";

/** The task's deadline as a day key, or the reason it cannot be extended. */
function extendableDeadline(task: { deadlineKind: string; dueDate: Date | null; workStatus: string }): string {
  if (task.deadlineKind !== "FIXED" || !task.dueDate) {
    throw new AppError("VALIDATION", "Chỉ nhiệm vụ có thời hạn là một ngày cụ thể mới đề nghị gia hạn được.");
  }
  if (task.workStatus === "DONE") throw new AppError("VALIDATION", "Nhiệm vụ đã hoàn thành, không còn gia hạn được.");
  return dateOnlyKey(task.dueDate);
}

async function refuseAboveMaximum(tx: Tx, communeId: string, extensionCount: number) {
  const { maxDeadlineExtensions: max } = await readCommuneSettings(tx, communeId);
  if (max === 0) throw new AppError("VALIDATION", "Xã, phường không cho phép gia hạn thời hạn nhiệm vụ (số lần gia hạn tối đa là 0).");
  if (extensionCount >= max) {
    throw new AppError("VALIDATION", `Nhiệm vụ đã được gia hạn ${extensionCount} lần, tối đa ${max} lần: không thể gia hạn thêm.`);
  }
}

function laterThan(day: string, current: string, field: string) {
  if (day <= current) {
    const message = `Thời hạn mới phải sau thời hạn hiện tại (${formatDateKey(current)})`;
    throw new AppError("VALIDATION", `${message}.`, { [field]: [message] });
  }
}

export const requestExtension = defineAction({
  name: "tasks.requestExtension",
  schema: requestExtensionSchema,
  // The gate before the row check: staff of a unit of the commune; canRequestExtension is on the task.
  permission: canReportProgress,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const { task, scope } = await loadTask(tx, ctx.commune, input.taskId);
    if (!canRequestExtension(user, scope)) throw new AppError("FORBIDDEN", "Chỉ cán bộ đơn vị chủ trì được đề nghị gia hạn nhiệm vụ này.");
    refuseClosed(task);
    const unitId = user.unitId ?? notFound();
    const current = extendableDeadline(task);
    laterThan(input.requestedDueDate, current, "requestedDueDate");
    const pending = await tx.deadlineExtension.findFirst({ where: { taskId: task.id, status: "PENDING" }, select: { id: true } });
    if (pending) throw new AppError("DUPLICATE", PENDING_EXISTS);
    await refuseAboveMaximum(tx, task.communeId, task.extensionCount);
    const files = await takeEvidence(ctx, task.communeId, input);
    const row = await tx.deadlineExtension
      .create({
        data: {
          communeId: task.communeId,
          taskId: task.id,
          unitId,
          requestedById: user.id,
          reason: input.reason,
          currentDueDate: dateFromKey(current),
          requestedDueDate: dateFromKey(input.requestedDueDate),
        },
        select: { id: true, unit: { select: { name: true } } },
      })
      .catch((err: unknown) => {
        // Two requests sent at once: the index keeps one pending per task, the other hears why.
        if ((err as { code?: string }).code === "P2002") throw new AppError("DUPLICATE", PENDING_EXISTS);
        throw err;
      });
    const attachmentIds = await storeAttachments(ctx, files, {
      communeId: task.communeId,
      taskId: task.id,
      extensionId: row.id,
      uploadedById: user.id,
    });
    await ctx.audit(
      "tasks.requestExtension",
      { type: "Task", id: task.id },
      { extensionId: row.id, reason: input.reason, currentDueDate: current, requestedDueDate: input.requestedDueDate, attachmentIds },
    );
    const notified = await notifyChairs(ctx, task, {
      title: `Đề nghị gia hạn nhiệm vụ ${task.code}`,
      body: `${row.unit.name} đề nghị gia hạn nhiệm vụ ${task.code} “${task.title}” từ ${formatDateKey(current)} đến ${formatDateKey(input.requestedDueDate)}. Lý do: ${input.reason}`,
    });
    return { extensionId: row.id, notified };
  },
});

/** The refusal of a second decision: who decided first, when, and how. */
async function alreadyDecided(tx: Tx, extensionId: string): Promise<AppError> {
  const won = await tx.deadlineExtension.findUniqueOrThrow({
    where: { id: extensionId },
    select: { status: true, decidedAt: true, approvedDueDate: true, decisionComment: true, decidedBy: { select: { fullName: true } } },
  });
  const who = won.decidedBy?.fullName ?? "người khác";
  const what =
    won.status === "APPROVED" && won.approvedDueDate
      ? `chấp thuận gia hạn đến ${formatDateKey(dateOnlyKey(won.approvedDueDate))}`
      : "không chấp thuận";
  return new AppError("CONFLICT", `Đề nghị này đã được ${who} xử lý lúc ${formatDateTime(won.decidedAt)}: ${what}.`, undefined, {
    status: won.status,
    decidedBy: who,
    decidedAt: won.decidedAt?.toISOString() ?? null,
  });
}

export const decideExtension = defineAction({
  name: "tasks.decideExtension",
  schema: decideExtensionSchema,
  permission: canDecideExtension,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const ext = await tx.deadlineExtension.findFirst({ where: { id: input.extensionId, communeId: ctx.commune.communeId } });
    if (!ext) notFound();
    const { task } = await loadTask(tx, ctx.commune, ext.taskId);
    if (ext.status !== "PENDING") throw await alreadyDecided(tx, ext.id);
    const approve = input.decision !== "REFUSE";
    let approved: string | null = null;
    let current: string | null = null;
    if (approve) {
      current = extendableDeadline(task);
      approved = input.decision === "APPROVE" ? dateOnlyKey(ext.requestedDueDate) : input.approvedDueDate!;
      laterThan(approved, current, input.decision === "APPROVE" ? "decision" : "approvedDueDate");
      await refuseAboveMaximum(tx, task.communeId, task.extensionCount);
    }
    // Only if nobody decided meanwhile: of two decisions sent at once, PostgreSQL re-checks the
    // status after waiting on the row, so one wins and the other is told what it decided.
    const res = await tx.deadlineExtension.updateMany({
      where: { id: ext.id, status: "PENDING" },
      data: {
        status: approve ? "APPROVED" : "REFUSED",
        decidedById: user.id,
        decidedAt: new Date(),
        approvedDueDate: approved ? dateFromKey(approved) : null,
        decisionComment: input.comment || null,
      },
    });
    if (res.count === 0) throw await alreadyDecided(tx, ext.id);
    if (approved && current) {
      await writeIfCurrent(tx, task.id, task.version, {
        dueDate: dateFromKey(approved),
        originalDueDate: task.originalDueDate ?? task.dueDate,
        extensionCount: { increment: 1 },
      });
    }
    await ctx.audit(
      "tasks.decideExtension",
      { type: "Task", id: task.id },
      {
        extensionId: ext.id,
        decision: input.decision,
        ...(input.comment ? { decisionComment: input.comment } : {}),
        ...(approved ? { before: { dueDate: current }, after: { dueDate: approved } } : {}),
      },
    );
    const notified = await notifyUnit(ctx, task, ext.unitId, {
      title: approved
        ? `Nhiệm vụ ${task.code} được gia hạn đến ${formatDateKey(approved)}`
        : `Đề nghị gia hạn nhiệm vụ ${task.code} không được chấp thuận`,
      body: approved
        ? `Chủ tịch đã chấp thuận gia hạn nhiệm vụ ${task.code} “${task.title}” từ ${formatDateKey(current!)} đến ${formatDateKey(approved)}.${input.comment ? ` Ý kiến: ${input.comment}` : ""}`
        : `Chủ tịch không chấp thuận đề nghị gia hạn nhiệm vụ ${task.code} “${task.title}”. Ý kiến: ${input.comment}`,
    });
    return {
      extensionId: ext.id,
      taskId: task.id,
      status: approve ? ("APPROVED" as const) : ("REFUSED" as const),
      dueDate: approved,
      notified,
    };
  },
});
