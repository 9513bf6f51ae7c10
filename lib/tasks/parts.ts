// Phần việc của đơn vị: when a task's lead side names a unit group, each lead unit reports its own
// part, and the task's status and progress are the aggregate written here (the one place that
// decides it). Readers of Task.workStatus/progress/completedAt never look at parts: the aggregate is
// written back to the task in the same transaction as every part change.
import type { Tx } from "../db";
import type { WorkStatus } from "../generated/prisma/enums";

export type PartState = {
  workStatus: WorkStatus;
  progress: number;
  completedAt: Date | null;
  /** Set when the unit marked its part "không phát sinh": it no longer counts. */
  notApplicableReason: string | null;
};

export type TaskAggregate = { workStatus: WorkStatus; progress: number; completedAt: Date | null };

/**
 * The whole task from its parts: progress = the mean over the parts that apply; done when every
 * part that applies is done (completed on the last one's day); not started while none started;
 * paused when nothing is in progress and something is paused; otherwise in progress. Null when no
 * part applies (every member said "không phát sinh"): the caller keeps the task as it is.
 */
export function aggregateParts(parts: readonly PartState[]): TaskAggregate | null {
  const applicable = parts.filter((p) => !p.notApplicableReason);
  if (applicable.length === 0) return null;
  const progress = Math.round(applicable.reduce((sum, p) => sum + p.progress, 0) / applicable.length);
  if (applicable.every((p) => p.workStatus === "DONE")) {
    const completedAt = applicable.reduce<Date | null>(
      (max, p) => (p.completedAt && (!max || p.completedAt > max) ? p.completedAt : max),
      null,
    );
    return { workStatus: "DONE", progress: 100, completedAt };
  }
  if (applicable.every((p) => p.workStatus === "NOT_STARTED")) return { workStatus: "NOT_STARTED", progress, completedAt: null };
  const open = applicable.filter((p) => p.workStatus !== "DONE");
  const paused = open.some((p) => p.workStatus === "PAUSED") && !open.some((p) => p.workStatus === "IN_PROGRESS");
  return { workStatus: paused ? "PAUSED" : "IN_PROGRESS", progress, completedAt: null };
}

/**
 * Locks the task row (so that two members reporting at once aggregate each other's writes), reads
 * its parts and writes the aggregate to the task, bumping its version. Returns the aggregate, or
 * null when the task has no part that applies (then the task is left unchanged).
 */
export async function writeTaskAggregate(tx: Tx, taskId: string): Promise<TaskAggregate | null> {
  await tx.$queryRaw`SELECT id FROM "Task" WHERE id = ${taskId} FOR UPDATE`;
  const parts = await tx.taskPart.findMany({
    where: { taskId },
    select: { workStatus: true, progress: true, completedAt: true, notApplicableReason: true },
  });
  const aggregate = aggregateParts(parts);
  if (!aggregate) return null;
  await tx.task.update({ where: { id: taskId }, data: { ...aggregate, version: { increment: 1 } } });
  return aggregate;
}
