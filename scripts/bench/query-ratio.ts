// What the ORM costs on the pages people open most (issue 8): the same data fetched twice in the
// same process, once through the app's own lib functions (Prisma on adapter-pg, exactly as the page
// calls them) and once with hand-written SQL through a plain `pg` Pool, reported as the ratio
// portal p50 / raw p50. The two results are compared field by field before anything is timed
// (and after every round): a ratio between two different answers would mean nothing.
//
// The lib modules `import "server-only"`: run under `tsx --conditions react-server`, which
// resolves that package to its empty export. They are imported only after DATABASE_URL is set,
// because lib/db.ts creates the process-wide client from it on first use.
//
// Not measured, on either side: the session and commune look-ups of requireCommune (they need a
// request), the layout, React rendering, and the pure sorting/filtering the task page does after
// loading (filterTasks, sortByUrgency, groupByStatus: the same work whatever fetched the rows).
import { performance } from "node:perf_hooks";
import type { CommuneDashboard } from "../../lib/dashboard/commune";
import type { DeadlineStatus } from "../../lib/tasks/deadline-status";
import { loadApp, type App } from "./app-modules";
import { percentile } from "./load";
import { rawDashboard, rawMyTasks, rawPool, type MyTasks, type Raw } from "./raw-queries";
import { recordStatements } from "./record-statements";

export type QueryRatio = {
  key: "dashboard" | "my-tasks";
  label: string;
  portalMs: { p50: number; p95: number };
  rawMs: { p50: number; p95: number };
  /** portal p50 / raw p50 */
  ratio: number;
  /** SQL statements one raw round sends. */
  rawQueries: number;
  note: string;
};

/** Issue 24's budget for both rows: ORM time at most 1.5 × the hand-written SQL's. */
export const QUERY_RATIO_BUDGET = 1.5;

const SECRET = "bench-only-secret-not-for-production-0123456789";

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// The app's side: its lib functions, loaded once DATABASE_URL is set.

/** app/c/[communeId]/page.tsx for the chair, without search parameters (the current week, every plan). */
function portalDashboard(app: App, communeId: string, now: Date) {
  const today = app.dates.localDateKey(now);
  const filters = app.filters.readDashboardFilters({}, today);
  return app.commune.getCommuneDashboard(communeId, filters, now);
}

/** app/c/[communeId]/nhiem-vu/page.tsx for a unit's staff member (hasOwnTasks): its four loads. */
function portalMyTasks(app: App, communeId: string, unitId: string, now: Date): Promise<MyTasks> {
  return Promise.all([
    app.tasks.getUnitName(communeId, unitId),
    app.tasks.listUnitTasks(communeId, unitId, now),
    app.detail.listOpenDirectives(communeId, unitId),
    app.detail.listReturnedUpdates(communeId, unitId),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Honesty check: both sides must give the same answer.

/** First difference between two results (key order ignored, Dates by instant), or null. */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (a instanceof Date || b instanceof Date) {
    const ok = a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    return ok ? null : `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: ${show(a)} ≠ ${show(b)}`;
    if (a.length !== b.length) return `${path}: ${a.length} phần tử ≠ ${b.length} phần tử`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference((a as Rec)[k], (b as Rec)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${show(a)} ≠ ${show(b)}`;
}
const show = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v)?.slice(0, 120));
type Rec = Record<string, unknown>;

function assertSame(key: string, portal: unknown, raw: unknown) {
  const d = firstDifference(portal, raw);
  if (d) throw new Error(`${key}: kết quả của portal và của SQL viết tay khác nhau (portal ≠ raw) tại ${d}`);
}

/** Headline figures, compared first so that a mismatch reads plainly, then kept for the note. */
function dashboardFigures(d: CommuneDashboard) {
  return {
    tasks: d.headline.total,
    counts: d.headline.counts,
    previous: d.previous.counts,
    groups: d.byGroup.length,
    leadUnits: d.byLeadUnit.length,
    overdue: d.overdue.total,
    dueSoon: d.dueSoon.total,
    awaiting: d.awaiting.total,
    directives: d.directives.total,
    unconfirmed: d.unconfirmed.length,
    indicators: d.indicators.cards.length,
  };
}
function myTaskFigures([, all, directives, returned]: MyTasks) {
  const counts: Partial<Record<DeadlineStatus, number>> = {};
  for (const t of all) counts[t.status] = (counts[t.status] ?? 0) + 1;
  return {
    tasks: all.length,
    lead: all.filter((t) => t.role === "LEAD").length,
    counts,
    directives: directives.length,
    returned: returned.length,
  };
}

// ---------------------------------------------------------------------------------------------

export type Case<T> = {
  key: QueryRatio["key"];
  label: string;
  portal: (now: Date) => Promise<T>;
  raw: (now: Date) => Promise<T>;
  figures: (r: T) => unknown;
};

async function measureCase<T>(c: Case<T>, raw: Raw, runs: number, warmup: number): Promise<QueryRatio> {
  // One checked, recorded round first: the statements each side sends, and the same answer.
  const now = new Date();
  const portalRec = await recordStatements(() => c.portal(now));
  const before = raw.statements;
  const rawResult = await c.raw(now);
  const rawQueries = raw.statements - before;
  const figures = c.figures(portalRec.result);
  const f = firstDifference(figures, c.figures(rawResult));
  if (f) throw new Error(`${c.key}: số liệu chính khác nhau (portal ≠ raw) tại ${f}`);
  assertSame(c.key, portalRec.result, rawResult);

  const portalMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const roundNow = new Date();
    // Alternate which side goes first, so that neither always finds the caches the other warmed.
    const order = i % 2 === 0 ? (["portal", "raw"] as const) : (["raw", "portal"] as const);
    const results: Partial<Record<"portal" | "raw", T>> = {};
    for (const side of order) {
      const t0 = performance.now();
      results[side] = await (side === "portal" ? c.portal(roundNow) : c.raw(roundNow));
      const ms = performance.now() - t0;
      if (i >= warmup) (side === "portal" ? portalMs : rawMs).push(ms);
    }
    assertSame(c.key, results.portal, results.raw);
  }
  portalMs.sort((a, b) => a - b);
  rawMs.sort((a, b) => a - b);
  const p = { p50: round1(percentile(portalMs, 50)), p95: round1(percentile(portalMs, 95)) };
  const r = { p50: round1(percentile(rawMs, 50)), p95: round1(percentile(rawMs, 95)) };
  return {
    key: c.key,
    label: c.label,
    portalMs: p,
    rawMs: r,
    ratio: round2(percentile(portalMs, 50) / percentile(rawMs, 50)),
    rawQueries,
    note:
      `${runs} lượt đo sau ${warmup} lượt khởi động, xen kẽ portal/SQL, tuần tự, cùng tiến trình; ` +
      `portal gửi ${portalRec.statements.length} câu SQL qua Prisma, SQL viết tay ${rawQueries}; ` +
      `kết quả hai bên trùng khớp (${JSON.stringify(figures)})`,
  };
}

/** The two pages' cases, for one commune and one unit of it. */
export function cases(app: App, raw: Raw, communeId: string, unitId: string): [Case<CommuneDashboard>, Case<MyTasks>] {
  return [
    {
      key: "dashboard",
      label: "Tổng quan xã (Chủ tịch): getCommuneDashboard, bộ lọc mặc định",
      portal: (now) => portalDashboard(app, communeId, now),
      raw: (now) => rawDashboard(app, raw, communeId, now),
      figures: dashboardFigures,
    },
    {
      key: "my-tasks",
      label: "Nhiệm vụ của tôi (cán bộ đơn vị): getUnitName, listUnitTasks, listOpenDirectives, listReturnedUpdates",
      portal: (now) => portalMyTasks(app, communeId, unitId, now),
      raw: (now) => rawMyTasks(app, raw, communeId, unitId, now),
      figures: myTaskFigures,
    },
  ];
}

/** Sets the app's environment, loads its modules and a raw pool; closes both after `fn`. */
export async function withSides<T>(databaseUrl: string, fn: (app: App, raw: Raw) => Promise<T>): Promise<T> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= SECRET;
  const app = await loadApp();
  const raw: Raw = { pool: rawPool(databaseUrl), statements: 0 };
  try {
    return await fn(app, raw);
  } finally {
    await raw.pool.end();
    // The app's client, so that the process can exit; a later getDb() makes a new one.
    await app.db.getDb().$disconnect();
    delete (globalThis as { prisma?: unknown }).prisma;
  }
}

export async function measureQueryRatios(
  databaseUrl: string,
  ids: { communeId: string; unitId: string; planId: string },
  opts: { runs?: number; warmup?: number } = {},
): Promise<QueryRatio[]> {
  const runs = opts.runs ?? 30;
  const warmup = opts.warmup ?? 5;
  if (!(runs >= 1) || !(warmup >= 0)) throw new Error("runs phải ≥ 1 và warmup ≥ 0");
  return withSides(databaseUrl, async (app, raw) => {
    const [dashboard, myTasks] = cases(app, raw, ids.communeId, ids.unitId);
    return [await measureCase(dashboard, raw, runs, warmup), await measureCase(myTasks, raw, runs, warmup)];
  });
}
