// Input of the incident log's forms (báo sự cố, the moves, comments, attachments), shared by the
// server actions and the forms' error display. Limits that depend on "now" (not in the future, not
// older than 30 days) are checked by the command, which knows the clock.
import { z } from "zod";
import "../validation/messages";
import { MAX_FILES_PER_UPDATE } from "../files/inspect";
import { uploadIds } from "../files/evidence-fields";
import { id, str, text, version } from "../validation/fields";
import { MAX_COUNTERS_DOWN, MAX_DOSSIERS_AFFECTED, SEVERITIES } from "./limits";
import { ALL_MOVES } from "./states";

const files = z
  .array(z.instanceof(File, { message: "Tệp đính kèm không hợp lệ" }))
  .max(MAX_FILES_PER_UPDATE, `Tối đa ${MAX_FILES_PER_UPDATE} tệp cho mỗi lần gửi`)
  .default([]);

/** A whole number typed into a form ("" = `empty`), between 0 and `max`. */
const count = (max: number, label: string) =>
  z
    .union([
      z.literal(""),
      str()
        .trim()
        .regex(/^\d{1,9}$/, `${label}: nhập số nguyên từ 0`),
      z.number().int().min(0),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : Number(v)))
    .refine((v) => v === null || v <= max, `${label}: tối đa ${max.toLocaleString("vi-VN")}`);

/** "2026-12-05T08:15" from <input type="datetime-local">: a local (Asia/Ho_Chi_Minh) instant. */
const localDateTime = str()
  .trim()
  .min(1, "Nhập thời điểm xảy ra sự cố")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Thời điểm không hợp lệ (ngày giờ)")
  .refine((v) => {
    const d = new Date(`${v}:00.000+07:00`);
    return !Number.isNaN(d.getTime()) && v.slice(0, 4) >= "2000" && v.slice(0, 4) <= "2100" && Number(v.slice(11, 13)) < 24;
  }, "Thời điểm không hợp lệ (ngày giờ)")
  .transform((v) => new Date(`${v}:00.000+07:00`));

export const reportIncidentSchema = z
  .object({
    communeId: id,
    /** A checklist item of the commune; "" for free text. */
    checkItemId: z
      .union([z.literal(""), id])
      .optional()
      .transform((v) => v || null),
    title: text(200, "Sự cố"),
    description: text(2000, "Mô tả"),
    startedAt: localDateTime,
    severity: z.enum(SEVERITIES, { message: "Chọn mức độ" }),
    countersDown: count(MAX_COUNTERS_DOWN, "Số quầy không hoạt động").transform((v) => v ?? 0),
    servicesAffected: text(500, "Dịch vụ bị ảnh hưởng"),
    dossiersAffected: count(MAX_DOSSIERS_AFFECTED, "Số hồ sơ ước bị ảnh hưởng"),
    files,
    uploadIds,
  })
  .superRefine((v, ctx) => {
    if (!v.checkItemId && v.title.length === 0)
      ctx.addIssue({ code: "custom", path: ["title"], message: "Nhập sự cố là gì hoặc chọn hạng mục kiểm tra" });
  });

export const moveIncidentSchema = z.object({
  communeId: id,
  incidentId: id,
  move: z.enum(ALL_MOVES as [string, ...string[]], { message: "Thao tác không hợp lệ" }).transform((m) => m as (typeof ALL_MOVES)[number]),
  version,
  note: text(2000, "Ghi chú"),
  cause: text(2000, "Nguyên nhân"),
  fix: text(2000, "Cách khắc phục"),
});

export const commentIncidentSchema = z.object({
  communeId: id,
  incidentId: id,
  note: str().trim().min(1, "Nhập nội dung trao đổi").max(2000, "Nội dung trao đổi: tối đa 2000 ký tự"),
});

export const attachIncidentSchema = z.object({ communeId: id, incidentId: id, files, uploadIds }).superRefine((v, ctx) => {
  if (v.files.length + v.uploadIds.length === 0)
    ctx.addIssue({ code: "custom", path: ["files"], message: "Chọn ít nhất một ảnh hoặc tệp" });
});
