// Calling API v1 in integration tests: tokens made the way the portal makes them (issueToken) and
// requests through the same gate the route files use (lib/api/dispatch.ts → runEndpoint).
import { issueToken } from "@/lib/api-tokens/issue";
import { dispatch } from "@/lib/api/dispatch";
import type { Db } from "@/lib/db";
import type { ApiScope } from "@/lib/generated/prisma/enums";

export async function tokenFor(
  db: Db,
  username: string,
  opts: { scope?: ApiScope; expiresAt?: Date | null; name?: string } = {},
): Promise<{ id: string; token: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return issueToken(db, {
    userId: user.id,
    name: opts.name ?? `Thử nghiệm ${username}`,
    scope: opts.scope ?? "READ",
    expiresAt: opts.expiresAt ?? null,
    createdById: user.id,
  });
}

export type ApiAnswer = { status: number; headers: Headers; text: string; json: () => unknown };

export async function api(
  db: Db,
  path: string,
  opts: {
    token?: string;
    method?: "GET" | "POST";
    body?: unknown;
    headers?: Record<string, string>;
    ratePerMinute?: number;
    now?: Date;
  } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["content-type"] ??= "application/json";
  const req = new Request(`http://portal.test${path}`, {
    method: opts.method ?? "GET",
    headers,
    body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
  });
  const res = await dispatch(req, { db, ratePerMinute: opts.ratePerMinute ?? 10_000, now: opts.now });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}
