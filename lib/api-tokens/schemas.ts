// Input of the API token forms (Quản trị → Kết nối hệ thống), shared by the server actions, the
// forms' error display and the command line (the token's name).
import { z } from "zod";
import "../validation/messages";
import { id, optionalDay, str } from "../validation/fields";

/** What the token is for ("Hệ thống một cửa tỉnh"): shown in the list and the audit log. */
export const tokenNameSchema = str()
  .trim()
  .min(3, "Tên khóa kết nối phải có ít nhất 3 ký tự")
  .max(100, "Tên khóa kết nối tối đa 100 ký tự");

const tokenFields = {
  // The owner is picked from a list: an empty pick is "choose one", not a missing id.
  userId: str().trim().min(1, "Chọn tài khoản sử dụng khóa").max(64),
  name: tokenNameSchema,
  scope: z.enum(["READ", "INDICATORS_WRITE"], { message: "Chọn quyền của khóa kết nối" }),
  // A local day; whether it is from tomorrow to 3 years ahead depends on today (checked in the command).
  expires: optionalDay,
};

/** A token for an account of the commune (the commune's page). */
export const createApiTokenSchema = z.object({ communeId: id, ...tokenFields });
/** A token for any active account (the admin's page). */
export const createAnyApiTokenSchema = z.object(tokenFields);

export const revokeApiTokenSchema = z.object({ communeId: id, tokenId: id });
export const revokeAnyApiTokenSchema = z.object({ tokenId: id });

export type TokenInput = z.output<typeof createAnyApiTokenSchema>;
