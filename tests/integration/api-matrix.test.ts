// The API's access-control matrix: every operation of ENDPOINTS × a token of every role × the own commune,
// another commune of the same province and a commune of another province, plus ids of two tenants mixed
// in one path. Outside the token's tenant the answer is 404 (never 403: it would confirm the row exists);
// inside it, what the owner may do in the portal. Every answer is also checked against openapi.json.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canEnterIndicatorValue, canViewCommune, canViewProvince, canViewReports, type Viewer } from "@/lib/auth/permissions";
import { ENDPOINTS } from "@/lib/api/v1";
import { issueToken } from "@/lib/api-tokens/issue";
import type { Db } from "@/lib/db";
import { lastCompletedPeriod } from "@/lib/indicators/periods";
import { localDateKey } from "@/lib/dates";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { ACCOUNTS } from "../e2e/accounts";
import type { Target } from "../e2e/endpoints";
import { loadWorld, type Ids, type World } from "../e2e/matrix-world";
import { api } from "./api-support";
import { contractProblems } from "./api-contract";
import { freshDemo, testDb, viewer } from "./db";

const ACTORS = ["admin", "province", "provinceCoordinator", "chair", "coordinator", "staffOffice", "staffCenter"] as const;
type Actor = (typeof ACTORS)[number];
const TARGETS: Target[] = ["own", "sibling", "foreign"];

type Expect = "ok" | "404" | "403";
type Rule = (v: Viewer, ids: Ids) => Expect;

const scope = (ids: Ids) => ({ communeId: ids.communeId, provinceId: ids.provinceId });
const readIf =
  (check: (v: Viewer, c: ReturnType<typeof scope>) => boolean): Rule =>
  (v, ids) =>
    check(v, scope(ids)) ? "ok" : "404";

/**
 * Who may do what, one row per operation (method + path), written from the rules of the portal
 * (docs/architecture.md#roles) and not read off the implementation. An operation without a row fails.
 */
const RULES: Record<string, Rule> = {
  "GET /communes": () => "ok",
  "GET /communes/{communeId}": readIf(canViewCommune),
  "GET /communes/{communeId}/plans": readIf(canViewCommune),
  "GET /communes/{communeId}/tasks": readIf(canViewCommune),
  "GET /communes/{communeId}/tasks/{taskId}/updates": readIf(canViewCommune),
  "GET /communes/{communeId}/indicators": readIf(canViewCommune),
  "GET /communes/{communeId}/indicators/{indicator}/values": readIf(canViewCommune),
  "GET /communes/{communeId}/kpi-packet": readIf(canViewCommune),
  // Signed reports only; whoever does not see the commune's reports in the portal (its unit staff) gets 404.
  "GET /communes/{communeId}/reports": readIf(canViewReports),
  "GET /communes/{communeId}/reports/{reportId}/files/{format}": readIf(canViewReports),
  "GET /provinces/{provinceId}/summary": (v, ids) => (canViewProvince(v, ids.provinceId) ? "ok" : "404"),
  // The feed: outside the tenant 404; inside it, the owner must be allowed to enter this KPI's values.
  "POST /communes/{communeId}/indicators/{indicator}/values": (v, ids) =>
    !canViewCommune(v, scope(ids))
      ? "404"
      : canEnterIndicatorValue(v, { ...scope(ids), responsibleUnitId: ids.centerUnitId })
        ? "ok"
        : "403",
};

let db: Db;
let world: World;
const tokens = {} as Record<Actor, string>;
const viewers = {} as Record<Actor, Viewer>;
const today = localDateKey(new Date());
const reportPeriod = reportPeriodContaining(today, "MONTH");

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  world = await loadWorld(db);
  for (const a of ACTORS) {
    const v = await viewer(db, ACCOUNTS[a]);
    viewers[a] = v;
    // Write scope for every role: the matrix checks the use-time rule, whatever the creation rule allows.
    tokens[a] = (
      await issueToken(db, { userId: v.id, name: `Ma trận ${a}`, scope: "INDICATORS_WRITE", expiresAt: null, createdById: v.id })
    ).token;
  }
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
});

const key = (e: { method: string; path: string }) => `${e.method} ${e.path}`;

function urlOf(path: string, ids: Ids, mix?: Ids): string {
  const p = (name: string) => (mix && name !== "communeId" && name !== "provinceId" ? mix : ids);
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === "indicator") return p(name).indicatorId;
    if (name === "reportId") return p(name).reportFinalId;
    if (name === "format") return "docx";
    return (p(name) as Record<string, string>)[name]!;
  });
  const query = path.endsWith("/kpi-packet") ? `?period=${reportPeriod.key}` : "";
  return `/api/v1${filled}${query}`;
}

async function bodyFor(ids: Ids, actor: Actor) {
  const ind = await db.indicator.findUniqueOrThrow({ where: { id: ids.indicatorId } });
  const period = lastCompletedPeriod(today, ind.frequency);
  const figure = ind.measure === "RATIO" ? { numerator: 40, denominator: 80 } : { value: 50 };
  return { period: period.key, ...figure, source: "Kiểm thử ma trận", externalId: `matrix-${actor}` };
}

describe("API v1 access matrix", () => {
  it("has a rule for every operation, and every rule names an operation", () => {
    expect(ENDPOINTS.map(key).filter((k) => !(k in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((k) => !ENDPOINTS.some((e) => key(e) === k))).toEqual([]);
  });

  const cells = ENDPOINTS.flatMap((e) => ACTORS.flatMap((a) => TARGETS.map((t) => [key(e), a, t] as const)));
  it.each(cells)("%s · %s · %s", async (k, actor, target) => {
    const e = ENDPOINTS.find((x) => key(x) === k)!;
    const ids = world.tenants[target].ids;
    const expected = RULES[k]!(viewers[actor], ids);
    const r = await api(db, urlOf(e.path, ids), {
      token: tokens[actor],
      method: e.method,
      body: e.method === "POST" ? await bodyFor(ids, actor) : undefined,
    });
    const got = r.status === 200 || r.status === 201 ? "ok" : String(r.status);
    expect(got, `${k} as ${actor} on ${target}: ${r.text.slice(0, 300)}`).toBe(expected);
    expect(contractProblems(e.method, e.path, r), `${k} as ${actor} on ${target}: contract`).toEqual([]);
    // A refused answer names nothing of the other tenant.
    if (expected === "404") for (const secret of world.tenants[target].secretNames) expect(r.text).not.toContain(secret);
  });

  // Two tenants' ids in one path: the commune of the token's own tenant with a row of another commune.
  const mixed = ENDPOINTS.filter((e) => /\{(taskId|indicator|reportId)\}/.test(e.path));
  it.each(mixed.flatMap((e) => (["admin", "coordinator", "province"] as const).map((a) => [key(e), a] as const)))(
    "%s · %s · own commune with a row of another commune → 404",
    async (k, actor) => {
      const e = ENDPOINTS.find((x) => key(x) === k)!;
      const own = world.tenants.own.ids;
      for (const other of ["sibling", "foreign"] as const) {
        const r = await api(db, urlOf(e.path, own, world.tenants[other].ids), {
          token: tokens[actor],
          method: e.method,
          body: e.method === "POST" ? await bodyFor(own, actor) : undefined,
        });
        expect(r.status, `${k} as ${actor}, row of ${other}: ${r.text.slice(0, 200)}`).toBe(404);
      }
    },
  );

  it("GET /communes lists exactly the communes each token may read", async () => {
    for (const a of ACTORS) {
      const r = await api(db, "/api/v1/communes?limit=200", { token: tokens[a] });
      const got = (r.json() as { data: { id: string }[] }).data.map((c) => c.id);
      for (const t of TARGETS) {
        const ids = world.tenants[t].ids;
        expect(got.includes(ids.communeId), `${a} / ${t}`).toBe(canViewCommune(viewers[a], scope(ids)));
      }
    }
  });
});
