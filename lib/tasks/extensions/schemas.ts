// Input of the deadline-extension forms ("Đề nghị gia hạn" and the chair's decision), shared by the
// server actions and the forms' error display.
import { z } from "zod";
import "../../validation/messages";
import { id, isoDay, str, text } from "../../validation/fields";
import { MAX_FILES_PER_UPDATE } from "../../files/inspect";
import { uploadIds } from "../../files/evidence-fields";
import { EXTENSION_DECISIONS, MIN_REASON_LENGTH } from "./limits";

export const requestExtensionSchema = z.object({
  communeId: id,
  taskId: id,
  requestedDueDate: str().trim().min(1, "Nhập thời hạn đề nghị gia hạn").pipe(isoDay),
  reason: str()
    .trim()
    .min(MIN_REASON_LENGTH, `Nêu lý do đề nghị gia hạn (ít nhất ${MIN_REASON_LENGTH} ký tự)`)
    .max(2000, "Lý do tối đa 2000 ký tự"),
  files: z
    .array(z.instanceof(File, { message: "Tệp đính kèm không hợp lệ" }))
    .max(MAX_FILES_PER_UPDATE, `Tối đa ${MAX_FILES_PER_UPDATE} tệp cho mỗi lần gửi`)
    .default([]),
  uploadIds,
});

export const decideExtensionSchema = z
  .object({
    communeId: id,
    extensionId: id,
    decision: z.enum(EXTENSION_DECISIONS, { message: "Chọn cách xử lý đề nghị" }),
    /** The date the chair enters instead of the requested one (APPROVE_OTHER only). */
    approvedDueDate: z
      .union([z.literal(""), isoDay])
      .optional()
      .transform((v) => v || null),
    comment: text(2000, "Ý kiến"),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "APPROVE_OTHER" && !v.approvedDueDate) {
      ctx.addIssue({ code: "custom", path: ["approvedDueDate"], message: "Nhập thời hạn mới được chấp thuận" });
    }
    if (v.decision === "REFUSE" && v.comment.length < 5) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Nêu lý do không chấp thuận để đơn vị biết (ít nhất 5 ký tự)" });
    }
  });
