// Optimistic concurrency of a task's own row: a write names the version the user saw and happens
// only if it is still current; otherwise the user is told what the task looks like now, and the
// form keeps what they typed. Used by every command that changes a task (progress, direction, edit).
import type { Tx } from "../db";
import { formatDateTime } from "../dates";
import { AppError } from "../errors";

/** The refusal a stale write gets: what the task looks like now, so the form can show what changed. */
export async function taskConflict(tx: Tx, taskId: string): Promise<AppError> {
  const now = await tx.task.findUniqueOrThrow({
    where: { id: taskId },
    select: {
      version: true,
      workStatus: true,
      progress: true,
      title: true,
      dueDate: true,
      updates: {
        where: { kind: "PROGRESS" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true, result: true, author: { select: { fullName: true } } },
      },
    },
  });
  const last = now.updates[0];
  const who = last ? `${last.author.fullName} lúc ${formatDateTime(last.createdAt)}` : "người khác";
  return new AppError(
    "CONFLICT",
    `Nhiệm vụ vừa được ${who} thay đổi. Nội dung bạn nhập vẫn được giữ: hãy xem thay đổi rồi gửi lại.`,
    undefined,
    {
      version: now.version,
      workStatus: now.workStatus,
      progress: now.progress,
      title: now.title,
      dueDate: now.dueDate?.toISOString().slice(0, 10) ?? null,
      lastResult: last?.result ?? null,
      lastBy: last?.author.fullName ?? null,
      lastAt: last?.createdAt.toISOString() ?? null,
    },
  );
}

/** Bumps the version only if it is still `version`; otherwise refuses with the current state. */
export async function writeIfCurrent(tx: Tx, taskId: string, version: number, data: Parameters<Tx["task"]["updateMany"]>[0]["data"]) {
  const res = await tx.task.updateMany({ where: { id: taskId, version }, data: { ...data, version: { increment: 1 } } });
  if (res.count === 0) throw await taskConflict(tx, taskId);
}
