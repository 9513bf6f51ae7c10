// zod fields that several features' forms share, so that an id, a day or a text limit is checked
// (and worded) the same way everywhere.
import { z } from "zod";

export const id = z.string().trim().min(1, "Thiếu mã định danh").max(64);

export const text = (max: number, label: string) => z.string().trim().max(max, `${label}: tối đa ${max} ký tự`).default("");

export const version = z.coerce.number({ message: "Thiếu phiên bản dữ liệu" }).int().min(0);

/** "YYYY-MM-DD" of a real calendar day between 2000 and 2100. */
export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31";
  }, "Ngày không hợp lệ");

/** An optional day: an empty field becomes null. */
export const optionalDay = z
  .union([z.literal(""), isoDay])
  .optional()
  .transform((v) => (v ? v : null));
