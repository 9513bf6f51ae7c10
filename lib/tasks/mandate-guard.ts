// A task the province handed down (Task.provinceTaskId) keeps the province's wording and deadline:
// the commune assigns its own units, but rewords it only when the province task is `adaptable`, and
// never moves its deadline by an edit (an extension decided by the chair stays the way to do that).
import type { Tx } from "../db";
import type { DeadlineKind } from "../generated/prisma/enums";
import { AppError } from "../errors";

type Edited = {
  title: string;
  expectedOutput: string | null;
  deadlineKind: DeadlineKind;
  dueDate: string | null | undefined;
  deadlineText: string;
};
type Stored = {
  provinceTaskId: string | null;
  title: string;
  expectedOutput: string | null;
  deadlineKind: DeadlineKind;
  dueDate: Date | null;
  deadlineText: string;
};

export const MANDATE_WORDING_LOCKED = "Nội dung nhiệm vụ do tỉnh giao, xã không được sửa";
export const MANDATE_DEADLINE_LOCKED =
  "Thời hạn của nhiệm vụ do tỉnh giao là thời hạn của tỉnh, không sửa được ở đây. Nếu cần thêm thời gian, đơn vị chủ trì đề nghị gia hạn để Chủ tịch xem xét.";

/** Refuses the parts of an edit a mandated task does not allow; an own task passes untouched. */
export async function refuseMandateEdits(tx: Tx, task: Stored, after: Edited): Promise<void> {
  if (!task.provinceTaskId) return;
  const day = task.dueDate?.toISOString().slice(0, 10) ?? null;
  if (after.deadlineKind !== task.deadlineKind || (after.dueDate ?? null) !== day || after.deadlineText !== task.deadlineText) {
    throw new AppError("VALIDATION", MANDATE_DEADLINE_LOCKED, { dueDate: [MANDATE_DEADLINE_LOCKED] });
  }
  if (after.title === task.title && after.expectedOutput === task.expectedOutput) return;
  const source = await tx.provinceTask.findUnique({ where: { id: task.provinceTaskId }, select: { adaptable: true } });
  if (!source?.adaptable) throw new AppError("VALIDATION", MANDATE_WORDING_LOCKED, { title: [MANDATE_WORDING_LOCKED] });
}
