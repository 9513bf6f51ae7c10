// Who calls the API: the Bearer token's owner, as a Viewer with the owner's role and tenant. A token
// never reaches further than its owner does in the portal (the same permission checks run on it).
//
// Order: shape → lookup by hash → revoked / expired / owner inactive → the per-token rate. All of it
// is answered 401 or 429 before any tenant data is read.
import type { Viewer } from "../auth/permissions";
import type { Db } from "../db";
import type { ApiScope } from "../generated/prisma/enums";
import { problem } from "./problem";
import { hashToken, isTokenShaped } from "./tokens";

export type ApiCaller = {
  viewer: Viewer & { username: string; fullName: string };
  token: { id: string; name: string; scope: ApiScope };
};

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="api/v1"' };

function unauthorized(detail: string, error?: "invalid_token"): Response {
  const headers = error ? { "WWW-Authenticate": `Bearer realm="api/v1", error="${error}"` } : CHALLENGE;
  return problem("unauthorized", detail, { headers });
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1]! : null;
}

export type AuthOptions = { db: Db; now?: Date; ratePerMinute: number; clientAddress?: string };

export async function authenticate(req: Request, opts: AuthOptions): Promise<ApiCaller | Response> {
  const now = opts.now ?? new Date();
  const raw = bearerToken(req);
  if (!raw) return unauthorized("Cần khóa kết nối trong tiêu đề Authorization: Bearer <khóa>.");
  if (!isTokenShaped(raw)) return unauthorized("Khóa kết nối không hợp lệ.", "invalid_token");
  const row = await opts.db.apiToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    include: { user: true },
  });
  if (!row) return unauthorized("Khóa kết nối không hợp lệ.", "invalid_token");
  if (row.revokedAt) return unauthorized("Khóa kết nối đã bị thu hồi.", "invalid_token");
  if (row.expiresAt && row.expiresAt <= now) return unauthorized("Khóa kết nối đã hết hạn.", "invalid_token");
  if (!row.user.active) return unauthorized("Tài khoản sở hữu khóa kết nối đã bị khóa.", "invalid_token");

  const limited = await takeRate(opts.db, row.id, now, opts.ratePerMinute, opts.clientAddress ?? null);
  if (limited) return limited;

  const u = row.user;
  return {
    viewer: {
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      role: u.role,
      provinceId: u.provinceId,
      communeId: u.communeId,
      unitId: u.unitId,
      provinceCoordinator: u.provinceCoordinator,
    },
    token: { id: row.id, name: row.name, scope: row.scope },
  };
}

/**
 * Counts the request in the token's current minute (one row per token and minute, shared by every
 * app instance through PostgreSQL) and answers 429 with Retry-After past the limit. The same statement
 * records the token's last use, at most once a minute (a busy token does not rewrite its row every
 * request): one round trip for both, on the path of every API request.
 */
async function takeRate(db: Db, tokenId: string, now: Date, perMinute: number, address: string | null): Promise<Response | null> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const staleBefore = new Date(now.getTime() - 60_000);
  const rows = await db.$queryRaw<{ count: number }[]>`
    WITH used AS (
      UPDATE "ApiToken" SET "lastUsedAt" = ${now}, "lastUsedIp" = ${address}
      WHERE id = ${tokenId} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${staleBefore})
    )
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  if (count === 1) {
    // The first request of a minute clears the token's older windows (they only ever grow otherwise).
    await db.$executeRaw`DELETE FROM "ApiRateWindow" WHERE "tokenId" = ${tokenId} AND "windowStart" < ${windowStart}`;
  }
  if (count <= perMinute) return null;
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
  return problem("rate-limited", `Khóa kết nối này đã dùng quá ${perMinute} yêu cầu mỗi phút. Vui lòng thử lại sau ${retryAfter} giây.`, {
    headers: { "Retry-After": String(retryAfter) },
  });
}
