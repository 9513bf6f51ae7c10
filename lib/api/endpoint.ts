// One API operation, declared once: its path, zod schemas (the same ones openapi.json is generated
// from, lib/api/openapi.ts), the tenant and scope it needs, and its handler. `runEndpoint` is the one
// gate every /api/v1 request passes: token → path ids → tenant (404 outside it) → scope → input →
// handler → JSON, CSV or file, with ETag, and one audit entry per request.
import { createHash } from "node:crypto";
import { z } from "zod";
import { canViewCommune, canViewProvince, type CommuneScope, type Viewer } from "../auth/permissions";
import type { AuditAction } from "../audit/labels";
import { loadCommuneScope, type CommuneInfo } from "../communes/scope";
import { loadProvinceScope, type ProvinceInfo } from "../communes/province-scope";
import type { Db } from "../db";
import type { ApiScope } from "../generated/prisma/enums";
import { createId, isIdShaped } from "../ids";
import { authenticate, type ApiCaller } from "./authenticate";
import { toCsv, type CsvColumn } from "./csv";
import { problem, validationProblem, type ProblemKind } from "./problem";

type AnyObject = z.ZodObject<z.ZodRawShape>;
type ItemOf<T> = T extends { data: readonly (infer I)[] } ? I : never;

export type EndpointContext<P, Q, B> = {
  req: Request;
  db: Db;
  now: Date;
  caller: ApiCaller;
  params: P;
  query: Q;
  body: B;
  /** The commune of a `{communeId}` path, already checked against the caller's tenant. */
  commune: CommuneInfo | null;
  /** The province of a `{provinceId}` path, already checked. */
  province: ProvinceInfo | null;
};

/** What a handler returns: a JSON body (200 unless said), or a ready Response (files). */
export type EndpointResult<R> = { body: R; status?: 200 | 201; headers?: Record<string, string> } | Response;

/** A refusal a handler raises; runEndpoint turns it into problem+json. */
export class ApiError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(detail);
  }
}

export type Endpoint<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  /** The OpenAPI operationId ("listTasks"). */
  id: string;
  method: "GET" | "POST";
  /** Relative to /api/v1, OpenAPI style: "/communes/{communeId}/tasks". */
  path: string;
  /** Vietnamese; also what the audit log calls the request. */
  summary: string;
  description?: string;
  tag: string;
  /** The token scope it needs (READ by default). */
  scope?: ApiScope;
  /**
   * A further commune-level check beyond canViewCommune (reports: not unit staff). Refused → 404, as
   * for another tenant's commune: a token learns nothing of what it may not read.
   */
  allow?: (v: Viewer, c: CommuneScope) => boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON body of a success (ignored for file downloads, which declare `files`). */
  response: R;
  responseStatus?: 200 | 201;
  /** `?format=csv` of a list: its file name and columns (the XLSX export's columns where one exists). */
  csv?: { fileName: string; columns: readonly CsvColumn<ItemOf<z.output<R>>>[] };
  /** Binary downloads: content type → description (the handler returns the Response). */
  files?: Record<string, string>;
  /** Also answered as XML (the handler returns that Response itself): what the XML is. */
  xml?: string;
  /** Pages to refresh after a successful write, as the portal's form refreshes them (route files only). */
  revalidate?: (params: z.output<P>) => string[];
  handler: (ctx: EndpointContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<EndpointResult<z.input<R>>>;
};

export function defineEndpoint<P extends AnyObject, Q extends AnyObject, B extends z.ZodType, R extends z.ZodType>(
  e: Endpoint<P, Q, B, R>,
): Endpoint<P, Q, B, R> {
  return e;
}

/** Any endpoint, for the list and the dispatcher (their handlers are called through runEndpoint only). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<any, any, any, any>;

export type RunOptions = { db: Db; ratePerMinute: number; now?: Date; clientAddress?: string };

const MAX_BODY_BYTES = 64 * 1024;

export async function runEndpoint(
  e: AnyEndpoint,
  req: Request,
  rawParams: Record<string, string | string[] | undefined>,
  opts: RunOptions,
) {
  const now = opts.now ?? new Date();
  const caller = await authenticate(req, { db: opts.db, now, ratePerMinute: opts.ratePerMinute, clientAddress: opts.clientAddress });
  if (caller instanceof Response) return caller;
  let commune = null as CommuneInfo | null;
  const response = await (async (): Promise<Response> => {
    try {
      const url = new URL(req.url);
      const instance = url.pathname;
      const notFound = () => problem("not-found", "Không tìm thấy tài nguyên này, hoặc khóa kết nối không có quyền xem nó.", { instance });
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(rawParams)) {
        if (typeof v !== "string") return notFound();
        // Ids are ours ([a-z0-9]); anything else is no row (and a NUL byte would make PostgreSQL fail).
        if (k.endsWith("Id") && !isIdShaped(v)) return notFound();
        params[k] = v;
      }
      if (params.communeId) {
        const found = await loadCommuneScope(opts.db, params.communeId);
        if (!found || !canViewCommune(caller.viewer, found) || (e.allow && !e.allow(caller.viewer, found))) return notFound();
        // Only a commune the token may read is named in the audit entry: a probe of another tenant's
        // id is logged under the token's own commune, never in the other commune's log.
        commune = found;
      }
      let province: ProvinceInfo | null = null;
      if (params.provinceId) {
        province = await loadProvinceScope(opts.db, params.provinceId);
        if (!province || !canViewProvince(caller.viewer, province.provinceId)) return notFound();
      }
      if ((e.scope ?? "READ") === "INDICATORS_WRITE" && caller.token.scope !== "INDICATORS_WRITE")
        return problem("insufficient-scope", "Khóa kết nối này chỉ được đọc; gửi số liệu chỉ tiêu cần khóa có quyền indicators:write.", {
          instance,
          headers: { "WWW-Authenticate": 'Bearer realm="api/v1", error="insufficient_scope", scope="indicators:write"' },
        });

      const parsedParams = e.params ? e.params.safeParse(params) : { success: true as const, data: params };
      if (!parsedParams.success) return notFound();
      const query = parseQuery(e, url.searchParams, instance);
      if (query instanceof Response) return query;
      const body = await parseBody(e, req, instance);
      if (body instanceof Response) return body;

      const result = await e.handler({ req, db: opts.db, now, caller, params: parsedParams.data, query, body, commune, province });
      if (result instanceof Response) return result;
      return render(e, req, result, query);
    } catch (err) {
      if (err instanceof ApiError) return problem(err.kind, err.detail, { errors: err.errors });
      console.error(`[api] ${e.id} failed`, err);
      return problem("server-error", "Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau hoặc báo quản trị hệ thống.");
    }
  })();
  // Every use of a token is in the audit log: what was asked, for which commune, and the answer.
  await auditRequest(opts.db, {
    communeId: commune?.communeId ?? caller.viewer.communeId ?? null,
    actorId: caller.viewer.id,
    tokenId: caller.token.id,
    data: { tokenName: caller.token.name, operation: e.summary, status: response.status },
  });
  return response;
}

function parseQuery(e: AnyEndpoint, search: URLSearchParams, instance: string): unknown {
  const raw: Record<string, string> = {};
  for (const [k, v] of search) raw[k] = v;
  const schema: AnyObject = e.query ?? z.object({});
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length)
    return problem("bad-request", `Tham số không được hỗ trợ: ${unknown.join(", ")}.`, {
      instance,
      errors: unknown.map((k) => ({ path: `query.${k}`, message: `Tham số ${k} không được hỗ trợ.` })),
    });
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : validationProblem("query", parsed.error, instance);
}

async function parseBody(e: AnyEndpoint, req: Request, instance: string): Promise<unknown> {
  if (!e.body) return undefined;
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    return problem("unsupported-media-type", "Nội dung gửi lên phải là JSON (Content-Type: application/json).", { instance });
  const text = await req.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES)
    return problem("bad-request", `Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KB).`, { instance });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem("bad-request", "Nội dung gửi lên không phải JSON hợp lệ.", { instance });
  }
  const parsed = (e.body as z.ZodType).safeParse(json);
  return parsed.success ? parsed.data : validationProblem("body", parsed.error, instance);
}

function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
}

/** JSON (or CSV when asked and offered), with an ETag on reads; If-None-Match answered 304. */
function render(
  e: AnyEndpoint,
  req: Request,
  result: { body: unknown; status?: number; headers?: Record<string, string> },
  query: unknown,
): Response {
  const wantsCsv = (query as { format?: string } | undefined)?.format === "csv";
  const headers: Record<string, string> = { "Cache-Control": "private, no-cache", ...result.headers };
  let text: string;
  if (wantsCsv && e.csv) {
    const rows = (result.body as { data?: unknown[] }).data ?? [];
    text = toCsv(e.csv.columns as CsvColumn<unknown>[], rows);
    headers["Content-Type"] = "text/csv; charset=utf-8";
    headers["Content-Disposition"] = `attachment; filename="${e.csv.fileName}"`;
    const next = (result.body as { nextCursor?: string | null }).nextCursor;
    if (next) headers["X-Next-Cursor"] = next;
  } else {
    text = JSON.stringify(result.body);
    headers["Content-Type"] = "application/json; charset=utf-8";
  }
  if (e.method === "GET") {
    const etag = etagOf(text);
    headers.ETag = etag;
    const match = req.headers.get("if-none-match");
    if (match && match.split(",").some((m) => m.trim() === etag || m.trim() === `W/${etag}` || m.trim() === "*"))
      return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": headers["Cache-Control"]! } });
  }
  return new Response(text, { status: result.status ?? e.responseStatus ?? 200, headers });
}

const API_REQUEST: AuditAction = "api.request";

/**
 * The audit entry of one request ("Truy cập qua API"), as writeAudit would write it, in one plain
 * INSERT: it is on the path of every API request, where the ORM's own work per statement shows.
 */
async function auditRequest(db: Db, e: { communeId: string | null; actorId: string; tokenId: string; data: Record<string, unknown> }) {
  await db.$executeRaw`
    INSERT INTO "AuditLog" (id, "communeId", "actorId", action, "entityType", "entityId", data)
    VALUES (${createId()}, ${e.communeId}, ${e.actorId}, ${API_REQUEST}, 'ApiToken', ${e.tokenId}, ${JSON.stringify(e.data)}::jsonb)`;
}
