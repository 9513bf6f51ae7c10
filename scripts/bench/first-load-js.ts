// First-load JavaScript of a page as a browser gets it: Debian's Chromium (Playwright's own download
// is not reachable here, see playwright.config.ts) opens the page logged in, with an empty cache, and
// every script response until the network is idle is gzipped (zlib's default level 6, as a server
// compresses on the fly) and summed. Scripts inlined in the HTML (the RSC payload) are not counted:
// they are part of the document, which the latency figures cover.
//
// Three figures per page:
// - `initial`: the scripts the HTML document itself loads (its <script src> tags, not the nomodule
//   polyfills a modern browser skips): what the page needs before it is interactive. This is what
//   Next.js calls "First Load JS", and the budgets apply to it.
// - `own`: everything the page loads until the network is idle with Next.js's prefetching blocked,
//   so also the chunks it imports lazily after hydration (recharts, on the pages with charts).
// - `withPrefetch`: everything until the network is idle, including the scripts of the pages Next.js
//   prefetched for the visible links.
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";

export type FirstLoadJs = { scripts: number; rawBytes: number; gzipBytes: number };

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** `cookie` is the Cookie header of a session, as the login returns it. */
async function scriptsOf(
  browser: Browser,
  baseUrl: string,
  pathname: string,
  cookie: string,
  blockPrefetch: boolean,
): Promise<{ all: FirstLoadJs; initial: FirstLoadJs }> {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  try {
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const eq = pair.indexOf("=");
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: baseUrl };
      }),
    );
    const page = await context.newPage();
    // A prefetch is a fetch of another page's RSC payload ("?_rsc="); the page's own load has none.
    if (blockPrefetch)
      await page.route(/[?&]_rsc=/, (route) => (route.request().resourceType() === "fetch" ? route.abort() : route.continue()));
    const bodies: Promise<{ url: string; body: Buffer } | null>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() !== "script") return;
      bodies.push(
        res.body().then(
          (body) => ({ url: res.url(), body }),
          () => null,
        ),
      );
    });
    const res = await page.goto(`${baseUrl}${pathname}`, { waitUntil: "networkidle" });
    if (!res || res.status() !== 200 || new URL(page.url()).pathname !== pathname) {
      throw new Error(`${pathname}: trình duyệt nhận HTTP ${res?.status()} tại ${page.url()} (phiên đăng nhập không hợp lệ?)`);
    }
    const documentScripts = new Set(
      [...(await res.text()).matchAll(/<script\b([^>]*)>/g)]
        .map(([, attributes = ""]) => attributes)
        .filter((attributes) => !/\bnomodule\b/i.test(attributes))
        .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
        .filter((src): src is string => Boolean(src))
        .map((src) => new URL(src, baseUrl).href),
    );
    const seen = new Set<string>();
    const all: FirstLoadJs = { scripts: 0, rawBytes: 0, gzipBytes: 0 };
    const initial: FirstLoadJs = { scripts: 0, rawBytes: 0, gzipBytes: 0 };
    for (const r of await Promise.all(bodies)) {
      if (!r || seen.has(r.url)) continue;
      seen.add(r.url);
      const gzip = gzipSync(r.body, { level: 6 }).length;
      for (const sum of documentScripts.has(r.url) ? [all, initial] : [all]) {
        sum.scripts += 1;
        sum.rawBytes += r.body.length;
        sum.gzipBytes += gzip;
      }
    }
    return { all, initial };
  } finally {
    await context.close();
  }
}

export async function firstLoadJs(browser: Browser, baseUrl: string, pathname: string, cookie: string) {
  const own = await scriptsOf(browser, baseUrl, pathname, cookie, true);
  return {
    initial: own.initial,
    own: own.all,
    withPrefetch: (await scriptsOf(browser, baseUrl, pathname, cookie, false)).all,
  };
}
