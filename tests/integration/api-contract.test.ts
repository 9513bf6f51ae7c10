// Every operation's answers, checked against openapi.json: the JSON success body, the CSV of a list,
// a 304 to its own ETag, and a problem (404) — with an admin's token (which sees every row) on the demo
// data and the access-matrix world. The access matrix checks the answers of every role as well.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/v1";
import { issueToken } from "@/lib/api-tokens/issue";
import type { Db } from "@/lib/db";
import { localDateKey } from "@/lib/dates";
import { lastCompletedPeriod } from "@/lib/indicators/periods";
import { reportPeriodContaining } from "@/lib/reports/periods";
import { loadWorld, type Ids } from "../e2e/matrix-world";
import { api } from "./api-support";
import { contractProblems, OPENAPI_PATHS } from "./api-contract";
import { freshDemo, testDb, viewer } from "./db";

let db: Db;
let ids: Ids;
let token: string;
const today = localDateKey(new Date());

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  ids = (await loadWorld(db)).tenants.own.ids;
  const admin = await viewer(db, "admin");
  token = (await issueToken(db, { userId: admin.id, name: "Hợp đồng", scope: "INDICATORS_WRITE", expiresAt: null, createdById: admin.id }))
    .token;
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
});

function urlOf(path: string, format = "docx"): string {
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    name === "indicator"
      ? ids.indicatorId
      : name === "reportId"
        ? ids.reportFinalId
        : name === "format"
          ? format
          : (ids as Record<string, string>)[name]!,
  );
  return `/api/v1${filled}`;
}
const packetQuery = (path: string) => (path.endsWith("/kpi-packet") ? `period=${reportPeriodContaining(today, "MONTH").key}` : "");
const withQuery = (url: string, ...parts: string[]) => {
  const q = parts.filter(Boolean).join("&");
  return q ? `${url}?${q}` : url;
};

describe("openapi.json", () => {
  it("describes every operation and nothing else", () => {
    expect([...new Set(ENDPOINTS.map((e) => e.path))].sort()).toEqual([...OPENAPI_PATHS].sort());
  });

  it("catches an answer that does not match (the check itself can fail)", () => {
    const headers = new Headers({ "content-type": "application/json" });
    expect(contractProblems("GET", "/communes/{communeId}", { status: 200, headers, text: JSON.stringify({ id: 1 }) })).not.toEqual([]);
    expect(contractProblems("GET", "/communes/{communeId}", { status: 418, headers, text: "{}" })).not.toEqual([]);
    const csv = new Headers({ "content-type": "text/csv" });
    expect(contractProblems("GET", "/communes/{communeId}", { status: 200, headers: csv, text: "a,b" })).not.toEqual([]);
  });
});

describe.each(ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e] as const))("%s", (_name, e) => {
  it("answers success as openapi.json says (JSON, CSV, 304)", async () => {
    if (e.method === "POST") {
      const ind = await db.indicator.findUniqueOrThrow({ where: { id: ids.indicatorId } });
      const figure = ind.measure === "RATIO" ? { numerator: 30, denominator: 60 } : { value: 30 };
      const body = { period: lastCompletedPeriod(today, ind.frequency).key, ...figure, source: "Hợp đồng", externalId: "contract-1" };
      for (const expected of [201, 200]) {
        const r = await api(db, urlOf(e.path), { token, method: "POST", body });
        expect(r.status, r.text).toBe(expected);
        expect(contractProblems(e.method, e.path, r)).toEqual([]);
      }
      return;
    }
    const formats = e.files ? ["docx", "xlsx"] : ["docx"];
    for (const format of formats) {
      const url = withQuery(urlOf(e.path, format), packetQuery(e.path));
      const r = await api(db, url, { token });
      expect(r.status, r.text.slice(0, 300)).toBe(200);
      expect(contractProblems(e.method, e.path, r)).toEqual([]);
      const etag = r.headers.get("etag");
      if (etag) {
        const again = await api(db, url, { token, headers: { "if-none-match": etag } });
        expect(again.status).toBe(304);
        expect(contractProblems(e.method, e.path, again)).toEqual([]);
      }
    }
    if (e.csv) {
      const r = await api(db, withQuery(urlOf(e.path), packetQuery(e.path), "format=csv"), { token });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain("text/csv");
      expect(contractProblems(e.method, e.path, r)).toEqual([]);
    }
  });

  it("answers a refusal as problem+json openapi.json describes", async () => {
    const unknown = e.path.includes("{") ? urlOf(e.path).replace(/[a-z0-9]{20,}/, "khongco00000000000000000") : urlOf(e.path);
    const r = await api(db, withQuery(unknown, packetQuery(e.path)), {
      token: e.path.includes("{") ? token : undefined,
      method: e.method,
      body: e.method === "POST" ? {} : undefined,
    });
    expect([401, 404]).toContain(r.status);
    expect(contractProblems(e.method, e.path, r)).toEqual([]);
  });
});
