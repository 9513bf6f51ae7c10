// Which endpoint a request is for, by method and path (the route files need no matching: Next does it;
// tests and the benchmark call the API through here without a server in between).
import { env } from "../env";
import { getDb } from "../db";
import { runEndpoint, type AnyEndpoint, type RunOptions } from "./endpoint";
import { problem } from "./problem";
import { ENDPOINTS } from "./v1";

export const API_BASE = "/api/v1";

function matcher(e: AnyEndpoint) {
  const names: string[] = [];
  const source = e.path.replace(/\{(\w+)\}|[.*+?^$()|[\]\\]/g, (m, name?: string) => {
    if (name) {
      names.push(name);
      return "([^/]+)";
    }
    return `\\${m}`;
  });
  const re = new RegExp(`^${API_BASE}${source}$`);
  return (pathname: string) => {
    const m = re.exec(pathname);
    return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) : null;
  };
}

const MATCHERS = ENDPOINTS.map((e) => ({ e, match: matcher(e) }));

/** The endpoint and path parameters of a request, or null. */
export function matchEndpoint(method: string, pathname: string): { endpoint: AnyEndpoint; params: Record<string, string> } | null {
  for (const { e, match } of MATCHERS) {
    if (e.method !== method) continue;
    const params = match(pathname);
    if (params) return { endpoint: e, params };
  }
  return null;
}

export async function dispatch(req: Request, opts: Partial<RunOptions> = {}): Promise<Response> {
  const url = new URL(req.url);
  const hit = matchEndpoint(req.method, url.pathname);
  if (!hit) return problem("not-found", "Không có thao tác API này.", { instance: url.pathname });
  return runEndpoint(hit.endpoint, req, hit.params, {
    db: opts.db ?? getDb(),
    ratePerMinute: opts.ratePerMinute ?? env().API_RATE_LIMIT_PER_MINUTE,
    ...opts,
  });
}
