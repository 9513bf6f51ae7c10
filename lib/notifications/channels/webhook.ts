// The generic webhook: a JSON POST signed with HMAC-SHA256 of "<timestamp>.<body>" under the
// commune's secret, so the receiver can check both origin and freshness (docs/notifications.md).
// Sent with node:http(s) rather than fetch, because only an http.Agent can check the address a name
// resolves to at connection time (destination.ts); redirects are never followed.
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { env } from "../../env";
import { describeRefusal, webhookAgent } from "./destination";

export const SIGNATURE_HEADER = "X-CDS-Signature";
export const TIMESTAMP_HEADER = "X-CDS-Timestamp";
const TIMEOUT_MS = 10_000;

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Resolves when the receiver answers 2xx; rejects with the reason (kept as the outbox row's lastError). */
export async function postWebhook(url: string, secret: string, body: string, at: Date): Promise<void> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const payload = Buffer.from(body, "utf8");
  const send = url.startsWith("https:") ? httpsRequest : httpRequest;
  const status = await new Promise<number>((resolve, reject) => {
    const req = send(url, {
      method: "POST",
      agent: webhookAgent(url, env().WEBHOOK_ALLOWED_IPS),
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-length": payload.length,
        "user-agent": "theo-doi-ke-hoach-cds/1",
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
      },
      timeout: TIMEOUT_MS,
    });
    req.on("timeout", () => req.destroy(new Error(`Máy nhận webhook không trả lời trong ${TIMEOUT_MS / 1000} giây`)));
    req.on("error", (err) => reject(new Error(describeRefusal(err) ?? err.message)));
    req.on("response", (res) => {
      res.resume(); // the answer's body is not read, only drained
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.end(payload);
  });
  if (status < 200 || status > 299) throw new Error(`Máy nhận webhook trả lời HTTP ${status}`);
}
