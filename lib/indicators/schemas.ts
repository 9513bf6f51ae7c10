// Input of the KPI forms (indicator definition, value entry, value file, catalog entry), shared by the
// server actions and the forms' error display. What a value may be is decided in value-rules.ts.
import { z } from "zod";
import "../validation/messages";
import { id, isoDay, optionalDay, str, text, version } from "../validation/fields";
import { MAX_FILES_PER_UPDATE } from "../files/inspect";
import { uploadIds } from "../files/evidence-fields";
import { parseDecimal } from "./value-rules";
import { COMPARISONS, FREQUENCIES, MEASURES, UNITS } from "./vocabulary";

const optionalText = (max: number, label: string) =>
  text(max, label)
    .optional()
    .transform((v) => (v ? v : null));

/** A figure typed the Vietnamese way ("81,5") or a spreadsheet's way ("81.5"). */
const figure = (label: string) =>
  z
    .string({ message: `Nhập ${label}` })
    .trim()
    .min(1, `Nhập ${label}`)
    .max(30, `${label} không hợp lệ`)
    .transform((v, ctx) => {
      const n = parseDecimal(v);
      if (n === null || n < 0 || n >= 1e12) {
        ctx.addIssue({ code: "custom", message: `${label} phải là một số không âm` });
        return z.NEVER;
      }
      return n;
    });
const optionalFigure = (label: string) =>
  z
    .union([z.literal(""), figure(label)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

export const indicatorSchema = z
  .object({
    communeId: id,
    planId: id,
    /** Present when editing: the indicator and the version the form was based on. */
    indicatorId: id.optional(),
    version: version.optional(),
    catalogCode: optionalText(64, "Mã danh mục"),
    name: str().trim().min(3, "Nhập tên chỉ tiêu").max(300, "Tên chỉ tiêu tối đa 300 ký tự"),
    unit: z.enum(UNITS, { message: "Chọn đơn vị tính" }),
    comparison: z.enum(COMPARISONS, { message: "Chọn cách so sánh" }),
    measure: z.enum(MEASURES, { message: "Chọn cách đo" }),
    target: figure("chỉ tiêu cần đạt"),
    dueDate: isoDay,
    target2: optionalFigure("chỉ tiêu mốc 2"),
    dueDate2: optionalDay,
    baselineValue: optionalFigure("giá trị ban đầu"),
    baselineDate: optionalDay,
    numeratorLabel: optionalText(200, "Tên tử số"),
    denominatorLabel: optionalText(200, "Tên mẫu số"),
    method: text(2000, "Cách đo, nguồn số liệu"),
    frequency: z.enum(FREQUENCIES, { message: "Chọn tần suất cập nhật" }),
    responsibleUnitId: z
      .union([z.literal(""), id])
      .optional()
      .transform((v) => (v ? v : null)),
    taskIds: z.array(id).max(200, "Tối đa 200 nhiệm vụ liên quan").default([]),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.measure === "RATIO" && v.unit !== "PERCENT") issue("measure", "Chỉ tiêu tính từ tử số/mẫu số phải có đơn vị %");
    if (v.measure === "RATIO" && !v.numeratorLabel) issue("numeratorLabel", "Nhập tên tử số (ví dụ: số hồ sơ xử lý trực tuyến toàn trình)");
    if (v.measure === "RATIO" && !v.denominatorLabel) issue("denominatorLabel", "Nhập tên mẫu số (ví dụ: tổng số hồ sơ tiếp nhận)");
    for (const [key, n] of [
      ["target", v.target],
      ["target2", v.target2],
      ["baselineValue", v.baselineValue],
    ] as const) {
      if (n === null) continue;
      if (v.unit === "PERCENT" && n > 100) issue(key, "Tỷ lệ phải từ 0 đến 100%");
      if (v.unit === "COUNT" && !Number.isInteger(n)) issue(key, "Số lượng phải là số nguyên");
    }
    if ((v.target2 === null) !== (v.dueDate2 === null))
      issue(v.target2 === null ? "target2" : "dueDate2", "Mốc 2 cần cả chỉ tiêu và thời hạn");
    if (v.dueDate2 && v.dueDate2 <= v.dueDate) issue("dueDate2", "Thời hạn mốc 2 phải sau thời hạn mốc 1");
    if ((v.baselineValue === null) !== (v.baselineDate === null)) {
      issue(v.baselineValue === null ? "baselineValue" : "baselineDate", "Giá trị ban đầu cần cả số liệu và ngày");
    }
    if (v.baselineDate && v.baselineDate >= v.dueDate) issue("baselineDate", "Ngày của giá trị ban đầu phải trước thời hạn");
    if (v.indicatorId && v.version === undefined) issue("version", "Thiếu phiên bản dữ liệu");
  });

export type IndicatorInput = z.output<typeof indicatorSchema>;

export const deleteIndicatorSchema = z.object({ communeId: id, indicatorId: id, version });

const files = z
  .array(z.instanceof(File, { message: "Tệp đính kèm không hợp lệ" }))
  .max(MAX_FILES_PER_UPDATE, `Tối đa ${MAX_FILES_PER_UPDATE} tệp minh chứng cho mỗi số liệu`)
  .default([]);

export const valueSchema = z.object({
  communeId: id,
  indicatorId: id,
  periodKey: str()
    .trim()
    .regex(/^\d{4}-(\d{2}|W\d{2})$/, "Chọn kỳ số liệu"),
  value: str().max(30, "Giá trị không hợp lệ").optional(),
  numerator: str().max(30, "Tử số không hợp lệ").optional(),
  denominator: str().max(30, "Mẫu số không hợp lệ").optional(),
  sourceNote: text(1000, "Nguồn số liệu"),
  correctionReason: text(1000, "Lý do điều chỉnh"),
  /** The revision of the period the person saw: 0 when the period had no value yet. */
  baseRevision: z.coerce.number({ message: "Thiếu phiên bản số liệu" }).int().min(0).max(10_000),
  files,
  uploadIds,
});

export const valueFileSchema = z.object({
  communeId: id,
  planId: id,
  file: z.instanceof(File, { message: "Chọn tệp Excel (.xlsx) hoặc CSV" }),
});

export const catalogEntrySchema = z
  .object({
    code: str().trim().min(1).max(64),
    name: str().trim().min(3, "Nhập tên chỉ tiêu").max(300, "Tên tối đa 300 ký tự"),
    unit: z.enum(UNITS, { message: "Chọn đơn vị tính" }),
    comparison: z.enum(COMPARISONS, { message: "Chọn cách so sánh" }),
    measure: z.enum(MEASURES, { message: "Chọn cách đo" }),
    defaultTarget: figure("chỉ tiêu mặc định"),
    defaultDueDate: isoDay,
    numeratorLabel: optionalText(200, "Tên tử số"),
    denominatorLabel: optionalText(200, "Tên mẫu số"),
    method: text(2000, "Cách đo"),
    responsibleHint: optionalText(200, "Đơn vị thường chủ trì"),
    frequency: z.enum(FREQUENCIES, { message: "Chọn tần suất" }),
    active: z
      .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
      .optional()
      .transform((v) => v === "on" || v === "true"),
  })
  .superRefine((v, ctx) => {
    if (v.measure === "RATIO" && v.unit !== "PERCENT") {
      ctx.addIssue({ code: "custom", path: ["measure"], message: "Chỉ tiêu tính từ tử số/mẫu số phải có đơn vị %" });
    }
    if (v.unit === "PERCENT" && v.defaultTarget > 100) {
      ctx.addIssue({ code: "custom", path: ["defaultTarget"], message: "Tỷ lệ phải từ 0 đến 100%" });
    }
  });

/** A new entry's code, written like the shipped ones (HO_SO_TRUC_TUYEN): upper-case words joined by "_". */
export const CATALOG_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** "Thêm chỉ tiêu vào danh mục": the edit form's fields and a code of its own (stored upper-case). */
export const newCatalogEntrySchema = catalogEntrySchema.safeExtend({
  code: str()
    .trim()
    .toUpperCase()
    .min(3, "Mã chỉ tiêu phải có ít nhất 3 ký tự")
    .max(64, "Mã chỉ tiêu tối đa 64 ký tự")
    .regex(CATALOG_CODE, "Mã chỉ tiêu gồm chữ in hoa không dấu, số và dấu _ (ví dụ HO_SO_SO_HOA)"),
});

/** A JSON figure of the KPI feed: a number, or text written as the form takes it ("81,5"). */
const feedFigure = (label: string) =>
  z
    .union([z.number({ message: `${label} phải là một số` }), str().max(30, `${label} không hợp lệ`)], {
      message: `${label} phải là một số`,
    })
    .optional()
    // The form's rules (value-rules.ts) read text: a number is written the way a spreadsheet would.
    .transform((v) => (v === undefined ? undefined : String(v)));

/**
 * A value posted by a source system (POST /api/v1/…/indicators/{indicator}/values): the period key,
 * the figure (or numerator and denominator) that value-rules.ts then checks exactly as for the form,
 * and who sent it. A post with the figure already in force stores nothing (lib/api/v1/indicator-feed.ts).
 */
export const feedValueSchema = z.object({
  period: str({ message: "Nhập kỳ số liệu (period), ví dụ 2026-11 hoặc 2026-W47" })
    .trim()
    .regex(/^\d{4}-(\d{2}|W\d{2})$/, "Kỳ số liệu (period) phải có dạng 2026-11 (tháng) hoặc 2026-W47 (tuần)")
    .meta({ description: "Kỳ của chỉ tiêu: 2026-11 (tháng 11/2026 = 15/10–14/11/2026) hoặc 2026-W47 (tuần ISO).", example: "2026-11" }),
  value: feedFigure("Giá trị").meta({ description: 'Giá trị (chỉ tiêu nhập trực tiếp), số hoặc chuỗi "81,5".', example: 81.5 }),
  numerator: feedFigure("Tử số").meta({ description: "Tử số (chỉ tiêu tính từ tử số/mẫu số)." }),
  denominator: feedFigure("Mẫu số").meta({ description: "Mẫu số (chỉ tiêu tính từ tử số/mẫu số)." }),
  source: str({ message: "Nhập tên hệ thống nguồn (source)" })
    .trim()
    .min(2, "Tên hệ thống nguồn (source) ít nhất 2 ký tự")
    .max(200, "Tên hệ thống nguồn (source): tối đa 200 ký tự")
    .meta({ description: "Tên hệ thống nguồn, hiện trên trang chỉ tiêu.", example: "Hệ thống thông tin giải quyết TTHC tỉnh" }),
  externalId: str({ message: "Nhập mã số liệu của hệ thống nguồn (externalId)" })
    .trim()
    .min(1, "Nhập mã số liệu của hệ thống nguồn (externalId)")
    .max(200, "Mã số liệu của hệ thống nguồn (externalId): tối đa 200 ký tự")
    .meta({ description: "Mã của số liệu trong hệ thống nguồn.", example: "HP-TTHC-2026-11-HAIAN" }),
  note: text(2000, "Ghi chú (note)").meta({ description: "Ghi chú nguồn số liệu, lưu như ô “Nguồn số liệu” của biểu mẫu." }),
});

/** Letters, digits, dots and dashes: how national indicator lists write their codes ("CDS.2.01"). */
const NATIONAL_CODE = /^[\p{L}\p{N}.-]{1,30}$/u;

/** The national code of one catalog KPI (Danh mục chỉ tiêu → Mã quốc gia); an empty code removes it. */
export const kpiCodeSchema = z.object({
  catalogCode: str().trim().min(1, "Thiếu mã danh mục").max(64, "Mã danh mục không hợp lệ"),
  nationalCode: str()
    .trim()
    .max(30, "Mã quốc gia: tối đa 30 ký tự")
    .refine((v) => v === "" || NATIONAL_CODE.test(v), "Mã quốc gia chỉ gồm chữ, số, dấu chấm và dấu gạch ngang")
    .default(""),
  nationalName: text(300, "Tên theo danh mục quốc gia"),
});
