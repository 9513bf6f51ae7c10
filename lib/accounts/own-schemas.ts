// Input of the "Tài khoản của tôi" forms; shared by the server actions and the forms' messages.
import { z } from "zod";
import "../validation/messages";
import { id, str } from "../validation/fields";

const optionalText = (max: number, label: string) =>
  str()
    .trim()
    .max(max, `${label}: tối đa ${max} ký tự`)
    .optional()
    .transform((v) => (v ? v : null));

export const ownProfileSchema = z.object({
  fullName: str().trim().min(2, "Nhập họ và tên").max(200, "Họ và tên tối đa 200 ký tự"),
  /** Printed under signatures (the report's signer block). */
  officialName: optionalText(200, "Họ tên trên văn bản"),
  /** "Chủ tịch", "Phó Chủ tịch": the signer block's title. */
  jobTitle: optionalText(100, "Chức vụ"),
});

export const endOwnSessionSchema = z.object({ sessionId: id });
/** "Đăng xuất tất cả thiết bị khác" names the session it keeps: a form from another (ended) session changes nothing. */
export const endOtherSessionsSchema = z.object({ currentSessionId: id });

/** A code from the authenticator app (six digits) or one recovery code. */
const code = str().trim().min(1, "Nhập mã xác thực").max(20, "Mã xác thực không hợp lệ");

/** The setup page: the pending secret (sealed by the server, never saved before the first right code) and the code. */
export const enableTwoFactorSchema = z.object({
  pendingSecret: str().trim().min(1, "Thiếu khóa bí mật: hãy tải lại trang").max(500, "Khóa bí mật không hợp lệ"),
  code: str()
    .trim()
    .refine((v) => /^\d{6}$/.test(v.replace(/[\s-]/g, "")), "Nhập mã 6 số từ ứng dụng xác thực"),
});

export const codeOnlySchema = z.object({ code });
