// Query-string parameters of the list pages' GET filters (tasks, KPIs, dashboard, communes, audit log).

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * One parameter, trimmed and cut to `max` characters; the first when repeated; "" when absent.
 * Control characters are dropped: no filter value needs them, and PostgreSQL refuses NUL in text.
 */
export function searchParam(params: SearchParams, key: string, max = 100): string {
  const v = params[key];
  return (
    (Array.isArray(v) ? v[0] : v)
      ?.replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, max) ?? ""
  );
}
