// What a notification looks like outside the bell: the e-mail's subject and text, and the webhook's
// JSON body (documented in docs/notifications.md; a Zalo OA or Telegram bridge reads it).
import { env } from "../env";
import type { NotifyInput } from "./notify";

export const SUBJECT_PREFIX = "[Chuyển đổi số]";

/** An absolute link when the portal's public address is known (PUBLIC_URL), else the path. */
export function portalLink(path: string): string {
  const base = env().PUBLIC_URL ?? env().NEXTAUTH_URL;
  return base ? new URL(path, base).toString() : path;
}

export const PREFERENCES_PATH = "/tai-khoan/thong-bao";

export function emailOf(n: Pick<NotifyInput, "title" | "body" | "emailText" | "href">): { subject: string; text: string } {
  const lines = [n.emailText ?? n.body];
  if (n.href) lines.push("", `Xem trên cổng thông tin: ${portalLink(n.href)}`);
  lines.push(
    "",
    "--",
    "Thư tự động của hệ thống Theo dõi Kế hoạch Chuyển đổi số.",
    `Chọn loại thông báo nhận qua thư: ${portalLink(PREFERENCES_PATH)}`,
  );
  return { subject: `${SUBJECT_PREFIX} ${n.title}`, text: lines.join("\n") };
}

export const WEBHOOK_VERSION = 1;

export function webhookPayload(n: NotifyInput, rows: readonly { id: string; userId: string }[], at: Date) {
  return {
    version: WEBHOOK_VERSION,
    id: rows[0]!.id,
    kind: n.kind,
    communeId: n.communeId,
    title: n.title,
    body: n.body,
    url: n.href ? portalLink(n.href) : null,
    recipients: rows.map((r) => r.userId),
    data: n.data ?? null,
    createdAt: at.toISOString(),
  };
}
