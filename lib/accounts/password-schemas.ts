// Inputs of the password forms: own change, activation, forgotten password. The strength rule is
// passwordSchema (lib/admin/schemas.ts), the same everywhere.
import { z } from "zod";
import { passwordSchema } from "../admin/schemas";
import { str } from "../validation/fields";

const MISMATCH = "Mật khẩu nhập lại không khớp";

const newPassword = { password: passwordSchema, confirm: str().max(200) };
/** The confirmation must repeat the new password (the error is the confirmation field's). */
const confirmed = (v: { password: string; confirm: string }) => v.password === v.confirm;

export const changeOwnPasswordSchema = z
  .object({ currentPassword: str().min(1, "Nhập mật khẩu hiện tại").max(200), ...newPassword })
  .refine(confirmed, { message: MISMATCH, path: ["confirm"] });

/** The token is checked by the command (its shape, then the table); here only its length is bounded. */
export const tokenPasswordSchema = z
  .object({ token: str().max(100), ...newPassword })
  .refine(confirmed, { message: MISMATCH, path: ["confirm"] });

export const forgotPasswordSchema = z.object({
  identifier: str().trim().min(1, "Nhập tên đăng nhập hoặc địa chỉ thư").max(200, "Quá dài"),
});
