// Where next-auth may send the browser after signing in or out: a path of this site or a full URL
// on the portal's own origin. Anything else (another host, "//host", "/\host", javascript:, text
// that is no URL at all) is refused: the route answers 400, the redirect callback falls back home.

/** The absolute URL to go to, or null when `url` is not a place on `baseUrl`'s origin. */
export function safeRedirect(url: string, baseUrl: string): string | null {
  if (!url.startsWith("/") && !/^https?:\/\//i.test(url)) return null;
  try {
    const base = new URL(baseUrl);
    // WHATWG parsing reads "//evil" and "/\evil" as another host: the origin check catches both.
    const target = new URL(url, base);
    return target.origin === base.origin ? target.href : null;
  } catch {
    return null;
  }
}

/**
 * False when the request names a callbackUrl (query or form/JSON body) that safeRedirect refuses,
 * or has a body next-auth cannot parse (its own parser throws, which ended in an empty 500).
 */
export async function callbackUrlAcceptable(request: Request, baseUrl: string): Promise<boolean> {
  const candidates = [new URL(request.url).searchParams.get("callbackUrl")];
  if (request.method === "POST") {
    const type = request.headers.get("content-type") ?? "";
    const text = await request.clone().text();
    if (type.includes("application/json")) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return false;
      }
      const value = body && typeof body === "object" ? (body as Record<string, unknown>).callbackUrl : undefined;
      if (value !== undefined && typeof value !== "string") return false;
      candidates.push(value ?? null);
    } else if (type.includes("application/x-www-form-urlencoded")) {
      candidates.push(new URLSearchParams(text).get("callbackUrl"));
    }
  }
  return candidates.every((url) => url === null || safeRedirect(url, baseUrl) !== null);
}
