// zod fields that several features' forms share, so that an id, a day or a text limit is checked
// (and worded) the same way everywhere.
import { z } from "zod";
import "./messages";

// Not String.prototype.isWellFormed: the schemas also run in old browsers (Chrome 109 on Windows 7).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL can keep as typed: no NUL character (refused in text columns) and no lone UTF-16
 * surrogate (refused in JSON columns such as the audit log's, silently replaced in text columns).
 * Neither can come from a person typing into a form; both can come from a tampered request.
 */
export const isStorableText = (v: string) => !v.includes("\u0000") && !LONE_SURROGATE.test(v);

/** `z.string()` for anything that may be stored: refuses what `isStorableText` refuses. */
export const str = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isStorableText, "Nội dung có ký tự không hợp lệ (ký tự NUL hoặc lỗi mã hóa). Hãy xóa ký tự đó rồi nhập lại.");

/** One namespace of usernames, one rule: commune accounts (lib/admin) and province/admin accounts (lib/system-accounts). */
export const username = str()
  .trim()
  .toLowerCase()
  .min(3, "Tên đăng nhập phải có ít nhất 3 ký tự")
  .max(50, "Tên đăng nhập tối đa 50 ký tự")
  .regex(/^[a-z0-9._-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -");

export const id = str().trim().min(1, "Thiếu mã định danh").max(64);

export const text = (max: number, label: string) => str().trim().max(max, `${label}: tối đa ${max} ký tự`).default("");

/** Versions are PostgreSQL integers: a larger number can only be a tampered form. */
export const MAX_INT4 = 2_147_483_647;

export const version = z.coerce.number({ message: "Thiếu phiên bản dữ liệu" }).int().min(0).max(MAX_INT4, "Phiên bản dữ liệu không hợp lệ");

/** "YYYY-MM-DD" of a real calendar day between 2000 and 2100. */
export const isoDay = str()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31";
  }, "Ngày không hợp lệ");

/** A checkbox of a form ("on" when ticked, absent when not) or a boolean from code. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** An optional day: an empty field becomes null. */
export const optionalDay = z
  .union([z.literal(""), isoDay])
  .optional()
  .transform((v) => (v ? v : null));
