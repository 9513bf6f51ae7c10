import { isConnectionError, markDatabaseDown } from "./db-health";

// One error type with codes, mapped once to Vietnamese messages. Raw errors never reach the browser.

export type ErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION" | "CONFLICT" | "DUPLICATE" | "UNAVAILABLE" | "INTERNAL";

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  NOT_FOUND: "Không tìm thấy dữ liệu hoặc bạn không có quyền truy cập.",
  VALIDATION: "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.",
  DUPLICATE: "Dữ liệu này đã tồn tại.",
  UNAVAILABLE: "Hệ thống tạm thời gián đoạn (mất kết nối cơ sở dữ liệu). Thao tác chưa được lưu, vui lòng thử lại sau ít phút.",
  INTERNAL: "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.",
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A Vietnamese message for the user; the code's default when omitted. */
    message?: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = "AppError";
  }
}

/** Known Prisma error codes → our codes (unique violation, record missing). */
function prismaCode(err: unknown): ErrorCode | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "P2002") return "DUPLICATE";
  if (code === "P2025") return "NOT_FOUND";
  return null;
}

export function toPublicError(err: unknown): {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, unknown>;
  expected: boolean;
} {
  if (err instanceof AppError)
    return { code: err.code, message: err.message, fieldErrors: err.fieldErrors, details: err.details, expected: true };
  if (isConnectionError(err)) {
    markDatabaseDown();
    return { code: "UNAVAILABLE", message: ERROR_MESSAGES.UNAVAILABLE, expected: true };
  }
  const known = prismaCode(err);
  if (known) return { code: known, message: ERROR_MESSAGES[known], expected: true };
  return { code: "INTERNAL", message: ERROR_MESSAGES.INTERNAL, expected: false };
}
