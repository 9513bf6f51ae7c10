// Input of the report forms, shared by the server actions and the forms' messages.
import { z } from "zod";
import "../validation/messages";
import { id, isoDay, str, text, version } from "../validation/fields";
import { checkProgressReport, progressReportFields } from "../tasks/report-fields";
import { printedReportNumber, REPORT_NUMBER } from "./number";

const periodKey = str().trim().min(1, "Chưa chọn kỳ báo cáo").max(20, "Kỳ báo cáo không hợp lệ");

export const createDraftSchema = z.object({ communeId: id, planId: id, periodKey });

const section = (label: string) => text(20_000, label);

/** Nơi nhận in a text area, one per line; empty lines dropped. */
const recipients = str()
  .max(3000, "Nơi nhận: tối đa 3000 ký tự")
  .default("")
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length <= 30, "Nơi nhận: tối đa 30 dòng");

export const saveReportSchema = z.object({
  communeId: id,
  reportId: id,
  version,
  intro: section("Mở đầu"),
  assessment: section("Đánh giá chung"),
  results: section("Kết quả theo nhóm nhiệm vụ"),
  overdue: section("Nhiệm vụ chậm, quá hạn"),
  difficulties: section("Khó khăn, vướng mắc"),
  proposals: section("Đề xuất, kiến nghị"),
  priorities: section("Nhiệm vụ trọng tâm kỳ tới"),
  closing: section("Kết thúc"),
  summary: str().trim().min(1, "Nhập trích yếu của báo cáo").max(500, "Trích yếu: tối đa 500 ký tự"),
  place: str().trim().min(1, "Nhập địa danh ghi ở dòng ngày tháng").max(100, "Địa danh: tối đa 100 ký tự"),
  number: str()
    .trim()
    .max(30, "Số báo cáo: tối đa 30 ký tự")
    .default("")
    .transform(printedReportNumber)
    .refine((v) => v === "" || REPORT_NUMBER.test(v), 'Số báo cáo có dạng "05/BC-UBND"'),
  issuedDate: z.union([z.literal(""), isoDay]).default(""),
  signerMode: z.enum(["TM", "KT"], { message: "Chọn thẩm quyền ký (TM. hoặc KT.)" }),
  signerTitle: str().trim().min(1, "Nhập chức vụ người ký").max(100, "Chức vụ: tối đa 100 ký tự"),
  signerName: text(100, "Người ký"),
  recipients,
});

export type SaveReportInput = z.output<typeof saveReportSchema>;

/**
 * "Ký duyệt, phát hành": the draft's fields and, when the session's second-factor check is older than
 * 12 hours, the code from the authenticator (lib/accounts/step-up.ts STEP_UP_FIELD; written out here
 * because this file is read by the browser too).
 */
export const finalizeReportSchema = saveReportSchema.extend({
  secondFactorCode: str().trim().max(20, "Mã xác thực không hợp lệ").optional(),
});

export const reportRefSchema = z.object({ communeId: id, reportId: id });

export const confirmReportedSchema = z.object({ communeId: id, planId: id, periodKey });

/** One row of the period-closing form: "không thay đổi so với kỳ trước" with a note, or a real report. */
export const closePeriodItemSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({ taskId: id, version, mode: z.literal("unchanged"), note: text(1000, "Ghi chú") }),
    z.object({ taskId: id, version, mode: z.literal("update"), ...progressReportFields }).superRefine(checkProgressReport),
  ],
  { message: "Chọn “Không thay đổi” hoặc “Cập nhật mới” cho từng nhiệm vụ" },
);

export type ClosePeriodItem = z.output<typeof closePeriodItemSchema>;

/** The form sends its rows as one JSON field (a form has no lists of objects); code may pass the list itself. */
const jsonList = (v: unknown) => {
  if (typeof v !== "string") return v;
  try {
    return v.length > 2_000_000 ? v : (JSON.parse(v) as unknown);
  } catch {
    return v;
  }
};

export const closePeriodSchema = z.object({
  communeId: id,
  planId: id,
  periodKey,
  /** "Báo cáo thay": the unit the standing office reports for; empty for the user's own unit. */
  unitId: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => v || null),
  items: z.preprocess(
    jsonList,
    z
      .array(closePeriodItemSchema, { message: "Danh sách nhiệm vụ gửi lên không hợp lệ" })
      .max(500, "Tối đa 500 nhiệm vụ trong một lần gửi")
      .refine((list) => new Set(list.map((i) => i.taskId)).size === list.length, "Một nhiệm vụ được gửi hai lần"),
  ),
});

export const remindUnitsSchema = z.object({
  communeId: id,
  planId: id,
  periodKey,
  unitIds: z.array(id).min(1, "Chọn ít nhất một đơn vị để nhắc").max(200),
});

export const weekStartSchema = z.object({
  communeId: id,
  planId: id,
  reportWeekStart: z.coerce.number().int().min(1, "Chọn ngày bắt đầu tuần").max(7, "Chọn ngày bắt đầu tuần"),
});
