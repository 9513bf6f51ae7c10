// A real HTTP receiver for the portal's webhook (node:http), verifying each request the way
// docs/notifications.md tells a bridge to: HMAC-SHA256 of "<timestamp>.<body>" under the shared
// secret, compared in constant time, and a timestamp no older than 5 minutes.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";

export type WebhookRequest = { headers: IncomingHttpHeaders; body: string; verified: boolean; fresh: boolean };

export type TestWebhook = {
  url: string;
  requests: WebhookRequest[];
  /** The HTTP status the next requests get (200 by default). */
  setStatus(status: number): void;
  close(): Promise<void>;
};

/** The documented check, as a receiver writes it. */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `now`: the receiver's clock (the test clock of the delivery), to judge the timestamp's age. */
export async function startWebhook(secret: string, now: () => Date): Promise<TestWebhook> {
  const requests: WebhookRequest[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const timestamp = String(req.headers["x-cds-timestamp"] ?? "");
      const signature = String(req.headers["x-cds-signature"] ?? "");
      const age = now().getTime() / 1000 - Number(timestamp);
      requests.push({
        headers: req.headers,
        body,
        verified: verifySignature(secret, timestamp, body, signature),
        fresh: Number.isFinite(age) && age >= -60 && age <= 300,
      });
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "lỗi máy nhận");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    setStatus: (s) => void (status = s),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
