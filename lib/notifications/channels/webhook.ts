// The generic webhook: a JSON POST signed with HMAC-SHA256 of "<timestamp>.<body>" under the
// commune's secret, so the receiver can check both origin and freshness (docs/notifications.md).
import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "X-CDS-Signature";
export const TIMESTAMP_HEADER = "X-CDS-Timestamp";

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export async function postWebhook(url: string, secret: string, body: string, at: Date): Promise<void> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "theo-doi-ke-hoach-cds/1",
      [TIMESTAMP_HEADER]: timestamp,
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(10_000),
    redirect: "error",
  });
  if (!res.ok) throw new Error(`Máy nhận webhook trả lời HTTP ${res.status}`);
}
