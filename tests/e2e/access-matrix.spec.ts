// Access control over HTTP (issue 9): every page, route handler and server action of the list in
// endpoints.ts, called by each actor for each target commune, must answer what the rules say; nobody
// receives a name or id of a commune they may not see; refused server actions write nothing (every
// table is compared before and after); and an id of another tenant in any parameter of a request
// that is otherwise the caller's own (path, query, form field) never returns that tenant's data.
// Every response also passes the header and error-content checks of matrix-http.ts.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Db } from "@/lib/db";
import {
  ACTIONS,
  ACTORS,
  ENDPOINTS,
  entryName,
  homeOf,
  PAGES,
  ROUTES,
  sees,
  TARGETS,
  type ActionEntry,
  type ActionOutcome,
  type Actor,
  type Fields,
  type PageEntry,
  type PageOutcome,
  type RouteEntry,
  type RouteOutcome,
  type Target,
} from "./endpoints";
import {
  closeContexts,
  deleteAs,
  fetchPage,
  idOf,
  leakedIds,
  mapLimit,
  openContexts,
  path as pathOf,
  postAction,
  postForm,
  responseProblems,
  type ActionGot,
  type Contexts,
  type Got,
} from "./matrix-http";
import {
  describeChange,
  loadWorld,
  MARK,
  openDb,
  rowChanges,
  snapshot,
  type IdKey,
  type Ids,
  type RowChange,
  type World,
} from "./matrix-world";

const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
/** Requests in flight at once: enough to keep the server busy, few enough not to starve the other spec. */
const PARALLEL = 6;

let db: Db;
let world: World;
let http: Contexts;

test.beforeAll(async ({ playwright }) => {
  db = openDb();
  world = await loadWorld(db);
  http = await openContexts(playwright, BASE_URL);
});

test.afterAll(async () => {
  await closeContexts(http);
  await db?.$disconnect();
});

// ---------------------------------------------------------------------------------------------
// (a) The list is complete

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function filesUnder(dir: string, name: RegExp): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => name.test(path.basename(f))).map((f) => path.join(dir, f));
}

/** "app/c/[communeId]/(group)/x/page.tsx" → "/c/[communeId]/x". */
function routeOf(file: string): string {
  const parts = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((p) => !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1]!.split(","))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  return [...found].filter((n) => HTTP_METHODS.includes(n));
}

/** A module whose first statement is the "use server" directive (comments may come before it). */
const USE_SERVER = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/;

async function serverActionsOnDisk(): Promise<string[]> {
  const files = [
    ...(await filesUnder("lib", /\.tsx?$/)),
    ...(await filesUnder("app", /\.tsx?$/)),
    ...(await filesUnder("components", /\.tsx?$/)),
  ];
  const names: string[] = [];
  for (const file of files) {
    const source = await readFile(file, "utf8");
    if (!USE_SERVER.test(source)) continue;
    for (const m of source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)) names.push(`${file}#${m[1]}`);
  }
  return names;
}

async function serverActionsInBuild(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  return Object.values(manifest.node).map((v) => `${v.filename ?? "?"}#${v.exportedName ?? "?"}`);
}

test("the endpoint list names every page, route handler and server action, and nothing else", async () => {
  const onDisk = new Set<string>();
  for (const f of await filesUnder("app", /^page\.tsx$/)) onDisk.add(`page ${routeOf(f)}`);
  for (const f of await filesUnder("app", /^route\.ts$/))
    for (const m of exportedMethods(await readFile(f, "utf8"))) onDisk.add(`route ${m} ${routeOf(f)}`);
  for (const a of [...(await serverActionsOnDisk()), ...(await serverActionsInBuild())]) onDisk.add(`action ${a}`);

  const listed = new Set(ENDPOINTS.map((e) => (e.kind === "route" ? `route ${e.method} ${e.route}` : `${e.kind} ${e.route}`)));
  expect([...onDisk].filter((x) => !listed.has(x)).sort(), "endpoints with no entry in tests/e2e/endpoints.ts").toEqual([]);
  expect([...listed].filter((x) => !onDisk.has(x)).sort(), "entries of tests/e2e/endpoints.ts with no endpoint").toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Checks shared by every cell

/** Id-like tokens of a request: echoes of them in the answer are not leaks. */
function requestTokens(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.match(/[a-z0-9]{25,32}/g) ?? []));
}

function fieldText(fields: Fields): string {
  return Object.values(fields)
    .flat()
    .map((v) => (typeof v === "string" ? v : v.name))
    .join(" ");
}

/** Names and ids of every commune the actor may not see must be absent from whatever it receives. */
function leaks(actor: Actor, g: Got, asked: Set<string>): string[] {
  const out: string[] = [];
  for (const t of TARGETS) {
    if (sees(actor, t)) continue;
    const tenant = world.tenants[t];
    for (const name of tenant.secretNames) if (g.body.includes(name)) out.push(`body names ${name}`);
    const ids = leakedIds(g.body, tenant.secretIds, asked);
    if (ids.length) out.push(`body holds ${ids.length} id(s) of ${tenant.facts.communeName}: ${ids.slice(0, 3).join(", ")}`);
  }
  return out;
}

function redirectTarget(g: Got): string | null {
  if (g.status < 300 || g.status > 399 || !g.headers.location) return null;
  return pathOf(new URL(g.headers.location, BASE_URL).href).split("?")[0]!;
}

const ERROR_BOUNDARY = "Đã xảy ra lỗi khi tải trang";

function pageOutcomeProblem(g: Got, want: PageOutcome, actor: Actor, target: Target): string | null {
  const own = world.tenants.own.ids;
  const where = redirectTarget(g);
  const ok = {
    "200": g.status === 200 && !g.body.includes(ERROR_BOUNDARY),
    "404": g.status === 404,
    login: where === "/login",
    home: actor !== "anon" && where === homeOf(actor, own),
    tasks: where === `/c/${world.tenants[target].ids.communeId}/nhiem-vu`,
  }[want];
  return ok ? null : `expected ${want}, got ${g.status}${where ? ` → ${where}` : ""}`;
}

function routeOutcomeProblem(g: Got, want: RouteOutcome): string | null {
  const ok = want === "redirect" ? redirectTarget(g) !== null : g.status === Number(want);
  return ok ? null : `expected ${want}, got ${g.status}${redirectTarget(g) ? ` → ${redirectTarget(g)}` : ""}`;
}

function actionOutcomeProblem(e: ActionEntry, g: ActionGot, want: ActionOutcome | "refused"): string | null {
  const r = g.result;
  if (g.status !== 200 || !r) return `expected ${want}, got HTTP ${g.status} without an action result`;
  const got = r.ok ? "ok" : (r.code ?? "?");
  if (want === "allow") {
    const fits = e.allowCodes.some((c) => c === got) && (!r.ok || !e.allowData || e.allowData(r.data ?? {}));
    return fits ? null : `expected ${e.allowCodes.join("|")}, got ${got} ${JSON.stringify(r.data ?? r.message ?? "")}`;
  }
  if (want === "refused") return ["NOT_FOUND", "FORBIDDEN", "VALIDATION"].includes(got) ? null : `expected a refusal, got ${got}`;
  return got === want ? null : `expected ${want}, got ${got}`;
}

const cell = (actor: Actor, target: Target, extra = "") => `${actor} → ${target}${extra}`;

// ---------------------------------------------------------------------------------------------
// (c) Ids of another tenant in one parameter of an otherwise own request

type Swap = { key: IdKey; from: Target; ids: Ids; label: string };

/** Every id of the own commune present in `request(ids)`, replaced in turn by the same kind of id of each other commune. */
function swapsOf(request: (i: Ids) => string): Swap[] {
  const own = world.tenants.own.ids;
  const text = request(own);
  const present = (Object.keys(own) as IdKey[]).filter((k) => text.includes(own[k]));
  // A request with one id only is wholly about the other commune once swapped: that is the matrix's own cell.
  if (present.length < 2) return [];
  // An id the other commune shares (its province, the province's plan, for a commune of the same
  // province) swaps nothing; and a swap that leaves only shared ids beside it is wholly the other
  // commune's request, the matrix's own cell. Neither mixes two tenants.
  const mixes = (key: IdKey, from: "sibling" | "foreign") =>
    world.tenants[from].ids[key] !== own[key] && present.some((k) => k !== key && world.tenants[from].ids[k] !== own[k]);
  return present.flatMap((key) =>
    (["sibling", "foreign"] as const)
      .filter((from) => mixes(key, from))
      .map((from) => ({
        key,
        from,
        ids: { ...own, [key]: world.tenants[from].ids[key] },
        label: ` [${key} of ${from}]`,
      }))
      // Two keys may hold the same id (a plan that both is the commune's and receives the province's
      // tasks): swapping the key the request does not read changes nothing.
      .filter((swap) => request(swap.ids) !== text),
  );
}

/** Ids that sit in the URL's path (not its query). */
function pathKeys(url: string, ids: Ids): IdKey[] {
  const p = url.split("?")[0]!;
  return (Object.keys(ids) as IdKey[]).filter((k) => p.includes(ids[k]));
}

// ---------------------------------------------------------------------------------------------
// (b) Pages and route handlers

type Check = () => Promise<string[]>;

/** Cells run by this worker, per kind, printed at the end. */
const counted: Record<string, number> = {};
const count = (kind: string, n: number) => (counted[kind] = (counted[kind] ?? 0) + n);

test.afterAll(() => {
  if (Object.keys(counted).length) console.log(`access matrix cells: ${JSON.stringify(counted)}`);
});

async function runChecks(checks: Check[]): Promise<string[]> {
  return (await mapLimit(checks, PARALLEL, (c) => c())).flat();
}

async function getAs(e: PageEntry | RouteEntry, actor: Actor, url: string): Promise<Got> {
  const origin = e.kind === "route" && e.sameOrigin ? { origin: new URL(BASE_URL).origin } : undefined;
  if (e.kind === "route" && e.method === "POST") return postForm(http[actor], url, e.form ?? {}, origin);
  if (e.kind === "route" && e.method === "DELETE") return deleteAs(http[actor], url, origin);
  return fetchPage(http[actor], url);
}

function outcomeOf(e: PageEntry | RouteEntry, g: Got, actor: Actor, target: Target): string | null {
  return e.kind === "page"
    ? pageOutcomeProblem(g, e.expect(actor, target), actor, target)
    : routeOutcomeProblem(g, e.expect(actor, target));
}

function readCells(e: PageEntry | RouteEntry): Check[] {
  const cells: Check[] = [];
  for (const actor of ACTORS)
    for (const target of e.targets)
      cells.push(async () => {
        const url = e.url(world.tenants[target].ids);
        const g = await getAs(e, actor, url);
        const problems = [outcomeOf(e, g, actor, target), ...leaks(actor, g, requestTokens(url)), ...responseProblems(g)];
        return problems.filter((p): p is string => !!p).map((p) => `${cell(actor, target)} ${pathOf(url)}: ${p}`);
      });

  const allowedOnOwn = ACTORS.filter((a) => e.expect(a, "own") === "200");
  for (const swap of swapsOf(e.url))
    for (const actor of allowedOnOwn)
      cells.push(async () => {
        const url = e.url(swap.ids);
        const g = await getAs(e, actor, url);
        const keys = pathKeys(url, swap.ids);
        let problem: string | null;
        if (keys.includes(swap.key) && keys.length > 1)
          problem = g.status === 404 ? null : `ids of two communes in the path: expected 404, got ${g.status}`;
        else {
          // The path names one commune, the query an id of another: what the path's commune allows
          // the actor, where an answer may also be "not found" for the foreign id (never its data).
          const pathTenant = keys.includes(swap.key) ? swap.from : "own";
          const expected = outcomeOf(e, g, actor, pathTenant);
          problem = expected && !(g.status === 404 && e.expect(actor, pathTenant) === "200") ? expected : null;
        }
        const problems = [problem, ...leaks(actor, g, requestTokens(url)), ...responseProblems(g)];
        return problems.filter((p): p is string => !!p).map((p) => `${cell(actor, "own", swap.label)} ${pathOf(url)}: ${p}`);
      });
  return cells;
}

for (const e of [...PAGES, ...ROUTES]) {
  test(entryName(e), async () => {
    const cells = readCells(e);
    count(`${e.kind} cells`, ACTORS.length * e.targets.length);
    count(`${e.kind} id swaps`, cells.length - ACTORS.length * e.targets.length);
    const problems = await runChecks(cells);
    expect(problems).toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------------
// (b) + (c) Server actions, with the database compared before and after

function actionCells(e: ActionEntry, id: string, asked: Set<string>): Check[] {
  const cells: Check[] = [];
  const call = async (actor: Actor, ids: Ids, fields: Fields) => {
    const tokens = requestTokens(e.page(ids), fieldText(fields));
    tokens.forEach((t) => asked.add(t));
    const g = await postAction(http[actor], e.page(ids), id, fields);
    return { g, common: [...leaks(actor, g, tokens), ...responseProblems(g)] };
  };
  for (const actor of ACTORS)
    for (const target of e.targets)
      cells.push(async () => {
        const want = e.expect(actor, target);
        const { ids, facts } = world.tenants[target];
        const { g, common } = await call(actor, ids, want === "allow" ? e.harmless(ids, facts) : e.valid(ids, facts));
        return [actionOutcomeProblem(e, g, want), ...common].filter((p): p is string => !!p).map((p) => `${cell(actor, target)}: ${p}`);
      });

  const ownFacts = world.tenants.own.facts;
  const allowedOnOwn = ACTORS.filter((a) => e.expect(a, "own") === "allow");
  for (const swap of swapsOf((i) => fieldText(e.valid(i, ownFacts))))
    for (const actor of allowedOnOwn)
      cells.push(async () => {
        const { g, common } = await call(actor, swap.ids, e.valid(swap.ids, ownFacts));
        return [actionOutcomeProblem(e, g, "refused"), ...common]
          .filter((p): p is string => !!p)
          .map((p) => `${cell(actor, "own", swap.label)}: ${p}`);
      });
  return cells;
}

/**
 * A changed row is these calls' doing when it carries the marker every form sends, or when it is a
 * row they named (by id) outside Phường Hải An, where no other spec writes to those rows.
 */
function writtenByTheseCalls(c: RowChange, asked: Set<string>): boolean {
  if (c.json.includes(MARK)) return true;
  if (!c.id || !asked.has(c.id)) return false;
  return c.kind === "removed" || !c.json.includes(`"communeId": "${world.tenants.own.ids.communeId}"`);
}

/**
 * The other specs share the database and write while these calls run. Changes that are provably
 * ours fail at once; any other change must be gone on a later attempt (a write these calls make
 * comes back every time, or shows in their results).
 */
const ATTEMPTS = 4;

for (const e of ACTIONS) {
  test(entryName(e), async () => {
    const asked = new Set<string>();
    const cells = actionCells(e, await idOf(e.file, e.exportedName), asked);
    count("action cells", ACTORS.length * e.targets.length);
    count("action id swaps", cells.length - ACTORS.length * e.targets.length);
    let unexplained: string[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const before = await snapshot(db);
      const problems = await runChecks(cells);
      const changes = await rowChanges(db, before, await snapshot(db));
      const ours = changes.filter((c) => writtenByTheseCalls(c, asked));
      expect.soft(problems).toEqual([]);
      expect(ours.map(describeChange), "rows written by refused or harmless calls").toEqual([]);
      if (problems.length) return;
      unexplained = changes.map(describeChange);
      if (unexplained.length === 0) break;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
    expect(unexplained, `rows changed on each of ${ATTEMPTS} attempts while only refused or harmless calls ran`).toEqual([]);
  });
}
