// The gate every /api/v1 request passes (lib/api/endpoint.ts): tokens, tenants, problem+json,
// pagination, ETag, the per-token rate and the audit entry, on the demo data and a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { communeByName, freshDemo, testDb } from "./db";
import { api, tokenFor } from "./api-support";

let db: Db;
let haiAn: string;
let thachKhoi: string;
let haLong: string;

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
});
afterAll(async () => {
  await db.$disconnect();
});

function expectProblem(r: { status: number; headers: Headers; json: () => unknown }, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toBe("application/problem+json");
  const body = r.json() as { type: string; title: string; status: number; detail: string };
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^urn:cds:problem:/);
  expect(body.title).toMatch(/[àáảãạăâđêôơưộệớờ]/i);
  expect(body.detail.length).toBeGreaterThan(5);
  return body;
}

describe("API v1: tokens and tenants", () => {
  it("answers 401 problem+json without a token, with a malformed one and with an unknown one", async () => {
    expectProblem(await api(db, "/api/v1/communes"), 401);
    expectProblem(await api(db, "/api/v1/communes", { token: "abc" }), 401);
    const r = await api(db, "/api/v1/communes", { token: `cds_${"A".repeat(43)}` });
    expectProblem(r, 401);
    expect(r.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("a commune's token sees its commune only; another commune's id is 404, never 403", async () => {
    const { token } = await tokenFor(db, "vhxh.haian");
    const list = await api(db, "/api/v1/communes", { token });
    expect(list.status).toBe(200);
    expect((list.json() as { data: { id: string }[] }).data.map((c) => c.id)).toEqual([haiAn]);
    expect((await api(db, `/api/v1/communes/${haiAn}`, { token })).status).toBe(200);
    expectProblem(await api(db, `/api/v1/communes/${thachKhoi}`, { token }), 404);
    expectProblem(await api(db, `/api/v1/communes/${haLong}`, { token }), 404);
    expectProblem(await api(db, "/api/v1/communes/khong-co", { token }), 404);
    expectProblem(await api(db, "/api/v1/communes/%00", { token }), 404);
  });

  it("a province token sees its province's communes, an admin's every commune", async () => {
    const province = await tokenFor(db, "tinh.haiphong");
    const ids = (r: { json: () => unknown }) => (r.json() as { data: { id: string }[] }).data.map((c) => c.id).sort();
    expect(ids(await api(db, "/api/v1/communes", { token: province.token }))).toEqual([haiAn, thachKhoi].sort());
    expectProblem(await api(db, `/api/v1/communes/${haLong}`, { token: province.token }), 404);
    const admin = await tokenFor(db, "admin");
    expect(ids(await api(db, "/api/v1/communes", { token: admin.token }))).toEqual([haiAn, thachKhoi, haLong].sort());
  });

  it("refuses a revoked token, an expired one and one whose owner is deactivated", async () => {
    const revoked = await tokenFor(db, "chutich.haian");
    expect((await api(db, "/api/v1/communes", { token: revoked.token })).status).toBe(200);
    await db.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(expectProblem(await api(db, "/api/v1/communes", { token: revoked.token }), 401).detail).toContain("thu hồi");

    const expired = await tokenFor(db, "chutich.haian", { expiresAt: new Date(Date.now() - 1000) });
    expect(expectProblem(await api(db, "/api/v1/communes", { token: expired.token }), 401).detail).toContain("hết hạn");

    const staff = await tokenFor(db, "tthcc.thachkhoi");
    await db.user.update({ where: { username: "tthcc.thachkhoi" }, data: { active: false } });
    try {
      expectProblem(await api(db, "/api/v1/communes", { token: staff.token }), 401);
    } finally {
      await db.user.update({ where: { username: "tthcc.thachkhoi" }, data: { active: true } });
    }
  });

  it("writes one audit entry per request with the token, the operation and the answer", async () => {
    const { id, token } = await tokenFor(db, "vhxh.haian", { name: "Kiểm tra nhật ký" });
    await api(db, "/api/v1/communes", { token });
    await api(db, `/api/v1/communes/${thachKhoi}`, { token });
    const rows = await db.auditLog.findMany({ where: { action: "api.request", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => (r.data as { status: number }).status)).toEqual([200, 404]);
    expect(rows.every((r) => r.communeId === haiAn)).toBe(true);
    expect(rows[0]!.data).toMatchObject({ tokenName: "Kiểm tra nhật ký", operation: "Danh sách xã, phường" });
    const tok = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(tok.lastUsedAt).not.toBeNull();
  });
});

describe("API v1: lists, ETag, CSV, rate", () => {
  it("pages with a cursor: every commune once, in the same order, whatever the page size", async () => {
    const { token } = await tokenFor(db, "admin");
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const r = await api(db, `/api/v1/communes?limit=1${q}`, { token });
      expect(r.status).toBe(200);
      const page = r.json() as { data: { id: string }[]; nextCursor: string | null };
      all.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toEqual([haiAn, thachKhoi, haLong].sort());
  });

  it("refuses bad query parameters with a 400 naming them in Vietnamese", async () => {
    const { token } = await tokenFor(db, "admin");
    const bad = expectProblem(await api(db, "/api/v1/communes?limit=0", { token }), 400) as { errors?: { path: string }[] };
    expect(bad.errors?.[0]?.path).toBe("query.limit");
    expect(expectProblem(await api(db, "/api/v1/communes?cursor=xyz", { token }), 400).detail).toContain("Con trỏ");
    expect(expectProblem(await api(db, "/api/v1/communes?limt=5", { token }), 400).detail).toContain("limt");
    expect(expectProblem(await api(db, "/api/v1/communes?updatedSince=hôm-qua", { token }), 400).detail).toContain("ISO 8601");
  });

  it("answers 304 to If-None-Match with the current ETag, 200 once the data changed", async () => {
    const { token } = await tokenFor(db, "vhxh.haian");
    const first = await api(db, `/api/v1/communes/${haiAn}`, { token });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await api(db, `/api/v1/communes/${haiAn}`, { token, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    await db.unit.update({ where: { id: haiAn }, data: { sortOrder: { increment: 1 } } });
    const changed = await api(db, `/api/v1/communes/${haiAn}`, { token, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
  });

  it("gives CSV with ?format=csv (BOM, Vietnamese headers)", async () => {
    const { token } = await tokenFor(db, "tinh.haiphong");
    const r = await api(db, "/api/v1/communes?format=csv", { token });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/csv");
    const lines = r.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Mã,Tên,Loại," + "Tỉnh, thành phố".replace(/^(.*)$/, '"$1"'));
    expect(lines).toHaveLength(3);
  });

  it("answers 429 with Retry-After past the per-token rate, and counts tokens separately", async () => {
    const a = await tokenFor(db, "vhxh.thachkhoi");
    const b = await tokenFor(db, "vhxh.thachkhoi");
    const now = new Date("2026-12-05T03:00:10Z");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api(db, "/api/v1/communes", { token: a.token, ratePerMinute: 3, now })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await api(db, "/api/v1/communes", { token: a.token, ratePerMinute: 3, now });
    expectProblem(limited, 429);
    expect(limited.headers.get("retry-after")).toBe("50");
    expect((await api(db, "/api/v1/communes", { token: b.token, ratePerMinute: 3, now })).status).toBe(200);
    // The next minute starts a new window.
    expect((await api(db, "/api/v1/communes", { token: a.token, ratePerMinute: 3, now: new Date("2026-12-05T03:01:00Z") })).status).toBe(
      200,
    );
  });

  it("counts parallel requests exactly (the window is one row updated atomically)", async () => {
    const { token } = await tokenFor(db, "chutich.thachkhoi");
    const now = new Date("2026-12-05T04:00:00Z");
    const answers = await Promise.all(Array.from({ length: 12 }, () => api(db, "/api/v1/communes", { token, ratePerMinute: 5, now })));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(7);
  });
});
