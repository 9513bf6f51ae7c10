// Input of Quản trị → Tài khoản cấp tỉnh, quản trị (PROVINCE and ADMIN accounts). Commune accounts are
// the commune's own (lib/admin), so these schemas offer only the two country-level roles.
import { z } from "zod";
import "../validation/messages";
import { checkbox, id, str, username } from "../validation/fields";
import { passwordSchema } from "../admin/schemas";
import { isAdminRole, roleBelongsToProvince } from "../auth/permissions";

export const SYSTEM_ROLES = ["PROVINCE", "ADMIN"] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

/** How a new account gets its first password. */
export const FIRST_PASSWORD = ["LINK", "PASSWORD"] as const;

const optional = (max: number, label: string) =>
  str()
    .trim()
    .max(max, `${label}: tối đa ${max} ký tự`)
    .optional()
    .transform((v) => (v ? v : null));

const email = str()
  .trim()
  .max(200, "Email tối đa 200 ký tự")
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.email("Email không hợp lệ").nullable());

// Digits with the usual separators and an optional leading +: "0225 3842 111", "+84 912 345 678".
const phone = optional(30, "Điện thoại").refine(
  (v) => v === null || (/^\+?[\d .()-]+$/.test(v) && v.replace(/\D/g, "").length >= 8),
  "Số điện thoại không hợp lệ",
);

const accountFields = {
  fullName: str().trim().min(2, "Nhập họ và tên").max(200, "Họ và tên tối đa 200 ký tự"),
  role: z.enum(SYSTEM_ROLES, { message: "Chọn vai trò: cấp tỉnh hoặc quản trị" }),
  provinceId: optional(64, "Tỉnh"),
  provinceCoordinator: checkbox,
  email,
  phone,
};

/** A province account belongs to a province; an admin to none; only a province account coordinates plans. */
function provinceRule<T extends { role: SystemRole; provinceId: string | null; provinceCoordinator: boolean }>(v: T, ctx: z.RefinementCtx) {
  if (roleBelongsToProvince(v.role) && !v.provinceId) {
    ctx.addIssue({ code: "custom", path: ["provinceId"], message: "Tài khoản cấp tỉnh phải thuộc một tỉnh, thành phố" });
  }
  if (isAdminRole(v.role) && v.provinceId) {
    ctx.addIssue({ code: "custom", path: ["provinceId"], message: "Tài khoản quản trị không thuộc tỉnh nào" });
  }
  if (!roleBelongsToProvince(v.role) && v.provinceCoordinator) {
    ctx.addIssue({ code: "custom", path: ["provinceCoordinator"], message: "Chỉ tài khoản cấp tỉnh mới điều phối kế hoạch tỉnh" });
  }
}

export const createAccountSchema = z
  .object({
    ...accountFields,
    username,
    firstPassword: z.enum(FIRST_PASSWORD, { message: "Chọn cách cấp mật khẩu đầu tiên" }),
    password: str().optional(),
  })
  .superRefine(provinceRule)
  .superRefine((v, ctx) => {
    if (v.firstPassword !== "PASSWORD") return;
    const checked = passwordSchema.safeParse(v.password ?? "");
    if (!checked.success) ctx.addIssue({ code: "custom", path: ["password"], message: checked.error.issues[0]!.message });
  });

export const updateAccountSchema = z.object({ ...accountFields, userId: id, active: checkbox }).superRefine(provinceRule);

/** Reset password, reset second factor, new activation link: one account. */
export const accountIdSchema = z.object({ userId: id });
