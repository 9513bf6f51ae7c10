// Issue 20, the commune's side of a province plan: assigning lead units to mandated tasks (by hand, in
// bulk, by proposal, to a unit group), "không phát sinh" and reopening, "đã xem", moving the tasks into
// another plan; the guards on existing commands (edits, deadlines, closed tasks, re-import) and the
// closed tasks left out of the lists and counts. The province side is written by mandate-fixture.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { CommuneScope, Viewer } from "@/lib/auth/permissions";
import { getCommuneDashboard } from "@/lib/dashboard/commune";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { openLeadTasks } from "@/lib/jobs/rules/task-queries";
import { acknowledgeMandateChanges, assignMandates, markMandateNotApplicable, reopenMandate } from "@/lib/mandates/commands";
import { getCommuneMandates } from "@/lib/mandates/queries";
import { getPlan } from "@/lib/plans/queries";
import { editTask, submitTaskUpdate } from "@/lib/tasks/commands";
import { requestExtension } from "@/lib/tasks/extensions/commands";
import { listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { mandateFixture, type MandateFixture } from "./mandate-fixture";

const db = testDb();
let haiAn: { id: string; provinceId: string | null };
let scope: CommuneScope;
let coordinator: Viewer;
let chair: Viewer;
let staff: Viewer; // vanphong.haian: Văn phòng HĐND và UBND
let otherCoordinator: Viewer;
let fx: MandateFixture;
let ownPlanId: string;
let similarTitle: string;
let similarLead: string[];
let office: string; // Văn phòng HĐND và UBND
let vhxh: string; // the standing office's unit (vhxh.haian)

const run = <T = Record<string, unknown>>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;
const task = (code: string) => db.task.findUniqueOrThrow({ where: { id: fx.taskIds[code]! }, include: { units: true } });
const leads = async (code: string) =>
  (await task(code)).units
    .filter((u) => u.role === "LEAD")
    .map((u) => u.unitId)
    .sort();

beforeAll(async () => {
  await freshDemo(db);
  haiAn = await communeByName(db, "Phường Hải An");
  scope = { communeId: haiAn.id, provinceId: haiAn.provinceId! };
  coordinator = await viewer(db, "vhxh.haian");
  chair = await viewer(db, "chutich.haian");
  staff = await viewer(db, "vanphong.haian");
  otherCoordinator = await viewer(db, "vhxh.thachkhoi");
  office = staff.unitId!;
  vhxh = coordinator.unitId!;
  // An own task of Hải An led by named units: the province "copies" its title (task 2.1 below).
  const own = await db.task.findFirstOrThrow({
    where: { communeId: haiAn.id, provinceTaskId: null, units: { some: { role: "LEAD", viaGroupId: null } }, unitGroups: { none: {} } },
    include: { units: { where: { role: "LEAD", viaGroupId: null } } },
    orderBy: { sortOrder: "asc" },
  });
  ownPlanId = own.planId;
  similarTitle = own.title;
  similarLead = own.units.map((u) => u.unitId).sort();
  fx = await mandateFixture(db, haiAn, [
    { code: "2.1", title: similarTitle },
    { code: "2.2", title: "Triển khai nền tảng họp không giấy tờ", leadText: "Văn phòng HĐND và UBND phường" },
    { code: "2.3", title: "Tuyên truyền quảng bá khu du lịch sinh thái biển", dueDate: "2026-09-30" },
    { code: "2.4", title: "Chuẩn hóa dữ liệu hộ tịch điện tử", adaptable: true },
    { code: "2.5", title: "Phát triển làng nghề truyền thống gắn với thương mại điện tử" },
  ]);
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("the commune's page of province plans", () => {
  it("lists the receipt and the mandated tasks, unassigned first, each with a proposal and its reason", async () => {
    const { plans, movablePlans } = await getCommuneMandates(scope);
    // The fixture's plan and the demo's own (Hải Phòng's 245/KH-UBND, published by the seed).
    expect(plans.map((p) => p.number).sort()).toEqual(["245/KH-UBND", "45/KH-UBND"]);
    const plan = plans.find((p) => p.number === "45/KH-UBND")!;
    expect(plan).toMatchObject({
      number: "45/KH-UBND",
      appliedVersion: 1,
      acknowledgedAt: null,
      receivingPlan: { id: fx.receivingPlanId },
    });
    expect(plan.changes.map((c) => c.code)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    expect(movablePlans.map((p) => p.id)).toContain(ownPlanId);
    const by = new Map(plan.tasks.map((t) => [t.province.code, t]));
    expect(by.get("2.1")?.proposal?.source).toBe("SIMILAR");
    expect([...(by.get("2.1")?.proposal?.unitIds ?? [])].sort()).toEqual(similarLead); // in no particular order
    expect(by.get("2.1")?.proposal?.reason).toMatch(/^giống nhiệm vụ .+ của /);
    expect(by.get("2.2")?.proposal).toMatchObject({ source: "TEXT", unitIds: [office], reason: "theo văn bản tỉnh" });
    expect(by.get("2.3")?.proposal).toMatchObject({ source: "OFFICE", unitIds: [vhxh], reason: "cơ quan thường trực" });
    expect(plan.tasks.every((t) => !t.hasLead)).toBe(true);
  });
});

describe("assigning lead units", () => {
  it("refuses the chair (FORBIDDEN), another commune (NOT_FOUND) and an own task of the commune (NOT_FOUND)", async () => {
    const input = { communeId: haiAn.id, taskIds: [fx.taskIds["2.3"]], versions: ["0"], leadUnitIds: [office] };
    expect(await run(assignMandates, chair, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(assignMandates, otherCoordinator, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const own = await db.task.findFirstOrThrow({ where: { communeId: haiAn.id, provinceTaskId: null } });
    expect(await run(assignMandates, coordinator, { ...input, taskIds: [own.id], versions: [String(own.version)] })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await leads("2.3")).toEqual([]);
  });

  it("assigns one task to the chosen units, then refuses a stale version", async () => {
    const input = { communeId: haiAn.id, taskIds: [fx.taskIds["2.3"]], versions: ["0"], leadUnitIds: [office], supportUnitIds: [vhxh] };
    expect(await run(assignMandates, coordinator, input)).toMatchObject({ ok: true });
    expect(await leads("2.3")).toEqual([office]);
    expect(await run(assignMandates, coordinator, input)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { action: "mandates.assign", entityId: fx.taskIds["2.3"] } })).toBe(1);
  });

  it("assigns the checked tasks by their own proposals in one action", async () => {
    const ids = [fx.taskIds["2.1"]!, fx.taskIds["2.2"]!];
    const r = await run(assignMandates, coordinator, { communeId: haiAn.id, taskIds: ids, versions: ["0", "0"], useProposals: "on" });
    expect(r).toMatchObject({ ok: true });
    expect(await leads("2.1")).toEqual(similarLead);
    expect(await leads("2.2")).toEqual([office]);
  });

  it("assigns to a unit group: each member unit gets its part; nothing is written when one task of the batch fails", async () => {
    const group = await db.unitGroup.findFirstOrThrow({ where: { communeId: haiAn.id }, include: { members: true } });
    const t4 = await task("2.4");
    const t5 = await task("2.5");
    // 2.5 with a stale version: the whole batch is refused, 2.4 included.
    const bad = await run(assignMandates, coordinator, {
      communeId: haiAn.id,
      taskIds: [t4.id, t5.id],
      versions: [String(t4.version), "99"],
      leadGroupIds: [group.id],
    });
    expect(bad).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await leads("2.4")).toEqual([]);
    const ok = await run(assignMandates, coordinator, {
      communeId: haiAn.id,
      taskIds: [t4.id],
      versions: [String(t4.version)],
      leadGroupIds: [group.id],
    });
    expect(ok).toMatchObject({ ok: true });
    expect(await leads("2.4")).toEqual(group.members.map((m) => m.unitId).sort());
    expect(await db.taskPart.count({ where: { taskId: t4.id } })).toBe(group.members.length);
  });
});

describe("guards on edits of a mandated task", () => {
  const editInput = async (code: string, over: Record<string, unknown> = {}) => {
    const t = await task(code);
    return {
      communeId: haiAn.id,
      taskId: t.id,
      version: String(t.version),
      title: t.title,
      expectedOutput: t.expectedOutput ?? "",
      deadlineKind: t.deadlineKind,
      dueDate: t.dueDate?.toISOString().slice(0, 10) ?? "",
      deadlineText: t.deadlineText,
      leadUnitIds: t.units.filter((u) => u.role === "LEAD" && !u.viaGroupId).map((u) => u.unitId),
      leadGroupIds: [],
      supportUnitIds: [],
      supportGroupIds: [],
      supportText: "",
      reason: "Điều chỉnh theo thực tế",
      ...over,
    };
  };

  it("refuses rewording unless the province task is adaptable, and any deadline change", async () => {
    const reworded = await run(editTask, coordinator, await editInput("2.2", { title: "Họp không giấy tờ ở phường" }));
    expect(reworded).toMatchObject({ ok: false, code: "VALIDATION", message: "Nội dung nhiệm vụ do tỉnh giao, xã không được sửa" });
    const moved = await run(editTask, coordinator, await editInput("2.2", { dueDate: "2027-03-31" }));
    expect(moved).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!moved.ok) expect(moved.message).toMatch(/Thời hạn của nhiệm vụ do tỉnh giao/);
    expect((await task("2.2")).title).toBe("Triển khai nền tảng họp không giấy tờ");
    // The assignment alone may change.
    expect(await run(editTask, coordinator, await editInput("2.2", { supportUnitIds: [vhxh] }))).toMatchObject({ ok: true });
  });

  it("lets an adaptable task be reworded (its deadline still the province's)", async () => {
    const t4 = await task("2.4");
    const group = await db.taskUnitGroup.findFirstOrThrow({ where: { taskId: t4.id } });
    const r = await run(
      editTask,
      coordinator,
      await editInput("2.4", { title: "Chuẩn hóa dữ liệu hộ tịch của phường", leadUnitIds: [], leadGroupIds: [group.groupId] }),
    );
    expect(r).toMatchObject({ ok: true });
    expect((await task("2.4")).title).toBe("Chuẩn hóa dữ liệu hộ tịch của phường");
  });
});

describe("không phát sinh", () => {
  it("needs a reason of 10 characters, refuses the chair, closes the task and audits the reason", async () => {
    const t = await task("2.5");
    const input = { communeId: haiAn.id, taskId: t.id, version: String(t.version), reason: "Phường không có làng nghề truyền thống" };
    expect(await run(markMandateNotApplicable, coordinator, { ...input, reason: "Không có" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await run(markMandateNotApplicable, chair, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(markMandateNotApplicable, otherCoordinator, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(markMandateNotApplicable, coordinator, input)).toMatchObject({ ok: true });
    const closed = await task("2.5");
    expect(closed).toMatchObject({ closedKind: "NOT_APPLICABLE", closedReason: input.reason, closedById: coordinator.id });
    expect(closed.closedAt).not.toBeNull();
  });

  it("a closed task takes no progress update, extension request or new assignment", async () => {
    const t3 = await task("2.3"); // led by the office (vanphong.haian's unit)
    const close = { communeId: haiAn.id, taskId: t3.id, version: String(t3.version), reason: "Phường không có khu du lịch sinh thái biển" };
    expect(await run(markMandateNotApplicable, coordinator, close)).toMatchObject({ ok: true });
    const update = await run(submitTaskUpdate, staff, {
      communeId: haiAn.id,
      taskId: t3.id,
      version: String(t3.version + 1),
      workStatus: "IN_PROGRESS",
      progress: "30",
      result: "Đã triển khai",
    });
    expect(update).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!update.ok) expect(update.message).toMatch(/Nhiệm vụ đã đóng/);
    const ext = await run(requestExtension, staff, {
      communeId: haiAn.id,
      taskId: t3.id,
      requestedDueDate: "2026-12-31",
      reason: "Cần thêm thời gian để hoàn thành",
    });
    expect(ext).toMatchObject({ ok: false });
    expect(await db.taskUpdate.count({ where: { taskId: t3.id } })).toBe(0);
    expect(
      await run(assignMandates, coordinator, {
        communeId: haiAn.id,
        taskIds: [t3.id],
        versions: [String(t3.version + 1)],
        leadUnitIds: [vhxh],
      }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("closed tasks leave the task lists, the dashboard and the reminders, but stay on the plan page", async () => {
    const now = new Date();
    const t3 = fx.taskIds["2.3"]!;
    expect((await listCommuneTasks(haiAn.id, now)).map((t) => t.id)).not.toContain(t3);
    expect((await listCommuneTasks(haiAn.id, now)).map((t) => t.id)).toContain(fx.taskIds["2.2"]);
    expect((await listUnitTasks(haiAn.id, office, now)).map((t) => t.id)).not.toContain(t3);
    expect((await listUnitTasks(haiAn.id, office, now)).map((t) => t.id)).toContain(fx.taskIds["2.2"]);
    const dashboard = await getCommuneDashboard(
      haiAn.id,
      { ...readDashboardFilters({}, localDateKey(now)), planId: fx.receivingPlanId },
      now,
    );
    expect(dashboard.headline.total).toBe(3); // 2.1, 2.2, 2.4 of the five
    const today = localDateKey(now);
    const commune = { id: haiAn.id, name: "Phường Hải An", provinceId: haiAn.provinceId! };
    const reminders = await db.$transaction((tx) => openLeadTasks({ tx, at: now, today, commune, once: (_k, read) => read() }));
    expect(reminders.map((r) => r.taskId)).not.toContain(t3);
    expect(reminders.map((r) => r.taskId)).toContain(fx.taskIds["2.2"]);
    const page = await getPlan(haiAn.id, fx.receivingPlanId, now);
    const shown = page!.tasks.find((t) => t.id === t3);
    expect(shown).toMatchObject({ closedKind: "NOT_APPLICABLE", closedReason: "Phường không có khu du lịch sinh thái biển" });
  });

  it("reopens a NOT_APPLICABLE task; a WITHDRAWN one stays the province's and a DONE one cannot be closed", async () => {
    const t5 = await task("2.5");
    expect(await run(reopenMandate, chair, { communeId: haiAn.id, taskId: t5.id, version: String(t5.version) })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await run(reopenMandate, coordinator, { communeId: haiAn.id, taskId: t5.id, version: String(t5.version) })).toMatchObject({
      ok: true,
    });
    expect(await task("2.5")).toMatchObject({ closedKind: null, closedReason: null, closedAt: null });

    await db.task.update({
      where: { id: t5.id },
      data: { closedKind: "WITHDRAWN", closedReason: "Tỉnh rút nhiệm vụ", closedAt: new Date() },
    });
    const w = await task("2.5");
    const reason = "Phường không có làng nghề truyền thống";
    expect(
      await run(markMandateNotApplicable, coordinator, { communeId: haiAn.id, taskId: w.id, version: String(w.version), reason }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await run(reopenMandate, coordinator, { communeId: haiAn.id, taskId: w.id, version: String(w.version) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await task("2.5")).closedKind).toBe("WITHDRAWN");

    await db.task.update({ where: { id: fx.taskIds["2.1"] }, data: { workStatus: "DONE", progress: 100, completedAt: new Date() } });
    const done = await task("2.1");
    expect(
      await run(markMandateNotApplicable, coordinator, { communeId: haiAn.id, taskId: done.id, version: String(done.version), reason }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("đã xem", () => {
  it("marks the shown version as read; a stale version is a conflict", async () => {
    const input = { communeId: haiAn.id, provincePlanId: fx.provincePlanId };
    expect(await run(acknowledgeMandateChanges, chair, { ...input, appliedVersion: "1" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(acknowledgeMandateChanges, coordinator, { ...input, appliedVersion: "0" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await run(acknowledgeMandateChanges, coordinator, { ...input, appliedVersion: "1" })).toMatchObject({ ok: true });
    const receipt = await db.provincePlanReceipt.findUniqueOrThrow({
      where: { provincePlanId_communeId: { provincePlanId: fx.provincePlanId, communeId: haiAn.id } },
    });
    expect(receipt.acknowledgedById).toBe(coordinator.id);
  });
});
