// The KPI feed (POST /api/v1/communes/{communeId}/indicators/{indicator}/values): the portal's value
// rules and messages, idempotent posts (also in parallel), the correction revision, who may post,
// tenants, and what the indicator page and the audit log then show.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { issueToken } from "@/lib/api-tokens/issue";
import { FEED_CORRECTION_REASON } from "@/lib/api/v1/indicator-feed";
import type { Db } from "@/lib/db";
import { enterIndicatorValue } from "@/lib/indicators/commands";
import { getIndicator } from "@/lib/indicators/queries";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { api, tokenFor } from "./api-support";

let db: Db;
let haiAn: string;
let thachKhoi: string;
/** CT01 of Hải An: a count entered directly, the Trung tâm Phục vụ hành chính công's. */
let count: { id: string; catalogCode: string };
/** CT03 of Hải An: a ratio (numerator / denominator), the same unit's, without values. */
let ratio: { id: string; catalogCode: string };
let write: string;
const SOURCE = "Hệ thống thông tin giải quyết TTHC tỉnh";

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  const pick = async (code: string) => {
    const i = await db.indicator.findFirstOrThrow({ where: { communeId: haiAn, code, plan: { sourceFile: { not: null } } } });
    return { id: i.id, catalogCode: i.catalogCode! };
  };
  count = await pick("CT01");
  ratio = await pick("CT03");
  write = (await tokenFor(db, "tthcc.haian", { scope: "INDICATORS_WRITE" })).token;
});
afterAll(async () => {
  await db.$disconnect();
});

const path = (indicator: string, commune = haiAn) => `/api/v1/communes/${commune}/indicators/${indicator}/values`;
const post = (indicator: string, body: unknown, token = write, commune = haiAn) =>
  api(db, path(indicator, commune), { token, method: "POST", body });
const rows = (indicatorId: string, periodKey: string) =>
  db.indicatorValue.findMany({ where: { indicatorId, periodKey }, orderBy: { revision: "asc" } });
const problemOf = (r: { json: () => unknown }) =>
  r.json() as { status: number; detail: string; errors?: { path: string; message: string }[] };

describe("KPI feed: idempotent writes through the portal's value path", () => {
  it("the same post twice stores one value (201, then 200 stored:false), with the feed's source on the row", async () => {
    const body = { period: "2026-11", value: 60, source: SOURCE, externalId: "HP-2026-11-01", note: "Kết xuất tự động" };
    const first = await post(count.catalogCode, body);
    expect(first.status).toBe(201);
    expect(first.json()).toMatchObject({
      stored: true,
      correction: false,
      value: { periodKey: "2026-11", revision: 1, value: 60, feedSource: SOURCE },
    });
    const again = await post(count.catalogCode, { ...body, source: "Hệ thống khác", externalId: "khac-1" });
    expect(again.status).toBe(200);
    expect(again.json()).toMatchObject({ stored: false, correction: false, value: { revision: 1, value: 60 } });
    const stored = await rows(count.id, "2026-11");
    expect(stored).toHaveLength(1);
    const owner = await viewer(db, "tthcc.haian");
    expect(stored[0]).toMatchObject({
      feedSource: SOURCE,
      externalId: "HP-2026-11-01",
      enteredById: owner.id,
      unitId: owner.unitId,
      sourceNote: "Kết xuất tự động",
    });
    expect(stored[0]!.apiTokenId).toBeTruthy();
  });

  it("5 identical posts in parallel store one value", async () => {
    const body = { period: "2026-12", numerator: "40", denominator: "50", source: SOURCE, externalId: "HP-2026-12-03" };
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(ratio.id, body)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const stored = await rows(ratio.id, "2026-12");
    expect(stored).toHaveLength(1);
    expect(stored[0]!.value.toNumber()).toBe(80);
  });

  it("5 different figures in parallel wait for each other: revisions 1–5, none refused", async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        post(ratio.id, { period: "2026-07", numerator: n, denominator: 10, source: SOURCE, externalId: `HP-2026-07-${n}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect((await rows(ratio.id, "2026-07")).map((r) => r.revision)).toEqual([1, 2, 3, 4, 5]);
  });

  it("a different figure for a stored period becomes revision 2 with the feed's reason; another period its own row", async () => {
    const r = await post(count.id, { period: "2026-11", value: "61", source: SOURCE, externalId: "HP-2026-11-02" });
    expect(r.status).toBe(201);
    expect(r.json()).toMatchObject({
      stored: true,
      correction: true,
      value: { revision: 2, value: 61, correctionReason: FEED_CORRECTION_REASON },
    });
    const stored = await rows(count.id, "2026-11");
    expect(stored.map((s) => [s.revision, s.value.toNumber(), s.correctionReason])).toEqual([
      [1, 60, null],
      [2, 61, FEED_CORRECTION_REASON],
    ]);
    expect((await post(count.id, { period: "2026-10", value: 58, source: SOURCE, externalId: "HP-2026-10" })).status).toBe(201);
    expect(await rows(count.id, "2026-10")).toHaveLength(1);
    expect(await rows(count.id, "2026-11")).toHaveLength(2);
  });

  it("audits the writes as the form's actions, with the feed's source and external id", async () => {
    const logs = await db.auditLog.findMany({
      where: { entityId: count.id, action: { in: ["indicators.enterValue", "indicators.correctValue"] } },
    });
    const owner = await viewer(db, "tthcc.haian");
    expect(logs.map((l) => l.action).sort()).toEqual(["indicators.correctValue", "indicators.enterValue", "indicators.enterValue"]);
    for (const l of logs) {
      expect(l.actorId).toBe(owner.id);
      expect(l.communeId).toBe(haiAn);
      expect(l.data).toMatchObject({ feedSource: SOURCE });
    }
    expect(logs.find((l) => l.action === "indicators.correctValue")?.data).toMatchObject({
      externalId: "HP-2026-11-02",
      reason: FEED_CORRECTION_REASON,
      after: { value: 61 },
    });
  });

  it("the indicator page's query carries the source of a fed value", async () => {
    const page = await getIndicator(haiAn, count.id);
    const fed = page!.history.find((h) => h.periodKey === "2026-11" && h.revision === 2);
    expect(fed?.feedSource).toBe(SOURCE);
  });
});

describe("KPI feed: the form's validation and messages", () => {
  // The form's action with the same figures: its field messages are the ones the API must give.
  async function formErrors(indicatorId: string, figures: Record<string, string>, periodKey = "2026-09") {
    const r = await executeAction(enterIndicatorValue, await viewer(db, "tthcc.haian"), {
      communeId: haiAn,
      indicatorId,
      periodKey,
      sourceNote: "",
      correctionReason: "",
      baseRevision: "0",
      ...figures,
    });
    expect(r.ok).toBe(false);
    return r.ok ? {} : (r.fieldErrors ?? {});
  }

  it.each([
    ["a count with decimals", "count", { value: "12,5" }],
    ["a negative count", "count", { value: "-3" }],
    ["text for a number", "count", { value: "mười" }],
    ["a count given as numerator/denominator", "count", { numerator: "1", denominator: "2" }],
    ["a ratio without denominator", "ratio", { numerator: "5" }],
    ["a ratio with numerator above denominator", "ratio", { numerator: "9", denominator: "5" }],
    ["a ratio with a zero denominator", "ratio", { numerator: "0", denominator: "0" }],
    ["a ratio given a value", "ratio", { value: "50", numerator: "1", denominator: "2" }],
  ])("%s: 422 with the form's message, nothing stored", async (_name, which, figures) => {
    const indicator = which === "count" ? count : ratio;
    const before = await db.indicatorValue.count();
    const r = await post(indicator.id, { period: "2026-09", ...figures, source: SOURCE, externalId: "x" });
    expect(r.status).toBe(422);
    const expected = await formErrors(indicator.id, figures);
    const got = Object.fromEntries((problemOf(r).errors ?? []).map((e) => [e.path.replace(/^body\./, ""), [e.message]]));
    expect(got).toEqual(expected);
    expect(Object.keys(got).length).toBeGreaterThan(0);
    expect(await db.indicatorValue.count()).toBe(before);
  });

  it("a future period, an unreal one and a malformed key are refused in Vietnamese", async () => {
    const future = problemOf(await post(count.id, { period: "2031-01", value: 1, source: SOURCE, externalId: "x" }));
    expect(future.errors).toEqual([{ path: "body.period", message: "Tháng 01/2031 chưa bắt đầu: không nhập số liệu cho kỳ tương lai" }]);
    const unreal = problemOf(await post(count.id, { period: "2026-13", value: 1, source: SOURCE, externalId: "x" }));
    expect(unreal.errors).toEqual([{ path: "body.period", message: "Kỳ số liệu không hợp lệ" }]);
    const weekForMonthly = await post(count.id, { period: "2026-W47", value: 1, source: SOURCE, externalId: "x" });
    expect(weekForMonthly.status).toBe(422);
    const malformed = await post(count.id, { period: "11/2026", value: 1, source: "S", externalId: "" });
    expect(malformed.status).toBe(422);
    expect(
      problemOf(malformed)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(["body.externalId", "body.period", "body.source"]);
  });
});

describe("KPI feed: who may post where", () => {
  const body = { period: "2026-08", value: 5, source: SOURCE, externalId: "x" };

  it("a read token → 403 insufficient scope", async () => {
    const read = await tokenFor(db, "tthcc.haian");
    const r = await post(count.id, body, read.token);
    expect(r.status).toBe(403);
    expect(r.headers.get("www-authenticate")).toContain("insufficient_scope");
  });

  it("a chair's or province's write token, staff of another unit → 403 problem naming who may enter", async () => {
    for (const username of ["chutich.haian", "tinh.haiphong", "vanphong.haian"]) {
      const owner = await db.user.findUniqueOrThrow({ where: { username } });
      const { token } = await issueToken(db, {
        userId: owner.id,
        name: "Thử",
        scope: "INDICATORS_WRITE",
        expiresAt: null,
        createdById: owner.id,
      });
      const r = await post(count.id, body, token);
      expect(r.status, username).toBe(403);
      expect(problemOf(r).detail).toContain("không được nhập số liệu chỉ tiêu này");
    }
    expect(await rows(count.id, "2026-08")).toHaveLength(0);
  });

  it("another commune's path → 404, an unknown indicator or code → 404", async () => {
    expect((await post(count.id, body, write, thachKhoi)).status).toBe(404);
    const foreign = await db.indicator.findFirstOrThrow({ where: { communeId: thachKhoi } });
    expect((await post(foreign.id, body)).status).toBe(404);
    expect((await post("KHONG_CO_MA", body)).status).toBe(404);
    expect((await post("a%00b", body)).status).toBe(404);
  });

  it("a KPI the province withdrew → 409, nothing stored", async () => {
    await db.indicator.update({ where: { id: count.id }, data: { provinceWithdrawnAt: new Date() } });
    try {
      const r = await post(count.catalogCode, body);
      expect(r.status).toBe(409);
      expect(problemOf(r).detail).toContain("thôi giao");
    } finally {
      await db.indicator.update({ where: { id: count.id }, data: { provinceWithdrawnAt: null } });
    }
    expect(await rows(count.id, "2026-08")).toHaveLength(0);
  });
});
