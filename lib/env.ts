// The one place that reads process.env for the app. Validated lazily (on first use) so that
// `next build` does not need a database or a secret.
import { z } from "zod";
import { trustedProxies } from "./auth/client-address";
import { DEFAULT_LOGIN_LIMITS } from "./auth/login-limit";
import { storageUrlSchema } from "./storage/url";

/** A comma-separated list of addresses ("10.0.0.2", "::1") or CIDR ranges ("10.0.0.0/8"). */
const addressList = (name: string) =>
  z
    .string()
    .default("")
    .transform((value, ctx) => {
      const entries = value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      try {
        trustedProxies(entries); // the parser of such lists: throws on an entry that is no address or range
        return entries;
      } catch (err) {
        ctx.addIssue({ code: "custom", message: `${name}: ${(err as Error).message}` });
        return z.NEVER;
      }
    });

const schema = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL phải là một chuỗi kết nối PostgreSQL"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET phải dài ít nhất 32 ký tự"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections per app instance. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Set in tests so that the login limits do not lock the shared demo accounts. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(DEFAULT_LOGIN_LIMITS.perAccount),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(DEFAULT_LOGIN_LIMITS.perIp),
  /** Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed. */
  TRUSTED_PROXIES: addressList("TRUSTED_PROXIES").transform(trustedProxies),
  /** The portal's own address as next-auth knows it; a callbackUrl must stay on its origin. */
  NEXTAUTH_URL: z.string().url("NEXTAUTH_URL phải là một địa chỉ http(s)").optional(),
  /** Where evidence files are kept (outside public/); relative paths start at the working directory. */
  EVIDENCE_DIR: z.string().min(1).default(".data/files"),
  /**
   * An S3-compatible bucket for stored files instead of EVIDENCE_DIR, shared by every app instance:
   * s3://KEY:SECRET@host:port/bucket?region=…&forcePathStyle=1 (&tls=0 for plain http). lib/storage.
   */
  STORAGE_URL: storageUrlSchema,
  /**
   * A streaming replica of the database: the province roll-ups read from it (lib/db.ts). Unset, every
   * read goes to DATABASE_URL.
   */
  DATABASE_REPLICA_URL: z.string().url("DATABASE_REPLICA_URL phải là một chuỗi kết nối PostgreSQL").optional(),
  /** smtp(s)://user:pass@host:port of a mail server; without it reminders are in-app only. */
  SMTP_URL: z.string().url("SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:cổng").optional(),
  SMTP_FROM: z.string().min(3).default("Theo dõi Kế hoạch CĐS <no-reply@localhost>"),
  /** The portal's address in e-mails ("https://cds.example.gov.vn"); links are relative without it. */
  PUBLIC_URL: z.string().url("PUBLIC_URL phải là một địa chỉ http(s)").optional(),
  /**
   * Where the job runner (reminders, outbox delivery) runs: inside the app process, in its own
   * process (`npm run worker`), or nowhere (a second app instance, the e2e server).
   */
  WORKER: z.enum(["inline", "separate", "off"], { error: "WORKER phải là inline, separate hoặc off" }).default("inline"),
  /**
   * Addresses or CIDR ranges (comma-separated) inside the server's network that a commune's webhook
   * may still post to, e.g. "127.0.0.1" for a bridge on the same machine. Every other private,
   * loopback or link-local address is refused (lib/notifications/channels/destination.ts).
   */
  WEBHOOK_ALLOWED_IPS: addressList("WEBHOOK_ALLOWED_IPS"),
  /** Requests one API token may make per minute (lib/api/authenticate.ts); more are answered 429. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Cấu hình môi trường không hợp lệ: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
