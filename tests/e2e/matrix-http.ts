// HTTP side of the access matrix and the header checks: one Playwright request context per actor
// (the sessions tests/e2e/auth.setup.ts saved), server actions posted the way the browser posts them,
// and the checks every response must pass whoever asked: security headers, no stack trace, no secret.
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { actionId, actionResult, encodeReply } from "../../scripts/bench/mutation";
import { stateFile } from "./accounts";
import { ACTORS, type Actor, type Fields } from "./endpoints";

export type Got = { url: string; method: string; status: number; headers: Record<string, string>; body: string };

export type ActionGot = Got & { result: { ok: boolean; code?: string; data?: Record<string, unknown>; message?: string } | null };

export type Contexts = Record<Actor, APIRequestContext>;

export async function openContexts(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string): Promise<Contexts> {
  const entries = await Promise.all(
    ACTORS.map(async (a) => {
      const storageState = a === "anon" ? { cookies: [], origins: [] } : stateFile(a);
      return [a, await playwright.request.newContext({ baseURL, storageState })] as const;
    }),
  );
  return Object.fromEntries(entries) as Contexts;
}

export async function closeContexts(contexts: Contexts | undefined) {
  if (contexts) await Promise.all(Object.values(contexts).map((c) => c.dispose()));
}

async function got(res: APIResponse, method: string): Promise<Got> {
  return { url: res.url(), method, status: res.status(), headers: res.headers(), body: await res.text() };
}

/**
 * The call, made once more when the connection was reset under it. The server closes a keep-alive
 * socket after 5 idle seconds (Node's default); a request sent on it at that very moment fails with
 * ECONNRESET without reaching the portal. Thousands of matrix calls over one context hit that race
 * now and then. A second try is safe: every matrix call is refused or harmless, and the spec compares
 * the database before and after anyway.
 */
async function onceMoreIfReset<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof Error && /ECONNRESET|socket hang up/.test(err.message)) return call();
    throw err;
  }
}

/** A GET that does not follow redirects: the matrix checks where they point. */
export async function fetchPage(ctx: APIRequestContext, url: string): Promise<Got> {
  return got(await onceMoreIfReset(() => ctx.get(url, { maxRedirects: 0 })), "GET");
}

export async function postForm(
  ctx: APIRequestContext,
  url: string,
  form: Record<string, string>,
  headers?: Record<string, string>,
): Promise<Got> {
  return got(await onceMoreIfReset(() => ctx.post(url, { form, headers, maxRedirects: 0 })), "POST");
}

/** A DELETE (a route handler that frees something of the caller's own). */
export async function deleteAs(ctx: APIRequestContext, url: string, headers?: Record<string, string>): Promise<Got> {
  return got(await onceMoreIfReset(() => ctx.delete(url, { headers, maxRedirects: 0 })), "DELETE");
}

const ids = new Map<string, Promise<string>>();

/** The id the build gave an exported server action (cached per worker). */
export function idOf(file: string, exportedName: string): Promise<string> {
  const key = `${file}#${exportedName}`;
  if (!ids.has(key)) ids.set(key, actionId(process.cwd(), exportedName, file));
  return ids.get(key)!;
}

/** Posts `(previous state, form)` to a server action on `page`, encoded by React as the browser does. */
export async function postAction(ctx: APIRequestContext, page: string, id: string, fields: Fields): Promise<ActionGot> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  const body = await encodeReply([null, form]);
  const headers = { accept: "text/x-component", "next-action": id };
  const res = await onceMoreIfReset(() =>
    typeof body === "string"
      ? ctx.post(page, { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 })
      : ctx.post(page, { headers, multipart: body, maxRedirects: 0 }),
  );
  const g = await got(res, "POST");
  return { ...g, result: actionResult(g.body) as ActionGot["result"] };
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks every response must pass

/** next.config.mjs `headers()`: on every response, whatever produced it. */
const REQUIRED_HEADERS: [string, (v: string) => boolean][] = [
  ["content-security-policy", (v) => v.includes("default-src 'self'") && v.includes("frame-ancestors 'none'")],
  ["x-frame-options", (v) => v.toUpperCase() === "DENY"],
  ["x-content-type-options", (v) => v.split(",").every((p) => p.trim() === "nosniff")],
  ["referrer-policy", (v) => v.length > 0],
  ["permissions-policy", (v) => v.includes("camera=()")],
  ["cross-origin-opener-policy", (v) => v === "same-origin"],
];

export function headerProblems(g: Got): string[] {
  return REQUIRED_HEADERS.filter(([name, ok]) => g.headers[name] === undefined || !ok(g.headers[name])).map(
    ([name]) =>
      `${g.method} ${path(g.url)} → ${g.status}: header ${name} ${g.headers[name] === undefined ? "missing" : `= "${g.headers[name]}"`}`,
  );
}

function databasePassword(): string | null {
  try {
    return decodeURIComponent(new URL(process.env.DATABASE_URL ?? "").password) || null;
  } catch {
    return null;
  }
}

/**
 * What must never be in a page, an error or an action's answer, the servers' NEXTAUTH_SECRET included
 * (scripts/e2e.ts shares it with Playwright as E2E_NEXTAUTH_SECRET).
 */
function forbiddenTexts(): [string, string | RegExp][] {
  const list: [string, string | RegExp][] = [
    ["a stack trace", /\n\s+at [\w$.<>[\] ]*\(?(\/|node:|file:|webpack)/],
    ["a stack frame", /\bat (async )?[\w$.]+ \((\/|node:|webpack-internal:)/],
    ["a node_modules path", "node_modules/"],
    ["a server path", /\/work\/|\/home\/|\/root\/|\/tmp\/|\.next\/server/],
    ["a Prisma error", /Prisma(Client)?[A-Z]\w*Error|Invalid `[^`]*` invocation|prisma\.\w+\.\w+\(/],
    [
      "SQL",
      /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b [^<]{0,80}\b(FROM|VALUES|SET|WHERE)\b|syntax error at or near|violates (foreign key|unique) constraint/,
    ],
    ["a database URL", /postgres(ql)?:\/\//],
  ];
  const password = databasePassword();
  if (password && password.length >= 6) list.push(["the database password", password]);
  if (process.env.DATABASE_URL) list.push(["DATABASE_URL", process.env.DATABASE_URL]);
  const secret = process.env.E2E_NEXTAUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (secret) list.push(["NEXTAUTH_SECRET", secret]);
  return list;
}

/** Static bundles are code: stack-like text in them is not a leak. */
const isStaticAsset = (url: string) => new URL(url).pathname.startsWith("/_next/static/");

export function contentProblems(g: Got): string[] {
  if (isStaticAsset(g.url)) return [];
  return forbiddenTexts()
    .filter(([, p]) => (typeof p === "string" ? g.body.includes(p) : p.test(g.body)))
    .map(([what, p]) => `${g.method} ${path(g.url)} → ${g.status}: body contains ${what} (${excerpt(g.body, p)})`);
}

export function responseProblems(g: Got): string[] {
  return [...headerProblems(g), ...contentProblems(g)];
}

function excerpt(body: string, p: string | RegExp): string {
  const at = typeof p === "string" ? body.indexOf(p) : body.search(p);
  return JSON.stringify(body.slice(Math.max(0, at - 40), at + 80));
}

export function path(url: string): string {
  const u = new URL(url, "http://x");
  return `${u.pathname}${u.search}`;
}

/** Ids of `secret` that occur in `body` (ids are 25-char cuids or 32-char hex; scanned in O(body)). */
export function leakedIds(body: string, secret: Set<string>, allowed: Set<string>): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(/[a-z0-9]{25,}/g)) {
    const run = m[0];
    for (const len of [25, 32]) {
      for (let i = 0; i + len <= run.length; i++) {
        const s = run.slice(i, i + len);
        if (secret.has(s) && !allowed.has(s)) found.add(s);
      }
    }
  }
  return [...found];
}
