// Input of the province plan forms (issue 20): the plan's details, one task, one KPI, the refs of
// delete/withdraw/restore, the upload and publishing. Deadlines and KPI targets follow the commune rules
// (lib/tasks/schemas.ts, lib/indicators/schemas.ts), so a mandated task means the same in both places.
import { z } from "zod";
import "../validation/messages";
import { checkbox, id, isoDay, optionalDay, str, text, version } from "../validation/fields";
import { DEADLINE_KINDS } from "../tasks/schemas";
import { parseDecimal } from "../indicators/value-rules";
import { COMPARISONS, FREQUENCIES, MEASURES, UNITS } from "../indicators/vocabulary";

const optional = (max: number, label: string) =>
  text(max, label)
    .optional()
    .transform((v) => (v ? v : null));

/** The communes a task or KPI is handed to: "all", or the ticked ones (checked against the province in the command). */
const targetFields = {
  targetAll: checkbox,
  targetCommuneIds: z.array(id).max(1000, "Tối đa 1000 xã, phường").default([]),
};

const planFields = {
  provinceId: id,
  number: optional(100, "Số, ký hiệu"),
  title: str().trim().min(5, "Nhập tên kế hoạch (ít nhất 5 ký tự)").max(1000, "Tên kế hoạch tối đa 1000 ký tự"),
  /** Empty: "UBND <tên tỉnh>". */
  issuer: text(200, "Cơ quan ban hành"),
  issuedDate: optionalDay,
  signerName: optional(200, "Người ký"),
  signerTitle: optional(200, "Chức vụ người ký"),
  parentRefs: text(2000, "Căn cứ"),
  periodStart: optionalDay,
  periodEnd: optionalDay,
};

function checkPeriod(v: { periodStart: string | null; periodEnd: string | null }, ctx: z.RefinementCtx) {
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Ngày kết thúc phải sau ngày bắt đầu" });
}

export const createProvincePlanSchema = z.object(planFields).superRefine(checkPeriod);

export const editProvincePlanSchema = z.object({ ...planFields, planId: id, version }).superRefine(checkPeriod);

/** A task of the working copy; `version` is the plan's (every write to the copy bumps it). */
export const provinceTaskSchema = z
  .object({
    provinceId: id,
    planId: id,
    version,
    /** Empty: a new task. */
    taskId: z
      .union([z.literal(""), id])
      .optional()
      .transform((v) => v || null),
    code: str().trim().min(1, "Nhập mã nhiệm vụ (ví dụ 2.1)").max(20, "Mã nhiệm vụ tối đa 20 ký tự"),
    groupCode: optional(20, "Mã nhóm"),
    groupTitle: optional(500, "Tên nhóm"),
    title: str().trim().min(3, "Nhập tên nhiệm vụ").max(500, "Tên nhiệm vụ tối đa 500 ký tự"),
    description: text(20_000, "Nội dung"),
    expectedOutput: optional(2000, "Sản phẩm"),
    deadlineKind: z.enum(DEADLINE_KINDS, { message: "Chọn loại thời hạn" }),
    dueDate: optionalDay,
    deadlineText: text(500, "Thời hạn theo văn bản"),
    leadText: text(500, "Chủ trì"),
    supportText: optional(500, "Phối hợp"),
    ...targetFields,
    adaptable: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.deadlineKind === "FIXED" && !v.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "Nhập hạn hoàn thành" });
    if (v.groupTitle && !v.groupCode) ctx.addIssue({ code: "custom", path: ["groupCode"], message: "Nhập mã nhóm (ví dụ II)" });
  });

export type ProvinceTaskInput = z.output<typeof provinceTaskSchema>;

export const provinceTaskRefSchema = z.object({ provinceId: id, planId: id, taskId: id, version });

/** A figure typed the Vietnamese way ("81,5") or a spreadsheet's way ("81.5"). */
const figure = z
  .string({ message: "Nhập chỉ tiêu cần đạt" })
  .trim()
  .min(1, "Nhập chỉ tiêu cần đạt")
  .max(30, "Chỉ tiêu cần đạt không hợp lệ")
  .transform((v, ctx) => {
    const n = parseDecimal(v);
    if (n === null || n < 0 || n >= 1e12) {
      ctx.addIssue({ code: "custom", message: "Chỉ tiêu cần đạt phải là một số không âm" });
      return z.NEVER;
    }
    return n;
  });

/**
 * A KPI of the working copy. With `catalogCode` an empty name, method or ratio labels are taken from
 * the catalog entry (the form prefills them; the server fills what was left empty).
 */
export const provinceIndicatorSchema = z
  .object({
    provinceId: id,
    planId: id,
    version,
    indicatorId: z
      .union([z.literal(""), id])
      .optional()
      .transform((v) => v || null),
    catalogCode: optional(64, "Mã danh mục"),
    name: text(300, "Tên chỉ tiêu"),
    unit: z.enum(UNITS, { message: "Chọn đơn vị tính" }),
    comparison: z.enum(COMPARISONS, { message: "Chọn cách so sánh" }),
    measure: z.enum(MEASURES, { message: "Chọn cách đo" }),
    target: figure,
    dueDate: isoDay,
    numeratorLabel: optional(200, "Tên tử số"),
    denominatorLabel: optional(200, "Tên mẫu số"),
    method: text(2000, "Cách đo, nguồn số liệu"),
    frequency: z.enum(FREQUENCIES, { message: "Chọn tần suất cập nhật" }),
    ...targetFields,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!v.catalogCode && v.name.length < 3) issue("name", "Nhập tên chỉ tiêu");
    if (v.measure === "RATIO" && v.unit !== "PERCENT") issue("measure", "Chỉ tiêu tính từ tử số/mẫu số phải có đơn vị %");
    if (v.unit === "PERCENT" && v.target > 100) issue("target", "Tỷ lệ phải từ 0 đến 100%");
    if (v.unit === "COUNT" && !Number.isInteger(v.target)) issue("target", "Số lượng phải là số nguyên");
  });

export type ProvinceIndicatorInput = z.output<typeof provinceIndicatorSchema>;

export const provinceIndicatorRefSchema = z.object({ provinceId: id, planId: id, indicatorId: id, version });

export const importProvincePlanSchema = z.object({
  provinceId: id,
  file: z.instanceof(File, { message: "Chọn tệp kế hoạch (.docx, .pdf hoặc .txt)" }),
});

/** Publishing the working copy as it was seen: its optimistic version and the last version number shown. */
export const publishPlanSchema = z.object({
  provinceId: id,
  planId: id,
  version,
  publishedVersion: version.optional(),
  note: text(2000, "Ghi chú phiên bản"),
});

/** Re-applying the latest version to the communes that have not received it. */
export const applyPendingSchema = z.object({ provinceId: id, planId: id });
