// Query-string parameters of the list pages' GET filters (tasks, KPIs, dashboard, communes, audit log).

export type SearchParams = Record<string, string | string[] | undefined>;

/** One parameter, trimmed and cut to `max` characters; the first when repeated; "" when absent. */
export function searchParam(params: SearchParams, key: string, max = 100): string {
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, max) ?? "";
}
