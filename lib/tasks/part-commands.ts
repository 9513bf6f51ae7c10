// "Không phát sinh" on a unit's part of a group-led task (lib/tasks/parts.ts): a member unit says the
// task does not concern it (with a reason), and the standing office, which sees it on the task page
// and in the task list, can reverse that. Both are optimistic on the part's version, keep the task's
// aggregate in step in the same transaction, and are audited.
import { taskScope } from "./assignment";
import { defineAction, notFound } from "../actions/safe-action";
import { canReopenPart, canReportProgress, canUpdateTask, type CommuneScope } from "../auth/permissions";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { writeTaskAggregate } from "./parts";
import { partConflict } from "./progress";
import { markPartNotApplicableSchema, reopenPartSchema } from "./schemas";

/**
 * The commune's task, locked (so that two members marking the last two parts at once cannot both
 * pass the "one part must remain" check), with its lead units, or "not found".
 */
async function lockTask(tx: Tx, commune: CommuneScope, taskId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Task" WHERE id = ${taskId} AND "communeId" = ${commune.communeId} FOR UPDATE`;
  if (locked.length === 0) notFound();
  const units = await tx.taskUnit.findMany({ where: { taskId, communeId: commune.communeId }, select: { role: true, unitId: true } });
  return taskScope(commune, units);
}

const partState = (p: { workStatus: string; progress: number; notApplicableReason: string | null }) => ({
  workStatus: p.workStatus,
  progress: p.progress,
  notApplicableReason: p.notApplicableReason,
});

export const markPartNotApplicable = defineAction({
  name: "tasks.markPartNotApplicable",
  schema: markPartNotApplicableSchema,
  permission: canReportProgress,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const scope = await lockTask(tx, ctx.commune, input.taskId);
    if (!canUpdateTask(user, scope)) throw new AppError("FORBIDDEN", "Chỉ cán bộ đơn vị chủ trì được báo phần việc của đơn vị.");
    const unitId = user.unitId ?? notFound();
    const part = await tx.taskPart.findFirst({ where: { taskId: input.taskId, unitId, communeId: ctx.commune.communeId } });
    if (!part) throw new AppError("VALIDATION", "Nhiệm vụ này không chia phần việc theo đơn vị: đơn vị báo cáo tiến độ của cả nhiệm vụ.");
    if (part.version !== input.version) throw await partConflict(tx, part.id);
    if (part.notApplicableReason) return { version: part.version }; // already so, as the person saw it: nothing to change
    const others = await tx.taskPart.count({ where: { taskId: input.taskId, id: { not: part.id }, notApplicableReason: null } });
    if (others === 0) {
      throw new AppError(
        "VALIDATION",
        "Không thể báo “không phát sinh”: nhiệm vụ phải còn ít nhất một đơn vị thực hiện. Đề nghị Văn phòng điều chỉnh đơn vị chủ trì nhiệm vụ.",
        { reason: ["Đơn vị là đơn vị cuối cùng còn thực hiện nhiệm vụ này"] },
      );
    }
    const now = new Date();
    const res = await tx.taskPart.updateMany({
      where: { id: part.id, version: input.version },
      data: { notApplicableReason: input.reason, notApplicableAt: now, notApplicableById: user.id, version: { increment: 1 } },
    });
    if (res.count === 0) throw await partConflict(tx, part.id);
    const aggregate = await writeTaskAggregate(tx, input.taskId);
    await ctx.audit(
      "tasks.markPartNotApplicable",
      { type: "Task", id: input.taskId },
      {
        partUnitId: unitId,
        reason: input.reason,
        before: partState(part),
        after: { ...partState(part), notApplicableReason: input.reason },
        task: aggregate,
      },
    );
    return { version: input.version + 1 };
  },
});

export const reopenPart = defineAction({
  name: "tasks.reopenPart",
  schema: reopenPartSchema,
  permission: canReopenPart,
  async run(ctx) {
    const { input, tx } = ctx;
    await lockTask(tx, ctx.commune, input.taskId);
    const part = await tx.taskPart.findFirst({ where: { taskId: input.taskId, unitId: input.unitId, communeId: ctx.commune.communeId } });
    if (!part) throw new AppError("VALIDATION", "Đơn vị không có phần việc trong nhiệm vụ này.");
    if (part.version !== input.version) throw await partConflict(tx, part.id);
    if (!part.notApplicableReason) return { version: part.version }; // already being done: nothing to reopen
    const res = await tx.taskPart.updateMany({
      where: { id: part.id, version: input.version },
      data: { notApplicableReason: null, notApplicableAt: null, notApplicableById: null, version: { increment: 1 } },
    });
    if (res.count === 0) throw await partConflict(tx, part.id);
    const aggregate = await writeTaskAggregate(tx, input.taskId);
    await ctx.audit(
      "tasks.reopenPart",
      { type: "Task", id: input.taskId },
      {
        partUnitId: input.unitId,
        before: partState(part),
        after: { ...partState(part), notApplicableReason: null },
        task: aggregate,
      },
    );
    return { version: input.version + 1 };
  },
});
