// Who may call the staged-upload routes (POST /api/uploads, DELETE /api/uploads/<id>): a signed-in
// user past any forced password change, from the portal's own pages (the browser's Origin or
// Sec-Fetch-Site: another site cannot make a signed-in browser upload or discard files).
import { isSameOrigin } from "../auth/same-origin";

export type Caller<U> = { ok: true; user: U } | { ok: false; status: 401 | 403; error: string };

export function checkCaller<U extends { mustChangePassword?: boolean }>(user: U | null, req: Request): Caller<U> {
  if (!user || user.mustChangePassword) return { ok: false, status: 401, error: "Vui lòng đăng nhập." };
  if (!isSameOrigin(req)) return { ok: false, status: 403, error: "Yêu cầu về tệp không hợp lệ (không xuất phát từ cổng thông tin)." };
  return { ok: true, user };
}
