// GET /api/v1/communes/{communeId}/indicators and …/{indicator}/values: every demo KPI as the KPI list
// page judges it, the filters, the CSV of the report's columns, revisions, catalog-code addressing and
// tenants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listIndicators as listPageIndicators } from "@/lib/indicators/queries";
import { columnsIn, REPORT_COLUMNS } from "@/lib/reports/columns";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { api, tokenFor } from "./api-support";

type Item = {
  id: string;
  code: string;
  catalogCode: string | null;
  name: string;
  plan: { id: string };
  unitOfMeasure: { key: string; label: string };
  responsibleUnit: { id: string; name: string } | null;
  currentValue: { periodKey: string; value: number; revision: number; source: string | null } | null;
  status: { key: string; label: string };
};
type Page<T> = { data: T[]; nextCursor: string | null };

let db: Db;
let haiAn: string;
let thachKhoi: string;
let haLong: string;
let token: string;

beforeAll(async () => {
  db = testDb();
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
  token = (await tokenFor(db, "vhxh.haian")).token;
});
afterAll(async () => {
  await db.$disconnect();
});

const get = async <T>(path: string, t = token) => {
  const r = await api(db, path, { token: t });
  expect(r.status, r.text).toBe(200);
  return r.json() as T;
};

describe("GET …/indicators", () => {
  it("gives every demo KPI of each commune the KPI list page's status, value and unit", async () => {
    const admin = (await tokenFor(db, "admin")).token;
    let compared = 0;
    for (const commune of [haiAn, thachKhoi, haLong]) {
      const now = new Date();
      const page = (await listPageIndicators(commune, now)).flatMap((p) => p.indicators);
      const items = (await get<Page<Item>>(`/api/v1/communes/${commune}/indicators?limit=200`, admin)).data;
      expect(items.map((i) => i.id).sort()).toEqual(page.map((r) => r.id).sort());
      for (const row of page) {
        const item = items.find((i) => i.id === row.id)!;
        expect(item.status, row.name).toEqual({ key: row.summary.status, label: row.summary.label });
        expect(item.code).toBe(row.code);
        expect(item.name).toBe(row.name);
        expect(item.unitOfMeasure.key).toBe(row.unit);
        expect(item.responsibleUnit?.name ?? null).toBe(row.responsibleUnit);
        expect(item.currentValue ? [item.currentValue.periodKey, item.currentValue.value] : null).toEqual(
          row.summary.latest ? [row.summary.latest.periodKey, row.summary.latest.value] : null,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("filters by plan and status, pages by id and offers the report's spreadsheet columns as CSV", async () => {
    const all = (await get<Page<Item>>(`/api/v1/communes/${haiAn}/indicators`)).data;
    const status = all.find((i) => i.currentValue)!.status.key;
    const byStatus = (await get<Page<Item>>(`/api/v1/communes/${haiAn}/indicators?status=${status}`)).data;
    expect(byStatus.map((i) => i.id)).toEqual(all.filter((i) => i.status.key === status).map((i) => i.id));
    const plan = all[0]!.plan.id;
    expect((await get<Page<Item>>(`/api/v1/communes/${haiAn}/indicators?planId=${plan}`)).data.every((i) => i.plan.id === plan)).toBe(true);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Item> = await get(`/api/v1/communes/${haiAn}/indicators?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.data.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((i) => i.id));
    expect([...seen].sort()).toEqual(seen);

    const csv = await api(db, `/api/v1/communes/${haiAn}/indicators?format=csv`, { token });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const header = csv.text
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(",");
    const sheet = columnsIn(REPORT_COLUMNS.indicators, "xlsx")
      .filter((c) => c.key !== "ordinal")
      .map((c) => c.header);
    expect(header).toEqual(["Mã (id)", "Mã danh mục", ...sheet]);
    expect(csv.text.split("\r\n").filter(Boolean)).toHaveLength(all.length + 1);

    const bad = await api(db, `/api/v1/communes/${haiAn}/indicators?status=TOT`, { token });
    expect(bad.status).toBe(400);
  });

  it("updatedSince follows values entered after it", async () => {
    const later = new Date(Date.now() + 60_000);
    expect((await get<Page<Item>>(`/api/v1/communes/${haiAn}/indicators?updatedSince=${later.toISOString()}`)).data).toEqual([]);
  });

  it("another tenant's commune is 404; a province token reads its communes", async () => {
    expect((await api(db, `/api/v1/communes/${thachKhoi}/indicators`, { token })).status).toBe(404);
    const province = (await tokenFor(db, "tinh.haiphong")).token;
    expect((await api(db, `/api/v1/communes/${thachKhoi}/indicators`, { token: province })).status).toBe(200);
    expect((await api(db, `/api/v1/communes/${haLong}/indicators`, { token: province })).status).toBe(404);
  });
});

describe("GET …/indicators/{indicator}/values", () => {
  it("gives the latest revision of each period by default and every revision with revisions=all", async () => {
    const indicator = await db.indicator.findFirstOrThrow({
      where: { communeId: haiAn, values: { some: {} }, plan: { sourceFile: { not: null } } },
      include: { values: true },
    });
    const first = indicator.values[0]!;
    const staff = await viewer(db, "vhxh.haian");
    await db.indicatorValue.create({
      data: {
        ...first,
        id: undefined,
        revision: Math.max(...indicator.values.filter((v) => v.periodKey === first.periodKey).map((v) => v.revision)) + 1,
        value: 42,
        correctionReason: "Sửa lại theo báo cáo",
        enteredById: staff.id,
        createdAt: new Date(),
      },
    });
    type V = { periodKey: string; revision: number; value: number; correctionReason: string | null; enteredBy: string };
    const latest = (await get<Page<V>>(`/api/v1/communes/${haiAn}/indicators/${indicator.id}/values?limit=200`)).data;
    const all = (await get<Page<V>>(`/api/v1/communes/${haiAn}/indicators/${indicator.id}/values?revisions=all&limit=200`)).data;
    expect(all).toHaveLength(indicator.values.length + 1);
    expect(latest).toHaveLength(new Set(indicator.values.map((v) => v.periodKey)).size);
    const corrected = latest.find((v) => v.periodKey === first.periodKey)!;
    expect(corrected).toMatchObject({ value: 42, correctionReason: "Sửa lại theo báo cáo" });
    expect(all.filter((v) => v.periodKey === first.periodKey).length).toBeGreaterThan(1);
  });

  it("addresses a KPI by its catalog code; two plans with the code → 409 naming them; none → 404", async () => {
    const indicator = await db.indicator.findFirstOrThrow({
      where: { communeId: haiAn, catalogCode: { not: null }, plan: { sourceFile: { not: null } } },
    });
    const byId = await get<Page<unknown>>(`/api/v1/communes/${haiAn}/indicators/${indicator.id}/values`);
    const byCode = await get<Page<unknown>>(`/api/v1/communes/${haiAn}/indicators/${indicator.catalogCode}/values`);
    expect(byCode).toEqual(byId);
    expect((await api(db, `/api/v1/communes/${haiAn}/indicators/KHONG_CO/values`, { token })).status).toBe(404);
    // Another tenant's KPI, by id or by its code, is not found.
    const foreign = await db.indicator.findFirstOrThrow({ where: { communeId: thachKhoi } });
    expect((await api(db, `/api/v1/communes/${haiAn}/indicators/${foreign.id}/values`, { token })).status).toBe(404);

    const plan = await db.plan.findFirstOrThrow({ where: { id: indicator.planId } });
    const second = await db.plan.create({
      data: {
        communeId: haiAn,
        title: "Kế hoạch bổ sung thử nghiệm",
        issuer: plan.issuer,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
      },
    });
    const { communeId, catalogCode, code, name, unit, comparison, target, dueDate, measure, frequency, sortOrder } = indicator;
    await db.indicator.create({
      data: { communeId, catalogCode, code, name, unit, comparison, target, dueDate, measure, frequency, sortOrder, planId: second.id },
    });
    const ambiguous = await api(db, `/api/v1/communes/${haiAn}/indicators/${indicator.catalogCode}/values`, { token });
    expect(ambiguous.status).toBe(409);
    const detail = (ambiguous.json() as { detail: string }).detail;
    expect(detail).toContain("Kế hoạch bổ sung thử nghiệm");
    expect(detail).toContain("dùng id của chỉ tiêu");
    // Archiving the second plan makes the code name one KPI again.
    await db.plan.update({ where: { id: second.id }, data: { archivedAt: new Date() } });
    expect((await api(db, `/api/v1/communes/${haiAn}/indicators/${indicator.catalogCode}/values`, { token })).status).toBe(200);
  });
});
