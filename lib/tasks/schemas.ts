// Input of the task forms (progress update, contribution, directive, edit, return), shared by the
// server actions and the forms' error display.
import { z } from "zod";
import "../validation/messages";
import { id, optionalDay, str, text, version } from "../validation/fields";
import { checkProgressReport, progressReportFields } from "./report-fields";
import { MAX_FILES_PER_UPDATE } from "../files/inspect";
import { uploadIds } from "../files/evidence-fields";
import { NOT_APPLICABLE_REASON_MIN } from "./part-limits";

const files = z
  .array(z.instanceof(File, { message: "Tệp đính kèm không hợp lệ" }))
  .max(MAX_FILES_PER_UPDATE, `Tối đa ${MAX_FILES_PER_UPDATE} tệp cho mỗi lần cập nhật`)
  .default([]);

export { WORK_STATUSES } from "./report-fields";

export const taskUpdateSchema = z
  .object({ communeId: id, taskId: id, version, ...progressReportFields, files, uploadIds })
  .superRefine(checkProgressReport);

export const contributionSchema = z.object({
  communeId: id,
  taskId: id,
  result: text(5000, "Nội dung phối hợp").pipe(str().min(1, "Nhập nội dung đơn vị đã phối hợp thực hiện")),
  difficulties: text(3000, "Khó khăn, vướng mắc"),
  proposals: text(3000, "Đề xuất, kiến nghị"),
  files,
  uploadIds,
});

export const directiveSchema = z
  .object({
    communeId: id,
    taskId: id,
    content: str().trim().min(3, "Nhập nội dung chỉ đạo").max(3000, "Nội dung chỉ đạo tối đa 3000 ký tự"),
    newDueDate: optionalDay,
    version: z.union([z.literal(""), version]).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.newDueDate && (v.version === undefined || v.version === "")) {
      ctx.addIssue({ code: "custom", path: ["version"], message: "Thiếu phiên bản dữ liệu" });
    }
  });

export const acknowledgeSchema = z.object({ communeId: id, directiveId: id });

export const returnUpdateSchema = z.object({
  communeId: id,
  updateId: id,
  comment: str().trim().min(5, "Nêu lý do trả lại để đơn vị sửa").max(2000, "Tối đa 2000 ký tự"),
});

export const DEADLINE_KINDS = ["FIXED", "RECURRING", "CONDITIONAL", "NONE"] as const;

export const editTaskSchema = z
  .object({
    communeId: id,
    taskId: id,
    version,
    title: str().trim().min(3, "Nhập tên nhiệm vụ").max(500, "Tên nhiệm vụ tối đa 500 ký tự"),
    expectedOutput: text(2000, "Sản phẩm"),
    deadlineKind: z.enum(DEADLINE_KINDS, { message: "Chọn loại thời hạn" }),
    dueDate: optionalDay,
    deadlineText: text(500, "Thời hạn theo văn bản"),
    leadUnitIds: z.array(id).default([]),
    leadGroupIds: z.array(id).default([]),
    supportUnitIds: z.array(id).default([]),
    supportGroupIds: z.array(id).default([]),
    supportText: text(500, "Đơn vị phối hợp khác"),
    reason: str().trim().min(5, "Nhập lý do điều chỉnh (ít nhất 5 ký tự)").max(1000, "Lý do tối đa 1000 ký tự"),
  })
  .superRefine((v, ctx) => {
    if (v.deadlineKind === "FIXED" && !v.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "Nhập hạn hoàn thành" });
    if (v.leadUnitIds.length === 0 && v.leadGroupIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["leadUnitIds"], message: "Chọn ít nhất một đơn vị hoặc nhóm đơn vị chủ trì" });
    }
    if (v.supportUnitIds.some((u) => v.leadUnitIds.includes(u))) {
      ctx.addIssue({ code: "custom", path: ["supportUnitIds"], message: "Một đơn vị không thể vừa chủ trì vừa phối hợp" });
    }
  });

export const markPartNotApplicableSchema = z.object({
  communeId: id,
  taskId: id,
  version,
  reason: str()
    .trim()
    .min(NOT_APPLICABLE_REASON_MIN, `Nêu lý do nhiệm vụ không phát sinh ở đơn vị (ít nhất ${NOT_APPLICABLE_REASON_MIN} ký tự)`)
    .max(1000, "Lý do tối đa 1000 ký tự"),
});

export const reopenPartSchema = z.object({ communeId: id, taskId: id, unitId: id, version });
