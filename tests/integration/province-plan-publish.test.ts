// Issue 20: publishing a province plan to its communes, and amending it. Each commune receives a
// version in its own transaction; amendments change only what the province wrote, never the
// commune's progress, units or updates; withdrawn tasks are closed, never deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { dateFromKey, dateOnlyKey } from "@/lib/dates";
import { standingOfficeOf } from "@/lib/notifications/recipients";
import type { CommuneChange } from "@/lib/province-plans/types";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { addTask, createProvincePlan, edit, provinceCoordinator, publish } from "./province-plan-fixture";

const db = testDb();
let hp: string;
let haiAn: string;
let thachKhoi: string;
let haLong: string;
let coordinator: Viewer;
let planId: string;

beforeAll(async () => {
  await freshDemo(db);
  const a = await communeByName(db, "Phường Hải An");
  hp = a.provinceId!;
  haiAn = a.id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  haLong = (await communeByName(db, "Xã Hà Long")).id;
  coordinator = await provinceCoordinator(db, hp, "dieuphoi.test");
  // Addresses, so that e-mail outbox rows are written (the demo accounts have none).
  for (const id of await standingOfficeOf(db, { id: haiAn, provinceId: hp })) {
    await db.user.update({ where: { id }, data: { email: `${id}@example.test` } });
  }
  planId = await createProvincePlan(
    db,
    hp,
    coordinator.id,
    [
      { code: "1.1" },
      { code: "1.2", adaptable: true },
      { code: "1.3", only: [haiAn, haLong] }, // a foreign commune id is ignored
      { code: "2.1", groupCode: "II" },
      { code: "2.2", groupCode: "II", dueDate: "2026-05-31" },
    ],
    [{ code: "CT01", target: 80 }],
  );
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

const mandated = (communeId: string) =>
  db.task.findMany({
    where: { communeId, provinceTask: { planId } },
    include: { provinceTask: { select: { code: true } }, units: true, updates: true },
    orderBy: { sortOrder: "asc" },
  });
const byCode = async (communeId: string) => new Map((await mandated(communeId)).map((t) => [t.provinceTask!.code, t]));
const receipt = (communeId: string) =>
  db.provincePlanReceipt.findUnique({ where: { provincePlanId_communeId: { provincePlanId: planId, communeId } } });
const changesOf = async (communeId: string) =>
  Object.fromEntries(((await receipt(communeId))!.changes as unknown as CommuneChange[]).map((c) => [c.code, c.kinds]));

describe("publishing a province plan", () => {
  it("refuses the read-only province account (forbidden) and another province's coordinator (not found)", async () => {
    const readOnly = await viewer(db, "tinh.haiphong");
    expect(await publish(db, readOnly, hp, planId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const other = await provinceCoordinator(db, (await communeByName(db, "Xã Hà Long")).provinceId!, "dieuphoi.thanhhoa");
    expect(await publish(db, other, hp, planId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Naming its own province with our plan: the plan is not in it.
    expect(await publish(db, other, other.provinceId!, planId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.provincePlanVersion.count({ where: { planId } })).toBe(0);
  });

  it("refuses a first version with no task for any commune of the province", async () => {
    const empty = await createProvincePlan(db, hp, coordinator.id, [{ code: "1", only: [haLong] }]);
    const r = await publish(db, coordinator, hp, empty);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!r.ok && r.message).toMatch(/Chưa có nhiệm vụ nào giao cho xã, phường/);
    expect(await db.provincePlan.findUniqueOrThrow({ where: { id: empty } })).toMatchObject({ publishedVersion: 0 });
  });

  it("version 1 gives every targeted commune a plan, its tasks and KPIs, linked; nothing elsewhere", async () => {
    const r = await publish(db, coordinator, hp, planId, "Ban hành lần đầu");
    expect(r).toMatchObject({ ok: true, data: { version: 1, applied: 2, failed: [] } });
    const plan = await db.provincePlan.findUniqueOrThrow({ where: { id: planId }, include: { tasks: true, indicators: true } });
    expect(plan.publishedVersion).toBe(1);
    expect(plan.tasks.every((t) => t.firstVersion === 1)).toBe(true);
    expect(plan.indicators.every((i) => i.firstVersion === 1)).toBe(true);
    const version = await db.provincePlanVersion.findFirstOrThrow({ where: { planId } });
    expect(version).toMatchObject({ number: 1, note: "Ban hành lần đầu", publishedById: coordinator.id });

    for (const [communeId, codes] of [
      [haiAn, ["1.1", "1.2", "1.3", "2.1", "2.2"]],
      [thachKhoi, ["1.1", "1.2", "2.1", "2.2"]],
    ] as const) {
      const rec = (await receipt(communeId))!;
      expect(rec.appliedVersion).toBe(1);
      const recvPlan = await db.plan.findUniqueOrThrow({
        where: { id: rec.planId },
        include: { groups: { orderBy: { sortOrder: "asc" } } },
      });
      expect(recvPlan.title).toBe("Thực hiện Kế hoạch số 99/KH-UBND của UBND thành phố Hải Phòng");
      expect(recvPlan.communeId).toBe(communeId);
      expect(recvPlan.groups.map((g) => g.code)).toEqual(["I", "II"]);
      const tasks = await mandated(communeId);
      expect(tasks.map((t) => t.provinceTask!.code)).toEqual(codes);
      expect(tasks.every((t) => t.planId === rec.planId && t.mandateVersion === 1 && t.units.length === 0)).toBe(true);
      expect(dateOnlyKey(tasks.find((t) => t.code === "2.2")!.dueDate!)).toBe("2026-05-31");
      const kpi = await db.indicator.findFirstOrThrow({ where: { communeId, provinceIndicator: { planId } } });
      expect(kpi).toMatchObject({ planId: rec.planId, code: "CT01", catalogCode: "HO_SO_TRUC_TUYEN" });
      expect(kpi.target.toNumber()).toBe(80);
      expect(Object.values(await changesOf(communeId)).every((k) => k.join() === "NEW")).toBe(true);
    }
    expect(await db.task.count({ where: { communeId: haLong, provinceTaskId: { not: null } } })).toBe(0);
    expect(await receipt(haLong)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "mandates.receive", entityId: planId } })).toBe(2);
  });

  it("tells each commune's standing office, in the bell and by e-mail", async () => {
    const office = await standingOfficeOf(db, { id: haiAn, provinceId: hp });
    expect(office.length).toBeGreaterThan(0);
    // The demo's own province plan notified too: this plan's notices only.
    const notes = await db.notification.findMany({
      where: { kind: "PROVINCE_PLAN_PUBLISHED", communeId: haiAn, title: { contains: "99/KH-UBND" } },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([...office].sort());
    expect(notes[0]).toMatchObject({
      title: "Tỉnh ban hành phiên bản 1 của Kế hoạch số 99/KH-UBND",
      href: `/c/${haiAn}/ke-hoach-tinh`,
    });
    expect(notes[0]!.body).toContain("6 mới");
    const mail = await db.outboxMessage.findMany({ where: { notificationId: { in: notes.map((n) => n.id) }, channel: "EMAIL" } });
    expect(mail.length).toBe(office.length);
    expect(
      await db.notification.count({ where: { kind: "PROVINCE_PLAN_PUBLISHED", communeId: thachKhoi, title: { contains: "99/KH-UBND" } } }),
    ).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { kind: "PROVINCE_PLAN_PUBLISHED", communeId: haLong } })).toBe(0);
  });

  it("refuses a version with no change since the last one", async () => {
    const r = await publish(db, coordinator, hp, planId);
    expect(!r.ok && r.message).toBe("Không có thay đổi nào so với phiên bản 1: không cần ban hành phiên bản mới.");
    expect(await db.provincePlanVersion.count({ where: { planId } })).toBe(1);
  });
});

describe("amending a published plan", () => {
  let before: Map<string, Awaited<ReturnType<typeof mandated>>[number]>;

  beforeAll(async () => {
    // The communes' own work on their copies: units, progress and an update in Hải An; Hải An rewords
    // the adaptable task 1.2; its chair extended 2.2 to 31/08; Thạch Khôi closes 2.1 as "không phát sinh".
    const a = await byCode(haiAn);
    const office = await viewer(db, "vanphong.haian");
    for (const code of ["1.1", "1.2", "1.3", "2.1"]) {
      const t = a.get(code)!;
      await db.taskUnit.create({ data: { communeId: haiAn, taskId: t.id, unitId: office.unitId!, role: "LEAD" } });
      await db.task.update({ where: { id: t.id }, data: { workStatus: "IN_PROGRESS", progress: 40 } });
      await db.taskUpdate.create({
        data: {
          communeId: haiAn,
          taskId: t.id,
          unitId: office.unitId,
          authorId: office.id,
          workStatus: "IN_PROGRESS",
          progress: 40,
          result: "Đang làm",
        },
      });
    }
    await db.task.update({ where: { id: a.get("1.2")!.id }, data: { title: "Nhiệm vụ 1.2 theo cách của phường" } });
    await db.task.update({
      where: { id: a.get("2.2")!.id },
      data: { dueDate: dateFromKey("2026-08-31"), originalDueDate: dateFromKey("2026-05-31"), extensionCount: 1 },
    });
    const tk = await byCode(thachKhoi);
    await db.task.update({
      where: { id: tk.get("2.1")!.id },
      data: { closedKind: "NOT_APPLICABLE", closedReason: "Phường không có cơ sở dữ liệu này", closedAt: new Date() },
    });
    before = await byCode(haiAn);

    const task = (code: string) => ({ planId_code: { planId, code } });
    await edit(db, planId, async () => {
      await db.provinceTask.update({ where: task("1.1"), data: { title: "Nhiệm vụ 1.1 (sửa)", dueDate: dateFromKey("2026-07-31") } });
      await db.provinceTask.update({ where: task("1.2"), data: { title: "Nhiệm vụ 1.2 (sửa)" } });
      await db.provinceTask.update({ where: task("1.3"), data: { targetCommuneIds: [thachKhoi] } });
      await db.provinceTask.update({ where: task("2.1"), data: { withdrawnAt: new Date() } });
      await db.provinceTask.update({ where: task("2.2"), data: { dueDate: dateFromKey("2026-06-30") } });
      await addTask(db, planId, hp, { code: "2.3", groupCode: "III" }, 10);
      await db.provinceIndicator.update({ where: { planId_code: { planId, code: "CT01" } }, data: { target: 90 } });
    });
    const r = await publish(db, coordinator, hp, planId, "Điều chỉnh");
    expect(r).toMatchObject({ ok: true, data: { version: 2, applied: 2, failed: [] } });
  });

  it("records what changed, for the province and for each commune as it sees it", async () => {
    const v2 = await db.provincePlanVersion.findUniqueOrThrow({ where: { planId_number: { planId, number: 2 } } });
    const kinds = Object.fromEntries((v2.changes as unknown as CommuneChange[]).map((c) => [c.code, c.kinds]));
    expect(kinds).toEqual({
      "1.1": ["WORDING", "DEADLINE"],
      "1.2": ["WORDING"],
      "1.3": ["TARGETS"],
      "2.1": ["WITHDRAWN"],
      "2.2": ["DEADLINE"],
      "2.3": ["NEW"],
      CT01: ["DEADLINE"],
    });
    expect(await changesOf(haiAn)).toEqual({
      "1.1": ["WORDING", "DEADLINE"],
      "1.2": ["WORDING"],
      "1.3": ["WITHDRAWN"],
      "2.1": ["WITHDRAWN"],
      "2.2": ["DEADLINE"],
      "2.3": ["NEW"],
      CT01: ["DEADLINE"],
    });
    expect(await changesOf(thachKhoi)).toEqual({
      "1.1": ["WORDING", "DEADLINE"],
      "1.2": ["WORDING"],
      "1.3": ["NEW"],
      "2.1": ["WITHDRAWN"],
      "2.2": ["DEADLINE"],
      "2.3": ["NEW"],
      CT01: ["DEADLINE"],
    });
    const a = (await receipt(haiAn))!;
    expect(a.acknowledgedAt).toBeNull();
    const lines = a.changes as unknown as CommuneChange[];
    const line = (code: string) => lines.find((c) => c.code === code)!;
    expect(line("1.1").details).toEqual(["Sửa nội dung: tên nhiệm vụ", "Hạn: 30/06/2026 → 31/07/2026"]);
    expect(line("1.1").taskId).toBe(before.get("1.1")!.id);
    expect(line("1.2").note).toMatch(/giữ nội dung của xã, phường/);
    expect(line("2.2").note).toBe("Nhiệm vụ đã được gia hạn đến 31/08/2026, muộn hơn hạn mới: giữ hạn đã gia hạn.");
    expect(line("CT01").details).toEqual(["Chỉ tiêu: ≥ 90% → ≥ 90%".replace("≥ 90% →", "≥ 80% →")]);
  });

  it("changes wording and deadlines as the province wrote, keeping an adapted wording and a later extension", async () => {
    const a = await byCode(haiAn);
    const tk = await byCode(thachKhoi);
    expect(a.get("1.1")).toMatchObject({ title: "Nhiệm vụ 1.1 (sửa)", mandateVersion: 2, version: before.get("1.1")!.version + 1 });
    expect(dateOnlyKey(a.get("1.1")!.dueDate!)).toBe("2026-07-31");
    expect(a.get("1.2")!.title).toBe("Nhiệm vụ 1.2 theo cách của phường");
    expect(tk.get("1.2")!.title).toBe("Nhiệm vụ 1.2 (sửa)");
    expect(dateOnlyKey(a.get("2.2")!.dueDate!)).toBe("2026-08-31");
    expect(dateOnlyKey(a.get("2.2")!.originalDueDate!)).toBe("2026-06-30");
    expect(dateOnlyKey(tk.get("2.2")!.dueDate!)).toBe("2026-06-30");
    const kpis = await db.indicator.findMany({ where: { provinceIndicator: { planId } } });
    expect(kpis.map((k) => k.target.toNumber())).toEqual([90, 90]);
  });

  it("closes withdrawn and no-longer-targeted tasks as WITHDRAWN, kept with their updates; adds new tasks and groups", async () => {
    const a = await byCode(haiAn);
    for (const code of ["1.3", "2.1"]) {
      expect(a.get(code)).toMatchObject({ closedKind: "WITHDRAWN", closedReason: "Tỉnh rút nhiệm vụ trong phiên bản 2" });
      expect(a.get(code)!.updates.length).toBe(1);
    }
    // Thạch Khôi's own "không phát sinh" is its decision: the withdrawal does not overwrite it.
    expect((await byCode(thachKhoi)).get("2.1")).toMatchObject({ closedKind: "NOT_APPLICABLE" });
    expect((await byCode(thachKhoi)).get("1.3")).toMatchObject({ closedKind: null, mandateVersion: 2 });
    const t23 = a.get("2.3")!;
    const group = await db.planGroup.findUniqueOrThrow({ where: { id: t23.groupId! } });
    expect(group).toMatchObject({ code: "III", planId: t23.planId });
    expect(t23.sortOrder).toBeGreaterThan(Math.max(...[...before.values()].map((t) => t.sortOrder)));
  });

  it("leaves the commune's progress, units and updates untouched", async () => {
    const a = await byCode(haiAn);
    for (const [code, was] of before) {
      const now = a.get(code)!;
      expect({ code, workStatus: now.workStatus, progress: now.progress, units: now.units, updates: now.updates.map((u) => u.id) }).toEqual(
        {
          code,
          workStatus: was.workStatus,
          progress: was.progress,
          units: was.units,
          updates: was.updates.map((u) => u.id),
        },
      );
    }
  });

  it("restoring reopens only the province's closures; a commune's 'không phát sinh' survives", async () => {
    await edit(db, planId, () => db.provinceTask.update({ where: { planId_code: { planId, code: "2.1" } }, data: { withdrawnAt: null } }));
    const r = await publish(db, coordinator, hp, planId);
    expect(r).toMatchObject({ ok: true, data: { version: 3, applied: 2 } });
    expect((await byCode(haiAn)).get("2.1")).toMatchObject({ closedKind: null, closedReason: null, progress: 40 });
    expect((await byCode(haiAn)).get("1.3")).toMatchObject({ closedKind: "WITHDRAWN" });
    expect((await byCode(thachKhoi)).get("2.1")).toMatchObject({
      closedKind: "NOT_APPLICABLE",
      closedReason: "Phường không có cơ sở dữ liệu này",
    });
    expect(await changesOf(haiAn)).toEqual({ "2.1": ["RESTORED"] });
    expect(await changesOf(thachKhoi)).toEqual({ "2.1": ["RESTORED"] });
    // Re-targeted at Hải An: the task it had comes back rather than a second copy.
    await edit(db, planId, () => db.provinceTask.update({ where: { planId_code: { planId, code: "1.3" } }, data: { targetAll: true } }));
    expect(await publish(db, coordinator, hp, planId)).toMatchObject({ ok: true, data: { version: 4 } });
    expect(await changesOf(haiAn)).toEqual({ "1.3": ["RESTORED"] });
    expect((await mandated(haiAn)).filter((t) => t.provinceTask!.code === "1.3")).toHaveLength(1);
    expect((await byCode(haiAn)).get("1.3")).toMatchObject({ closedKind: null, progress: 40 });
  });

  it("a new task still goes to a receiving plan the commune archived, and the commune is told", async () => {
    const { planId: receiving } = (await receipt(haiAn))!;
    await db.plan.update({ where: { id: receiving }, data: { archivedAt: new Date() } });
    await edit(db, planId, () => addTask(db, planId, hp, { code: "2.4", groupCode: "II" }, 11));
    expect(await publish(db, coordinator, hp, planId)).toMatchObject({ ok: true, data: { version: 5, applied: 2 } });
    expect((await byCode(haiAn)).get("2.4")).toMatchObject({ planId: receiving });
    const line = ((await receipt(haiAn))!.changes as unknown as CommuneChange[]).find((c) => c.code === "2.4")!;
    expect(line.note).toMatch(/đang được lưu trữ/);
    expect(((await receipt(thachKhoi))!.changes as unknown as CommuneChange[])[0]!.note).toBeUndefined();
  });
});
