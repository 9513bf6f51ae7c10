// Logging in as a person does, over HTTP: next-auth's CSRF token, then the credentials callback;
// the session cookie it sets is what every measured request carries.

function cookiesOf(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";"); // split always yields at least one part
    const eq = pair.indexOf("=");
    if (eq > 0) out.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return out;
}

const header = (cookies: Map<string, string>) => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");

/** The Cookie header of a logged-in session; throws when the login is refused. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookies = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(cookies) },
    body: new URLSearchParams({ username, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  for (const [k, v] of cookiesOf(res)) cookies.set(k, v);
  if (![...cookies.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`Đăng nhập thất bại cho ${username} (HTTP ${res.status}, chuyển tới ${res.headers.get("location") ?? "—"})`);
  }
  return header(cookies);
}

/**
 * One request with the session: must be 200, not a redirect to /login (a failed or lost session).
 * Returns the body's size in bytes (uncompressed).
 */
export async function checkPage(baseUrl: string, pathname: string, headers: Record<string, string>): Promise<number> {
  const res = await fetch(`${baseUrl}${pathname}`, { headers, redirect: "manual" });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) {
    const location = res.headers.get("location") ?? "";
    const why = location.includes("/login")
      ? "bị chuyển về trang đăng nhập: phiên đăng nhập không hợp lệ"
      : `HTTP ${res.status} ${location}`;
    throw new Error(`${pathname}: ${why}`);
  }
  return bytes;
}

/**
 * The size of a page's RSC payload (what a client-side navigation fetches), in bytes. Next answers
 * a bare `RSC: 1` request with a redirect to the same URL with its cache-busting `_rsc` parameter:
 * that one is followed.
 */
export async function rscBytes(baseUrl: string, pathname: string, headers: Record<string, string>): Promise<number> {
  const get = (url: string) => fetch(url, { headers: { ...headers, RSC: "1" }, redirect: "manual" });
  let res = await get(`${baseUrl}${pathname}`);
  const location = res.headers.get("location");
  if (res.status === 307 && location?.includes("_rsc")) {
    await res.arrayBuffer();
    res = await get(new URL(location, baseUrl).href);
  }
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${pathname} (RSC): HTTP ${res.status}`);
  return bytes;
}
