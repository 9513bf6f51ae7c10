// Quản trị → Tỉnh, xã, phường and → Mẫu đơn vị: a province and a commune created by the admin (the
// commune with the template's units, ward names, built-in groups and checklist), duplicate codes
// refused with the holder's name, non-admins refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { createCommune, createProvince, saveUnitTemplate, updateCommune, updateProvince } from "@/lib/tenants/commands";
import { restoreUnitTemplate } from "../support/unit-template";
import { freshDemo, testDb, viewer } from "./db";

const db = testDb();
let admin: Viewer;
let provinceId: string;

beforeAll(async () => {
  await freshDemo(db);
  await restoreUnitTemplate(db);
  admin = await viewer(db, "admin");
});
afterAll(() => db.$disconnect());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = (def: any, user: Viewer, input: unknown) => executeAction(def, user, input, db) as Promise<ActionResult<any>>;

describe("provinces", () => {
  it("creates a province with its code and audits it", async () => {
    const res = await run(createProvince, admin, { name: "Tỉnh Quảng Ninh", adminCode: " 22 " });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    provinceId = res.ok ? res.data.provinceId : "";
    expect(await db.unit.findUniqueOrThrow({ where: { id: provinceId } })).toMatchObject({
      kind: "PROVINCE",
      adminCode: "22",
      parentId: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenants.createProvince", entityId: provinceId } });
    expect(audit.data).toEqual({ name: "Tỉnh Quảng Ninh", adminCode: "22" });
  });

  it("refuses a code that is not digits, and a code in use naming its holder", async () => {
    const bad = await run(createProvince, admin, { name: "Tỉnh A", adminCode: "2a" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    const dup = await run(createProvince, admin, { name: "Tỉnh B", adminCode: "22" });
    expect(dup).toMatchObject({ ok: false, code: "DUPLICATE" });
    expect(!dup.ok && dup.fieldErrors?.adminCode?.[0]).toBe("Mã 22 đã được dùng cho Tỉnh Quảng Ninh");
    expect(await db.unit.count({ where: { name: { in: ["Tỉnh A", "Tỉnh B"] } } })).toBe(0);
  });

  it("edits a province and audits before and after", async () => {
    const res = await run(updateProvince, admin, { provinceId, name: "Quảng Ninh", adminCode: "22" });
    expect(res.ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenants.updateProvince", entityId: provinceId } });
    expect(audit.data).toEqual({ before: { name: "Tỉnh Quảng Ninh", adminCode: "22" }, after: { name: "Quảng Ninh", adminCode: "22" } });
  });
});

describe("communes", () => {
  it("creates a commune with the template's units, the built-in groups and the checklist, in one go", async () => {
    const template = await db.unitTemplateEntry.findMany({ orderBy: { sortOrder: "asc" } });
    expect(template.length).toBeGreaterThan(0);
    const res = await run(createCommune, admin, { provinceId, name: "Xã Tiên Yên", kind: "COMMUNE", adminCode: "06970" });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    const communeId = res.ok ? res.data.communeId : "";
    const row = await db.unit.findUniqueOrThrow({ where: { id: communeId } });
    expect(row).toMatchObject({ kind: "COMMUNE", communeId, provinceId, parentId: provinceId, adminCode: "06970" });
    const units = await db.unit.findMany({ where: { communeId, id: { not: communeId } }, orderBy: { sortOrder: "asc" } });
    expect(units.map((u) => u.name)).toEqual(template.map((t) => t.name));
    expect(units.every((u) => u.parentId === communeId && u.provinceId === provinceId)).toBe(true);
    const groups = await db.unitGroup.findMany({ where: { communeId }, include: { members: true }, orderBy: { sortOrder: "asc" } });
    expect(groups.map((g) => g.name)).toEqual(["Các phòng chuyên môn thuộc UBND xã", "Các cơ quan, đơn vị thuộc UBND xã"]);
    expect(groups[0]!.members.length).toBe(template.filter((t) => t.kind === "OFFICE").length);
    expect(await db.checkItem.count({ where: { communeId } })).toBeGreaterThan(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenants.createCommune", entityId: communeId } });
    expect(audit.communeId).toBe(communeId);
    expect(audit.data).toMatchObject({ name: "Xã Tiên Yên", kind: "COMMUNE", adminCode: "06970", provinceId });
    expect((audit.data as { createdUnits: string[] }).createdUnits).toEqual(template.map((t) => t.name));
  });

  it("gives a ward the template's ward names", async () => {
    const res = await run(createCommune, admin, { provinceId, name: "Phường Hồng Gai", kind: "WARD", adminCode: "06652" });
    expect(res.ok).toBe(true);
    const communeId = res.ok ? res.data.communeId : "";
    const names = (await db.unit.findMany({ where: { communeId, id: { not: communeId } } })).map((u) => u.name);
    const template = await db.unitTemplateEntry.findMany({ where: { wardName: { not: null } } });
    expect(template.length).toBeGreaterThan(0);
    for (const t of template) {
      expect(names).toContain(t.wardName);
      expect(names).not.toContain(t.name);
    }
    expect(await db.unitGroup.count({ where: { communeId, name: "Các phòng chuyên môn thuộc UBND phường" } })).toBe(1);
  });

  it("refuses a duplicate code naming the commune that holds it, writing nothing", async () => {
    const before = await db.unit.count();
    const res = await run(createCommune, admin, { provinceId, name: "Xã Khác", kind: "COMMUNE", adminCode: "06970" });
    expect(res).toMatchObject({ ok: false, code: "DUPLICATE" });
    expect(!res.ok && res.message).toContain("Xã Tiên Yên");
    expect(await db.unit.count()).toBe(before);
  });

  it("edits a commune: kind and name, the built-in groups follow", async () => {
    const c = await db.unit.findFirstOrThrow({ where: { adminCode: "06970" } });
    const res = await run(updateCommune, admin, { communeId: c.id, name: "Phường Tiên Yên", kind: "WARD", adminCode: "06970" });
    expect(res.ok).toBe(true);
    expect(await db.unitGroup.count({ where: { communeId: c.id, name: { endsWith: "phường" } } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenants.updateCommune", entityId: c.id } });
    expect(audit.data).toEqual({
      before: { name: "Xã Tiên Yên", kind: "COMMUNE", adminCode: "06970" },
      after: { name: "Phường Tiên Yên", kind: "WARD", adminCode: "06970" },
    });
  });
});

describe("units template", () => {
  it("replaces the list in order; refuses an empty list and duplicate names", async () => {
    const entries = [
      { name: "Văn phòng HĐND và UBND", wardName: "", shortName: "VP", kind: "OFFICE" },
      { name: "Phòng Kinh tế", wardName: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "", kind: "OFFICE" },
    ];
    const res = await run(saveUnitTemplate, admin, { entries: JSON.stringify(entries) });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    const rows = await db.unitTemplateEntry.findMany({ orderBy: { sortOrder: "asc" } });
    expect(rows.map((r) => [r.name, r.wardName, r.shortName])).toEqual([
      ["Văn phòng HĐND và UBND", null, "VP"],
      ["Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", null],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "tenants.saveUnitTemplate" } });
    expect(audit.data).toEqual({ templateUnits: ["Văn phòng HĐND và UBND", "Phòng Kinh tế"] });

    expect(await run(saveUnitTemplate, admin, { entries: "[]" })).toMatchObject({ ok: false, code: "VALIDATION" });
    const dup = await run(saveUnitTemplate, admin, { entries: JSON.stringify([entries[0], entries[0]]) });
    expect(dup).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db.unitTemplateEntry.count()).toBe(2);
  });
});

describe("refused for everyone but the admin", () => {
  it.each(["tinh.haiphong", "chutich.haian", "vhxh.haian", "vanphong.haian"])("%s: FORBIDDEN, nothing written", async (username) => {
    const user = await viewer(db, username);
    const before = { units: await db.unit.count(), template: await db.unitTemplateEntry.count(), audit: await db.auditLog.count() };
    const c = await db.unit.findFirstOrThrow({ where: { adminCode: "06970" } });
    for (const [def, input] of [
      [createProvince, { name: "Tỉnh Lạ", adminCode: "99" }],
      [updateProvince, { provinceId, name: "Tỉnh Lạ", adminCode: "98" }],
      [createCommune, { provinceId, name: "Xã Lạ", kind: "COMMUNE", adminCode: "99999" }],
      [updateCommune, { communeId: c.id, name: "Xã Lạ", kind: "COMMUNE", adminCode: "99998" }],
      [saveUnitTemplate, { entries: JSON.stringify([{ name: "Một đơn vị", kind: "OFFICE" }]) }],
    ] as const) {
      expect(await run(def, user, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect({ units: await db.unit.count(), template: await db.unitTemplateEntry.count(), audit: await db.auditLog.count() }).toEqual(
      before,
    );
  });
});
