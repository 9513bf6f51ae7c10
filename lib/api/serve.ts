// The route handler of one endpoint (app/api/v1/**/route.ts: `export const GET = serve(listTasks)`).
import "server-only";
import { revalidatePath } from "next/cache";
import { clientAddress } from "../auth/client-address";
import { getDb } from "../db";
import { env } from "../env";
import { runEndpoint, type AnyEndpoint } from "./endpoint";

export function serve(e: AnyEndpoint) {
  return async (req: Request, ctx: { params?: Promise<Record<string, string | string[] | undefined> | undefined> }) => {
    const address = clientAddress(Object.fromEntries(req.headers), env().TRUSTED_PROXIES);
    // A route without dynamic segments (/communes) gets no params from Next: an empty set, not undefined.
    const params = (await ctx?.params) ?? {};
    const res = await runEndpoint(e, req, params, { db: getDb(), ratePerMinute: env().API_RATE_LIMIT_PER_MINUTE, clientAddress: address });
    // As the portal's forms do after a write (lib/actions/form-action.ts); outside a request (tests,
    // the benchmark call dispatch) there is no page cache to refresh.
    if (e.revalidate && res.ok) for (const path of e.revalidate(params)) revalidatePath(path, "layout");
    return res;
  };
}
