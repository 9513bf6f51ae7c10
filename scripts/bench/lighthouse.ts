// Lighthouse (the npm package, driving Debian's Chromium: Lighthouse's and Puppeteer's own browser
// downloads are not reachable here) on one page, logged in: performance and accessibility scores and
// the Core Web Vitals behind them, with Lighthouse's default mobile settings: a Moto G Power-sized
// screen and *simulated* throttling (slow 4G, 4× CPU slowdown), i.e. what PageSpeed Insights calls
// "mobile". Simulated throttling loads the page at full speed and models the slow network and CPU
// afterwards, so the figures depend less on the machine than real throttling would, but not
// entirely: a busy 2-core machine still lengthens the measured CPU tasks (TBT, LCP).
//
// Runs: one warm-up run that is thrown away (the first request on a freshly started `next start`
// compiles and caches, and Chromium starts cold), then RUNS measured runs of which the one with the
// median performance score is kept, as Lighthouse's own docs advise against trusting a single run.
// Every run starts with an empty cache (Lighthouse clears the origin's storage before loading).
import { launch } from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { must } from "../../lib/must";

export type LighthouseFigure = {
  path: string;
  /** 0–100. */
  performance: number;
  /** 0–100. */
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** Accessibility audits with a score below 1, to explain a score below target; `elements` are the offending nodes. */
  failedAudits: { id: string; title: string; elements: string[] }[];
};

/** Measured runs per page (odd, so that the median is one of them); one warm-up run comes first. */
export const RUNS = 3;
const WARMUP_RUNS = 1;
/** Runs repeated after a Lighthouse runtime error, per page. */
const MAX_RETRIES = 3;

const CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];

const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);

function numeric(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse không trả về ${id} (${lhr.audits[id]?.errorMessage ?? "không có số liệu"})`);
  return id === "cumulative-layout-shift" ? Math.round(value * 1000) / 1000 : Math.round(value);
}

type Audit = NonNullable<Result["audits"][string]>;

/** "selector — snippet" of every node an audit's table lists. */
function elementsOf(audit: Audit): string[] {
  const details = audit.details;
  if (details?.type !== "table") return [];
  return details.items.flatMap((item) => {
    const node: unknown = item.node;
    if (typeof node !== "object" || node === null || !("type" in node) || node.type !== "node") return [];
    const { selector, snippet } = node as { selector?: string; snippet?: string };
    return [[selector, snippet].filter(Boolean).join(" — ")];
  });
}

function figure(path: string, lhr: Result): LighthouseFigure {
  const a11y = lhr.categories.accessibility;
  return {
    path,
    performance: score(lhr.categories.performance?.score),
    accessibility: score(a11y?.score),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    fcpMs: numeric(lhr, "first-contentful-paint"),
    speedIndexMs: numeric(lhr, "speed-index"),
    failedAudits: (a11y?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit): audit is Audit => audit?.score !== null && audit?.score !== undefined && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, elements: elementsOf(audit) })),
  };
}

/** Lighthouse on `baseUrl + path` with the session's Cookie header (as `login()` returns it). */
export async function lighthouseAudit(baseUrl: string, path: string, cookie: string): Promise<LighthouseFigure> {
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROMIUM_FLAGS });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      formFactor: "mobile",
      throttlingMethod: "simulate",
      extraHeaders: { Cookie: cookie },
    };
    const runs: Result[] = [];
    let retries = 0;
    for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
      const result = await lighthouse(`${baseUrl}${path}`, flags);
      if (!result) throw new Error(`${path}: Lighthouse không trả về kết quả`);
      const lhr = result.lhr;
      // Lighthouse itself sometimes loses the trace (NO_NAVSTART, "please run Lighthouse again"):
      // such a run says nothing about the page, so it is run again, a few times at most.
      if (lhr.runtimeError && retries < MAX_RETRIES) {
        retries += 1;
        console.warn(`  (Lighthouse ${path}) ${lhr.runtimeError.code}: chạy lại`);
        i -= 1;
        continue;
      }
      if (lhr.runtimeError) throw new Error(`${path}: Lighthouse lỗi ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      // A lost session ends on the login page, whose scores would be reported as this page's.
      if (new URL(lhr.finalDisplayedUrl).pathname !== path)
        throw new Error(`${path}: Lighthouse kết thúc ở ${lhr.finalDisplayedUrl} (phiên đăng nhập không hợp lệ?)`);
      for (const warning of lhr.runWarnings) console.warn(`  (Lighthouse ${path}) ${warning}`);
      if (i >= WARMUP_RUNS) runs.push(lhr);
    }
    const sorted = runs.sort((x, y) => score(x.categories.performance?.score) - score(y.categories.performance?.score));
    return figure(path, must(sorted[Math.floor(sorted.length / 2)], "RUNS ≥ 1 lượt đo đã chạy"));
  } finally {
    chrome.kill();
  }
}
