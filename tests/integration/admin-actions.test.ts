import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createUnit, createUser, resetPassword, updateUnit, updateUser } from "@/lib/admin/commands";
import { defineAction, executeAction } from "@/lib/actions/safe-action";
import { verifyPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/user-sessions";
import type { Viewer } from "@/lib/auth/permissions";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;
let coordinator: Viewer;
let province: Viewer;
let staff: Viewer;

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  coordinator = await viewer(db, "vhxh.haian");
  province = await viewer(db, "tinh.haiphong");
  staff = await viewer(db, "vanphong.haian");
});
afterAll(() => db.$disconnect());

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer | null, input: unknown) =>
  executeAction(def, user, input, db) as Promise<Awaited<ReturnType<typeof executeAction>> & { data?: T }>;

describe("createUnit", () => {
  it("creates a unit in the coordinator's commune, with its tenant ids and an audit line", async () => {
    const res = await run<{ id: string }>(createUnit, coordinator, {
      communeId: haiAn,
      name: "Tổ công nghệ số",
      shortName: "Tổ CNS",
      kind: "OTHER",
    });
    expect(res.ok).toBe(true);
    const id = (res as { data: { id: string } }).data.id;
    const unit = await db.unit.findUniqueOrThrow({ where: { id } });
    expect(unit).toMatchObject({ communeId: haiAn, parentId: haiAn, provinceId: coordinator.provinceId, name: "Tổ công nghệ số" });
    expect(await db.auditLog.count({ where: { entityId: id, action: "units.create", actorId: coordinator.id } })).toBe(1);
  });

  it("refuses another commune's id with 'not found' and writes nothing", async () => {
    const before = await db.unit.count();
    const res = await run(createUnit, coordinator, { communeId: thachKhoi, name: "Chen ngang", kind: "OTHER" });
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.unit.count()).toBe(before);
  });

  it("refuses roles that do not manage units, and anonymous callers", async () => {
    expect(await run(createUnit, province, { communeId: haiAn, name: "X đơn vị", kind: "OTHER" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await run(createUnit, staff, { communeId: haiAn, name: "X đơn vị", kind: "OTHER" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await run(createUnit, null, { communeId: haiAn, name: "X đơn vị", kind: "OTHER" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("answers bad input with Vietnamese field messages and writes nothing", async () => {
    const before = await db.unit.count();
    const res = await run(createUnit, coordinator, { communeId: haiAn, name: " ", kind: "PROVINCE" });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("VALIDATION");
    expect(res.fieldErrors?.name?.[0]).toBe("Tên đơn vị phải có ít nhất 2 ký tự");
    expect(res.fieldErrors?.kind?.[0]).toBe("Chọn loại đơn vị");
    expect(await db.unit.count()).toBe(before);
  });

  it("updateUnit cannot reach a unit of another commune", async () => {
    const foreign = await db.unit.findFirstOrThrow({ where: { communeId: thachKhoi, kind: "OFFICE" } });
    const res = await run(updateUnit, coordinator, { communeId: haiAn, unitId: foreign.id, name: "Đổi tên", kind: "OFFICE", active: "on" });
    expect(res).toMatchObject({ ok: false });
    expect((await db.unit.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe(foreign.name);
  });
});

describe("createUser / updateUser / resetPassword", () => {
  const base = () => ({ communeId: haiAn, fullName: "Trần Thị Mới", role: "UNIT_STAFF", password: "MatKhau2025" });

  it("creates a staff account with a hashed password inside the commune", async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { communeId: haiAn, name: "Công an phường" } });
    const res = await run(createUser, coordinator, { ...base(), username: "CongAn.Moi", unitId: unit.id });
    expect(res.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: "congan.moi" } });
    expect(user).toMatchObject({ communeId: haiAn, provinceId: coordinator.provinceId, unitId: unit.id, role: "UNIT_STAFF" });
    expect(user.passwordHash).not.toContain("MatKhau2025");
    expect(await verifyPassword(user.passwordHash, "MatKhau2025")).toBe(true);
    expect(user.mustChangePassword).toBe(true);
  });

  it("refuses a unit of another commune, a duplicate username, a staff account without unit, the ADMIN role", async () => {
    const before = await db.user.count();
    const foreignUnit = await db.unit.findFirstOrThrow({ where: { communeId: thachKhoi, kind: "OFFICE" } });
    expect(await run(createUser, coordinator, { ...base(), username: "nguoi.la", unitId: foreignUnit.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await run(createUser, coordinator, { ...base(), username: "vanphong.haian", role: "CHAIR" })).toMatchObject({
      ok: false,
      code: "DUPLICATE",
    });
    const noUnit = await run(createUser, coordinator, { ...base(), username: "khong.don.vi" });
    expect(noUnit).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { unitId: ["Cán bộ đơn vị phải thuộc một đơn vị"] } });
    expect(await run(createUser, coordinator, { ...base(), username: "sieu.quan.tri", role: "ADMIN" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await db.user.count()).toBe(before);
  });

  it("updateUser cannot touch a user of another commune", async () => {
    const foreign = await db.user.findUniqueOrThrow({ where: { username: "vanphong.thachkhoi" } });
    const res = await run(updateUser, coordinator, { communeId: haiAn, userId: foreign.id, fullName: "Bị sửa", role: "CHAIR", active: "" });
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const after = await db.user.findUniqueOrThrow({ where: { id: foreign.id } });
    expect(after).toMatchObject({ fullName: foreign.fullName, role: foreign.role, active: true });
  });

  it("deactivating a user ends their sessions; a coordinator cannot lock themselves out", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "tthcc.haian" } });
    await startSession(db, target.id, 3600);
    await startSession(db, target.id, 3600);
    const ownSession = await startSession(db, coordinator.id, 3600);
    const res = await run(updateUser, coordinator, {
      communeId: haiAn,
      userId: target.id,
      fullName: target.fullName,
      role: "UNIT_STAFF",
      unitId: target.unitId,
      active: "",
    });
    expect(res.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.active).toBe(false);
    expect(await db.userSession.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.userSession.count({ where: { id: ownSession } })).toBe(1);

    const self = await db.user.findUniqueOrThrow({ where: { id: coordinator.id } });
    const selfLock = await run(updateUser, coordinator, {
      communeId: haiAn,
      userId: self.id,
      fullName: self.fullName,
      role: "COORDINATOR",
      unitId: self.unitId,
      active: "",
    });
    expect(selfLock).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db.user.findUniqueOrThrow({ where: { id: self.id } })).active).toBe(true);
  });

  it("resetPassword sets a fresh password, invalidates the old one and existing sessions", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "chutich.haian" } });
    await startSession(db, target.id, 3600);
    const res = await run<{ password: string }>(resetPassword, coordinator, { communeId: haiAn, userId: target.id });
    expect(res.ok).toBe(true);
    const { password } = (res as { data: { password: string } }).data;
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);
    expect(await verifyPassword(after.passwordHash, "Demo@2025")).toBe(false);
    expect(await db.userSession.count({ where: { userId: target.id } })).toBe(0);
    // An admin-set password is changed at the next sign-in.
    expect(after.mustChangePassword).toBe(true);
  });
});

describe("executeAction", () => {
  it("rolls back everything when the work fails midway and hides the raw error", async () => {
    const failing = defineAction({
      name: "failing",
      schema: z.object({ name: z.string() }),
      scope: "user",
      permission: () => true,
      async run({ input, tx }) {
        await tx.unit.create({ data: { name: input.name, kind: "OTHER", communeId: haiAn } });
        throw new Error("connection reset by peer: secret-internal-detail");
      },
    });
    const res = await executeAction(failing, coordinator, { name: "Nửa chừng" }, db);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("INTERNAL");
    expect(res.message).toMatch(/^Đã xảy ra lỗi hệ thống\. Vui lòng thử lại sau\. \(Mã lỗi: [0-9a-f]{8}\)$/);
    expect(res.message).not.toContain("secret-internal-detail");
    expect(await db.unit.count({ where: { name: "Nửa chừng" } })).toBe(0);
  });
});
