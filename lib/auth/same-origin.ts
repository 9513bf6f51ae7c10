// Route handlers that change state with the session cookie (POST /api/uploads) must refuse posts
// from other sites: server actions get Next's own origin check, a route handler does not. A browser
// always sends Origin with a POST from script, and Sec-Fetch-Site where it knows it (which script
// cannot forge); the host compared with is the one Next compares server actions with.

export function isSameOrigin(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return false;
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || new URL(req.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
