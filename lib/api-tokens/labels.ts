// The words of API tokens, shared by the management pages, the command line and the audit log.
import type { ApiScope } from "../generated/prisma/enums";

export const API_SCOPE_LABEL: Record<ApiScope, string> = {
  READ: "Chỉ đọc",
  INDICATORS_WRITE: "Đọc và gửi số liệu chỉ tiêu",
};

/** The command line's and the API's names of the scopes (`--scope read|indicators:write`). */
export const API_SCOPE_NAME: Record<ApiScope, string> = { READ: "read", INDICATORS_WRITE: "indicators:write" };
