// Writing a lead unit's progress report: the one path for the progress form, the period-closing
// form ("không thay đổi so với kỳ trước" included) and the standing office's "báo cáo thay". On a
// task led by a unit group the report is the unit's own part (its own version, so members never
// block each other) and the task becomes the aggregate of its parts; otherwise it is the task's.
import type { ActionContext } from "../actions/safe-action";
import { formatDateTime } from "../dates";
import { AppError } from "../errors";
import { storeAttachments, type Evidence } from "../files/attach";
import type { WorkStatus } from "../generated/prisma/enums";
import { writeTaskAggregate } from "./parts";
import { writeIfCurrent } from "./versioned-write";

export type ProgressReport = {
  workStatus: WorkStatus;
  progress: number;
  result: string;
  difficulties: string;
  proposals: string;
  /** "YYYY-MM-DD" when done. */
  completedDate: string | null;
  /** The version the writer saw: of the unit's part on a group task, of the task otherwise. */
  version: number;
};

export type ProgressOptions = {
  files?: Evidence[];
  /** Sent as "không thay đổi so với kỳ trước" from the period-closing form. */
  unchanged?: boolean;
  /** Written by the standing office for a unit without an active account. */
  onBehalf?: boolean;
};

export type RecordedProgress = { updateId: string; version: number; workStatus: WorkStatus; progress: number };

type TaskState = { id: string; communeId: string; workStatus: WorkStatus; progress: number; completedAt: Date | null };
type Ctx = Pick<ActionContext<unknown>, "tx" | "onRollback" | "audit" | "user">;

/** A completion date is a local day; kept as noon in Vietnam so that it reads as that day anywhere. */
function completionInstant(day: string): Date {
  return new Date(`${day}T12:00:00+07:00`);
}

/**
 * The refusal of a stale write on a unit's part (its report, "không phát sinh", reopening): what the
 * part looks like now and the unit's latest report on it, so that the form shows what changed.
 */
export async function partConflict(tx: Ctx["tx"], partId: string): Promise<AppError> {
  const part = await tx.taskPart.findUniqueOrThrow({
    where: { id: partId },
    select: {
      version: true,
      workStatus: true,
      progress: true,
      updatedAt: true,
      notApplicableReason: true,
      unitId: true,
      task: { select: { id: true, code: true, title: true, dueDate: true } },
    },
  });
  const last = await tx.taskUpdate.findFirst({
    where: { taskId: part.task.id, unitId: part.unitId, kind: "PROGRESS" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, result: true, author: { select: { fullName: true } } },
  });
  const what = part.task.code ? `Phần việc của đơn vị ở nhiệm vụ ${part.task.code}` : "Phần việc của đơn vị";
  return new AppError(
    "CONFLICT",
    `${what} vừa được cập nhật lúc ${formatDateTime(part.updatedAt)}. Nội dung bạn nhập vẫn được giữ: hãy xem rồi gửi lại.`,
    undefined,
    {
      part: true,
      version: part.version,
      workStatus: part.workStatus,
      progress: part.progress,
      notApplicableReason: part.notApplicableReason,
      title: part.task.title,
      dueDate: part.task.dueDate?.toISOString().slice(0, 10) ?? null,
      lastResult: last?.result ?? null,
      lastBy: last?.author.fullName ?? null,
      lastAt: last?.createdAt.toISOString() ?? null,
    },
  );
}

/**
 * Records `unitId`'s progress report on `task` (the caller has checked that the unit leads it and
 * that the user may write for the unit). Refuses a stale version with the current state, a
 * completion date after today, and a part marked "không phát sinh".
 */
export async function recordProgress(
  ctx: Ctx,
  task: TaskState,
  unitId: string,
  report: ProgressReport,
  opts: ProgressOptions = {},
): Promise<RecordedProgress> {
  const { tx, user } = ctx;
  const done = report.workStatus === "DONE";
  const now = new Date();
  const completedAt = done && report.completedDate ? completionInstant(report.completedDate) : null;
  if (completedAt && completedAt.getTime() > now.getTime() + 12 * 3_600_000) {
    throw new AppError("VALIDATION", "Ngày hoàn thành không được sau hôm nay.", {
      completedDate: ["Ngày hoàn thành không được sau hôm nay"],
    });
  }
  const progress = done ? 100 : report.progress;
  const after = { workStatus: report.workStatus, progress, completedAt };

  const parts = await tx.taskPart.findMany({
    where: { taskId: task.id },
    select: { id: true, unitId: true, workStatus: true, progress: true, completedAt: true, notApplicableReason: true },
  });
  const part = parts.find((p) => p.unitId === unitId);
  let version: number;
  let before: { workStatus: WorkStatus; progress: number; completedAt: Date | null };
  if (parts.length > 0) {
    if (!part) throw new AppError("FORBIDDEN", "Đơn vị không có phần việc trong nhiệm vụ này.");
    if (part.notApplicableReason) {
      throw new AppError(
        "VALIDATION",
        "Phần việc của đơn vị đã được đánh dấu “không phát sinh”. Đề nghị Văn phòng mở lại nếu đơn vị cần báo cáo.",
      );
    }
    before = part;
    const res = await tx.taskPart.updateMany({
      where: { id: part.id, version: report.version },
      data: { ...after, lastUpdateAt: now, version: { increment: 1 } },
    });
    if (res.count === 0) throw await partConflict(tx, part.id);
    await writeTaskAggregate(tx, task.id);
    await tx.task.update({ where: { id: task.id }, data: { lastUpdateAt: now } });
    version = report.version + 1;
  } else {
    before = task;
    await writeIfCurrent(tx, task.id, report.version, { ...after, lastUpdateAt: now });
    version = report.version + 1;
  }

  const update = await tx.taskUpdate.create({
    data: {
      communeId: task.communeId,
      taskId: task.id,
      kind: "PROGRESS",
      unitId,
      authorId: user.id,
      ...after,
      result: report.result,
      difficulties: report.difficulties,
      proposals: report.proposals,
      unchanged: opts.unchanged ?? false,
      onBehalf: opts.onBehalf ?? false,
      createdAt: now,
    },
  });
  const attachmentIds = await storeAttachments(ctx, opts.files ?? [], {
    communeId: task.communeId,
    taskId: task.id,
    updateId: update.id,
    uploadedById: user.id,
  });
  await ctx.audit(
    "tasks.submitUpdate",
    { type: "Task", id: task.id },
    {
      updateId: update.id,
      attachmentIds,
      ...(part ? { partUnitId: unitId } : {}),
      ...(opts.onBehalf ? { onBehalfOfUnitId: unitId } : {}),
      ...(opts.unchanged ? { unchanged: true } : {}),
      before: { workStatus: before.workStatus, progress: before.progress, completedAt: before.completedAt?.toISOString() ?? null },
      after: { workStatus: after.workStatus, progress, completedAt: completedAt?.toISOString() ?? null },
    },
  );
  return { updateId: update.id, version, workStatus: report.workStatus, progress };
}
