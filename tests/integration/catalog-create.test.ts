// Danh mục chỉ tiêu → "Thêm chỉ tiêu vào danh mục": a new entry, refused duplicates and callers, and
// the new entry used everywhere a shipped one is (the commune's KPI form, a commune's indicator,
// national codes), and kept by the seed's catalog sync.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { createCatalogEntry, saveCatalogEntry } from "@/lib/indicators/catalog-commands";
import { syncIndicatorCatalog } from "@/lib/indicators/catalog-sync";
import { INDICATOR_CATALOG } from "@/lib/indicators/catalog";
import { saveIndicator } from "@/lib/indicators/commands";
import { saveKpiNationalCode } from "@/lib/indicators/national-code-commands";
import { indicatorFormOptions, listCatalog, listNationalCodes } from "@/lib/indicators/queries";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let admin: Viewer;
let haiAn: string;
let planId: string;

beforeAll(async () => {
  await freshDemo(db);
  admin = await viewer(db, "admin");
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn, sourceFile: { not: null } } })).id;
}, 120_000);
afterAll(() => db.$disconnect());

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

const entry = (over: Record<string, unknown> = {}) => ({
  code: "ho_so_so_hoa_dau_vao",
  name: "Hồ sơ TTHC được số hóa khi tiếp nhận",
  unit: "PERCENT",
  comparison: "GTE",
  measure: "RATIO",
  defaultTarget: "90",
  defaultDueDate: "2026-12-31",
  numeratorLabel: "Số hồ sơ được số hóa khi tiếp nhận",
  denominatorLabel: "Tổng số hồ sơ tiếp nhận",
  method: "Theo Hệ thống thông tin giải quyết TTHC của tỉnh.",
  responsibleHint: "Trung tâm Phục vụ hành chính công",
  frequency: "WEEKLY",
  active: "on",
  ...over,
});
const CODE = "HO_SO_SO_HOA_DAU_VAO";

describe("adding a catalog entry", () => {
  it("an admin adds one: stored upper-case after every existing entry, audited", async () => {
    const last = await db.indicatorCatalogEntry.aggregate({ _max: { sortOrder: true } });
    expect(await run(createCatalogEntry, admin, entry())).toMatchObject({ ok: true, data: { code: CODE } });
    const row = await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: CODE } });
    expect(row).toMatchObject({
      name: "Hồ sơ TTHC được số hóa khi tiếp nhận",
      unit: "PERCENT",
      measure: "RATIO",
      frequency: "WEEKLY",
      active: true,
    });
    expect(row.defaultTarget.toNumber()).toBe(90);
    expect(row.sortOrder).toBe(last._max.sortOrder! + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "catalog.create", entityId: CODE } });
    expect(audit).toMatchObject({ actorId: admin.id, communeId: null });
    expect(audit.data).toMatchObject({ code: CODE, name: row.name, unit: "PERCENT", comparison: "GTE", defaultTarget: 90 });
  });

  it("refuses a code already in the catalog (shipped or added) and a malformed code, writing nothing", async () => {
    const before = await db.indicatorCatalogEntry.count();
    const audits = await db.auditLog.count();
    for (const code of [CODE, "ho_so_truc_tuyen"]) {
      expect(await run(createCatalogEntry, admin, entry({ code, name: "Trùng mã" }))).toMatchObject({
        ok: false,
        code: "DUPLICATE",
        fieldErrors: { code: ["Mã chỉ tiêu đã có trong danh mục"] },
      });
    }
    for (const code of ["", "Hồ sơ", "1_MA", "MA__DOI", "A"]) {
      const r = await run(createCatalogEntry, admin, entry({ code }));
      expect(r, code).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(r.ok ? 0 : (r.fieldErrors?.code?.length ?? 0), code).toBeGreaterThan(0);
    }
    // The edit form's rules hold for a new entry too.
    expect(await run(createCatalogEntry, admin, entry({ code: "MOI_1", defaultTarget: "120" }))).toMatchObject({
      ok: false,
      fieldErrors: { defaultTarget: ["Tỷ lệ phải từ 0 đến 100%"] },
    });
    expect((await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: "HO_SO_TRUC_TUYEN" } })).name).not.toBe("Trùng mã");
    expect(await db.indicatorCatalogEntry.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("is refused to everyone but admins", async () => {
    const before = await db.indicatorCatalogEntry.count();
    for (const name of ["tinh.haiphong", "vhxh.haian", "chutich.haian", "tthcc.haian"]) {
      expect(await run(createCatalogEntry, await viewer(db, name), entry({ code: "CHEN_NGANG" })), name).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await run(createCatalogEntry, null, entry({ code: "CHEN_NGANG" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.indicatorCatalogEntry.count()).toBe(before);
  });
});

describe("the new entry works where a shipped one does", () => {
  it("is listed on the catalog page and the national-code page, and takes a national code", async () => {
    expect((await listCatalog()).map((e) => e.code)).toContain(CODE);
    expect(
      await run(saveKpiNationalCode, admin, { catalogCode: CODE, nationalCode: "CDS.9.01", nationalName: "Hồ sơ số hóa" }),
    ).toMatchObject({
      ok: true,
    });
    expect((await listNationalCodes()).find((e) => e.code === CODE)).toMatchObject({ nationalCode: "CDS.9.01", active: true });
  });

  it("is offered when a commune adds a KPI, and a commune's indicator can be made from it", async () => {
    const options = await indicatorFormOptions(haiAn, planId);
    const offered = options.catalog.find((c) => c.code === CODE);
    expect(offered).toMatchObject({ defaultTarget: 90, defaultDueDate: "2026-12-31", measure: "RATIO" });
    // Its usual unit is matched to the commune's own, as for a shipped entry.
    expect(offered!.responsibleUnitId).toBe(options.units.find((u) => u.name === "Trung tâm Phục vụ hành chính công")?.id);
    const coordinator = await viewer(db, "vhxh.haian");
    const saved = await run<{ indicatorId: string }>(saveIndicator, coordinator, {
      communeId: haiAn,
      planId,
      catalogCode: CODE,
      name: offered!.name,
      unit: "PERCENT",
      comparison: "GTE",
      measure: "RATIO",
      target: "90",
      dueDate: "2026-12-31",
      numeratorLabel: offered!.numeratorLabel,
      denominatorLabel: offered!.denominatorLabel,
      method: offered!.method,
      frequency: "WEEKLY",
      responsibleUnitId: offered!.responsibleUnitId,
      taskIds: [],
    });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    if (saved.ok) expect((await db.indicator.findUniqueOrThrow({ where: { id: saved.data.indicatorId } })).catalogCode).toBe(CODE);
  });

  it("an inactive entry is not offered (like a shipped one)", async () => {
    const row = await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: CODE } });
    expect(
      await run(saveCatalogEntry, admin, {
        ...entry({ code: CODE }),
        defaultTarget: String(row.defaultTarget),
        active: "",
      }),
    ).toMatchObject({ ok: true });
    expect((await indicatorFormOptions(haiAn, planId)).catalog.map((c) => c.code)).not.toContain(CODE);
    await db.indicatorCatalogEntry.update({ where: { code: CODE }, data: { active: true } });
  });

  it("the seed's catalog sync neither removes nor overwrites it (nor an admin's edit of a shipped one)", async () => {
    await db.indicatorCatalogEntry.update({ where: { code: "HO_SO_TRUC_TUYEN" }, data: { name: "Tên do quản trị sửa" } });
    const before = await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: CODE } });
    expect(await syncIndicatorCatalog(db)).toBe(0);
    expect(await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: CODE } })).toEqual(before);
    expect((await db.indicatorCatalogEntry.findUniqueOrThrow({ where: { code: "HO_SO_TRUC_TUYEN" } })).name).toBe("Tên do quản trị sửa");
    expect(await db.indicatorCatalogEntry.count()).toBe(INDICATOR_CATALOG.length + 1);
  });
});
