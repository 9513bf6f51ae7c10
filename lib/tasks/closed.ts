// A closed task (Task.closedKind: "không phát sinh" chosen by the commune, or withdrawn by the province)
// is no longer carried out: nothing new is reported, asked or directed on it. Its page still shows its
// history with the reason (lib/plans/active.ts COUNTED_TASK leaves it out of the lists and counts).
import type { TaskClosure } from "../generated/prisma/enums";
import { AppError } from "../errors";

export const CLOSURE_LABELS: Record<TaskClosure, string> = {
  NOT_APPLICABLE: "Không phát sinh",
  WITHDRAWN: "Không còn thực hiện",
};

/** The refusal of any new work on a closed task. */
export function refuseClosed(task: { closedKind: TaskClosure | null }): void {
  if (task.closedKind) {
    throw new AppError(
      "VALIDATION",
      `Nhiệm vụ đã đóng (${CLOSURE_LABELS[task.closedKind].toLowerCase()}): không phát sinh / không còn thực hiện, không ghi nhận thêm nội dung mới.`,
    );
  }
}
