// Input of the administration forms; shared by the server actions and the forms' error display.
import { z } from "zod";
import "../validation/messages";
import { checkbox, str, username } from "../validation/fields";
import { COMMUNE_ROLES, roleNeedsUnit, type CommuneRole } from "../auth/permissions";

export const UNIT_KINDS_IN_COMMUNE = ["OFFICE", "CENTER", "POLICE", "MASS_ORG", "VILLAGE", "OTHER"] as const;

const id = str().trim().min(1, "Thiếu mã định danh").max(64);
const optionalText = (max: number) =>
  str()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .optional()
    .transform((v) => (v ? v : null));

export const unitFields = {
  communeId: id,
  name: str().trim().min(2, "Tên đơn vị phải có ít nhất 2 ký tự").max(200, "Tên đơn vị tối đa 200 ký tự"),
  shortName: optionalText(50),
  kind: z.enum(UNIT_KINDS_IN_COMMUNE, { message: "Chọn loại đơn vị" }),
};

export const createUnitSchema = z.object(unitFields);
export const updateUnitSchema = z.object({ ...unitFields, unitId: id, active: checkbox });

export const passwordSchema = str()
  .min(8, "Mật khẩu phải có ít nhất 8 ký tự")
  .max(200, "Mật khẩu quá dài")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "Mật khẩu phải có cả chữ và số");

const userFields = {
  communeId: id,
  fullName: str().trim().min(2, "Nhập họ và tên").max(200, "Họ và tên tối đa 200 ký tự"),
  officialName: optionalText(200),
  email: str()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.email("Email không hợp lệ").nullable()),
  // The form offers the commune's own roles; lib/auth owns the list.
  role: z.enum(COMMUNE_ROLES, { message: "Chọn vai trò" }),
  unitId: optionalText(64),
};

function unitRequiredForStaff<T extends { role: CommuneRole; unitId: string | null }>(v: T, ctx: z.RefinementCtx) {
  if (roleNeedsUnit(v.role) && !v.unitId) {
    ctx.addIssue({ code: "custom", path: ["unitId"], message: "Cán bộ đơn vị phải thuộc một đơn vị" });
  }
}

/**
 * A new account gets either a password typed by the manager (to be changed at first sign-in) or an
 * activation link (nothing typed); without `access`, a password (the older form and the tests).
 */
export const createUserSchema = z
  .object({
    ...userFields,
    username,
    access: z.enum(["password", "activation"], { message: "Chọn cách cấp quyền truy cập" }).default("password"),
    password: str().optional(),
  })
  .superRefine(unitRequiredForStaff)
  .superRefine((v, ctx) => {
    if (v.access !== "password") return;
    const ok = passwordSchema.safeParse(v.password ?? "");
    if (!ok.success) ctx.addIssue({ code: "custom", path: ["password"], message: ok.error.issues[0]?.message ?? "Mật khẩu không hợp lệ" });
  });
export const updateUserSchema = z.object({ ...userFields, userId: id, active: checkbox }).superRefine(unitRequiredForStaff);
export const resetPasswordSchema = z.object({ communeId: id, userId: id });
/** One account of the commune (reset its second factor, issue an activation link). */
export const userRefSchema = z.object({ communeId: id, userId: id });

export type FieldErrors = Partial<Record<string, string[]>>;
