// The fields of a lead unit's progress report and the rules between them: the task's progress form
// and each row of the period-closing form use these (no server-only import: the closing form checks
// its rows in the browser too).
import { z } from "zod";
import "../validation/messages";
import { optionalDay, text } from "../validation/fields";

export const WORK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "PAUSED"] as const;

/** The fields of a lead unit's progress report: the task form's and each row of the period-closing form's. */
export const progressReportFields = {
  workStatus: z.enum(WORK_STATUSES, { message: "Chọn tình trạng thực hiện" }),
  progress: z.coerce
    .number({ message: "Tiến độ phải là một số" })
    .int("Tiến độ phải là số nguyên")
    .min(0, "Tiến độ từ 0 đến 100%")
    .max(100, "Tiến độ từ 0 đến 100%"),
  result: text(5000, "Kết quả thực hiện"),
  difficulties: text(3000, "Khó khăn, vướng mắc"),
  proposals: text(3000, "Đề xuất, kiến nghị"),
  completedDate: optionalDay,
};

type ProgressReportInput = {
  workStatus: (typeof WORK_STATUSES)[number];
  result: string;
  difficulties: string;
  completedDate: string | null;
};

/** The rules between a report's fields, wherever a report is written. */
export function checkProgressReport(v: ProgressReportInput, ctx: z.RefinementCtx) {
  if (v.workStatus !== "NOT_STARTED" && !v.result) {
    ctx.addIssue({ code: "custom", path: ["result"], message: "Nhập kết quả thực hiện trong kỳ" });
  }
  if (v.workStatus === "DONE" && !v.completedDate) {
    ctx.addIssue({ code: "custom", path: ["completedDate"], message: "Nhập ngày hoàn thành" });
  }
  if (v.workStatus === "PAUSED" && !v.difficulties) {
    ctx.addIssue({ code: "custom", path: ["difficulties"], message: "Nêu khó khăn, vướng mắc khiến nhiệm vụ tạm dừng" });
  }
}
