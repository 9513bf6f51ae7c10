// "Cần xử lý" on the dashboard: each kind lists the right rows and names who must act. On the
// hand-made commune of dashboard-fixture.ts, plus a task led by a unit group whose members are in
// different states (one done, one still working, one "không phát sinh").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flaggedTaskIds } from "@/lib/dashboard/action-lists";
import { getCommuneDashboard } from "@/lib/dashboard/commune";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { dateFromKey, localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import { writeAssignment } from "@/lib/tasks/assignment";
import { writeTaskAggregate } from "@/lib/tasks/parts";
import { loadApp } from "../../scripts/bench/app-modules";
import { firstDifference } from "../../scripts/bench/query-ratio";
import { rawDashboard, rawMyTasks, rawPool } from "../../scripts/bench/raw-queries";
import { recordStatements } from "../../scripts/bench/record-statements";
import { createDashboardFixture, NOW, type DashboardFixture } from "./dashboard-fixture";
import { communeByName, freshDemo, testDb } from "./db";

const db = testDb();
let fx: DashboardFixture;
/** The group task G1: lead side "Các phòng" (vp, ca, tt); vp done, ca working, tt "không phát sinh". */
let g1: string;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);
const UNIT = { vp: "Văn phòng HĐND và UBND", ca: "Công an phường", tt: "Trung tâm Phục vụ hành chính công" };

beforeAll(async () => {
  await freshDemo(db);
  fx = await createDashboardFixture(db);
  const { communeId, units } = fx;
  const staff = await db.user.findMany({ where: { communeId, unitId: { not: null } }, select: { id: true, unitId: true } });
  const author = (unitId: string) => staff.find((s) => s.unitId === unitId)!.id;
  const group = await db.unitGroup.create({
    data: {
      communeId,
      name: "Các phòng",
      kind: "CUSTOM",
      members: { create: [units.vp, units.ca, units.tt].map((unitId) => ({ communeId, unitId })) },
    },
  });
  g1 = createId();
  await db.task.create({
    data: {
      id: g1,
      communeId,
      planId: fx.plans.P1,
      code: "G1",
      title: "Nhiệm vụ G1",
      deadlineKind: "FIXED",
      dueDate: dateFromKey("2026-03-12"),
      sortOrder: 50,
      createdAt: at("2026-01-05"),
    },
  });
  await db.$transaction(async (tx) => {
    await writeAssignment(
      tx,
      { id: g1, communeId },
      { lead: { unitIds: [], groupIds: [group.id] }, support: { unitIds: [], groupIds: [] } },
    );
    await tx.taskPart.update({
      where: { taskId_unitId: { taskId: g1, unitId: units.vp } },
      data: { workStatus: "DONE", progress: 100, completedAt: at("2026-03-16"), lastUpdateAt: at("2026-03-16") },
    });
    await tx.taskPart.update({
      where: { taskId_unitId: { taskId: g1, unitId: units.ca } },
      data: { workStatus: "IN_PROGRESS", progress: 40, lastUpdateAt: at("2026-03-17") },
    });
    await tx.taskPart.update({
      where: { taskId_unitId: { taskId: g1, unitId: units.tt } },
      data: { notApplicableReason: "Không thuộc chức năng của Trung tâm", notApplicableAt: at("2026-03-10") },
    });
    await writeTaskAggregate(tx, g1);
  });
  const update = (
    unitId: string,
    day: string,
    extra: { hour?: number; difficulties?: string; unchanged?: boolean; done?: boolean } = {},
  ) => ({
    communeId,
    taskId: g1,
    unitId,
    authorId: author(unitId),
    workStatus: extra.done ? ("DONE" as const) : ("IN_PROGRESS" as const),
    progress: extra.done ? 100 : 40,
    difficulties: extra.difficulties ?? "",
    unchanged: extra.unchanged ?? false,
    createdAt: at(day, extra.hour),
  });
  await db.taskUpdate.createMany({
    data: [
      // vp's difficulty stays unanswered: ca's later plain report and vp's own "không thay đổi" do not answer it.
      update(units.vp, "2026-03-15", { difficulties: "Chưa có máy chủ" }),
      update(units.vp, "2026-03-16", { done: true, difficulties: "Chưa có máy chủ" }),
      update(units.ca, "2026-03-17"),
      update(units.vp, "2026-03-17", { hour: 16, unchanged: true }),
    ],
  });
  await db.directive.create({
    data: {
      communeId,
      taskId: g1,
      authorId: (await db.user.findFirstOrThrow({ where: { communeId, role: "CHAIR" } })).id,
      content: "Khẩn trương hoàn thành.",
      createdAt: at("2026-03-14"),
    },
  });
  // vp confirmed this month (tháng 04/2026: 15/03–14/04) in P1; ca only last month's.
  const submission = (unitId: string, periodKey: string, start: string, end: string) => ({
    communeId,
    planId: fx.plans.P1,
    periodKey,
    periodStart: dateFromKey(start),
    periodEnd: dateFromKey(end),
    unitId,
    confirmedById: author(unitId),
  });
  await db.reportSubmission.createMany({
    data: [submission(units.vp, "M-2026-04", "2026-03-15", "2026-04-14"), submission(units.ca, "M-2026-03", "2026-02-15", "2026-03-14")],
  });
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

const today = localDateKey(NOW);
const filters = (params: Record<string, string> = {}) => readDashboardFilters(params, today);
const dashboard = (params: Record<string, string> = {}) => getCommuneDashboard(fx.communeId, filters(params), NOW);

describe("Cần xử lý names who must act", () => {
  it("overdue: a group task names only the member whose part is still open", async () => {
    const d = await dashboard();
    expect(d.overdue.rows.map((r) => [r.code, r.leads, r.acting, r.leadCount, r.shared])).toEqual([
      ["T11", UNIT.tt, 1, 1, false],
      ["T1", UNIT.vp, 1, 1, false],
      ["G1", UNIT.ca, 1, 3, true],
    ]);
    expect(d.overdue.total).toBe(3);
    expect(d.dueSoon.rows.map((r) => [r.code, r.leads])).toEqual([["T2", UNIT.vp]]);
  });

  it("unanswered difficulties: each unit's latest update that says something, until a direction answers", async () => {
    const d = await dashboard();
    expect(d.awaiting.rows.map((r) => [r.code, r.unitName])).toEqual([
      ["T7", UNIT.vp],
      ["G1", UNIT.vp],
      ["T1", UNIT.vp],
    ]);
    expect(d.awaiting.rows[1]).toMatchObject({ difficulties: "Chưa có máy chủ", at: at("2026-03-16") });
    // The task list's filter holds the same tasks.
    expect(await flaggedTaskIds(fx.communeId, "cho-chi-dao")).toEqual(new Set([fx.taskIds.T1, fx.taskIds.T7, g1]));
    // A direction after it answers it.
    const chair = await db.user.findFirstOrThrow({ where: { communeId: fx.communeId, role: "CHAIR" } });
    const answer = await db.directive.create({
      data: { communeId: fx.communeId, taskId: g1, authorId: chair.id, content: "Dùng máy chủ của tỉnh.", createdAt: at("2026-03-17", 17) },
    });
    try {
      expect((await dashboard()).awaiting.rows.map((r) => r.code)).toEqual(["T7", "T1"]);
    } finally {
      await db.directive.delete({ where: { id: answer.id } });
    }
  });

  it("directions not acknowledged name the lead units still acting", async () => {
    const d = await dashboard();
    expect(d.directives.rows.map((r) => [r.code, r.leads, r.author])).toEqual([
      ["T8", UNIT.ca, "chutich.kiemthu"],
      ["G1", UNIT.ca, "chutich.kiemthu"],
    ]);
  });

  it("units that have not confirmed the month: per plan, with open work only (a done or 'không phát sinh' part owes nothing)", async () => {
    const d = await dashboard();
    expect(d.reportPeriod.key).toBe("M-2026-04");
    const rows = d.unconfirmed.map((u) => [u.name, u.planId, u.open, u.updated]);
    // vp confirmed; ca's confirmation of last month does not count; G1 is ca's (its own report of 17/03).
    expect(rows).toContainEqual([UNIT.ca, fx.plans.P1, 4, 2]);
    expect(rows).toContainEqual([UNIT.tt, fx.plans.P1, 1, 0]);
    expect(rows).toContainEqual([UNIT.tt, fx.plans.P2, 1, 0]);
    expect(rows).toHaveLength(3);
    // Two plans: each row says which.
    expect(d.unconfirmed.every((u) => u.plan !== null)).toBe(true);
    // Filtered on a lead unit: that unit's rows only.
    const police = await dashboard({ "don-vi": fx.units.ca });
    expect(police.unconfirmed.map((u) => [u.name, u.open])).toEqual([[UNIT.ca, 4]]);
  });

  it("never shows another commune's rows, even through another commune's plan in the filter", async () => {
    const haian = await communeByName(db, "Phường Hải An");
    const other = await db.plan.findFirstOrThrow({ where: { communeId: haian.id, sourceFile: { not: null } } });
    const d = await dashboard({ "ke-hoach": other.id });
    expect([d.overdue.total, d.dueSoon.total, d.awaiting.total, d.directives.total, d.unconfirmed.length]).toEqual([0, 0, 0, 0, 0]);
    const theirs = await getCommuneDashboard(haian.id, filters(), NOW);
    const ours = new Set(Object.values(fx.taskIds).concat(g1));
    const listed = [...theirs.overdue.rows, ...theirs.dueSoon.rows, ...theirs.awaiting.rows].map((r) => r.id);
    expect(listed.filter((id) => ours.has(id))).toEqual([]);
    expect(theirs.directives.rows.filter((r) => ours.has(r.taskId))).toEqual([]);
    const ourUnits = new Set(Object.values(fx.units));
    expect(theirs.unconfirmed.filter((u) => ourUnits.has(u.unitId))).toEqual([]);
  });

  it("leaves archived plans out", async () => {
    await db.plan.update({ where: { id: fx.plans.P2 }, data: { archivedAt: NOW } });
    try {
      const d = await dashboard();
      expect(d.overdue.rows.map((r) => r.code)).toEqual(["T1", "G1"]);
      expect(d.unconfirmed.map((u) => u.planId)).not.toContain(fx.plans.P2);
    } finally {
      await db.plan.update({ where: { id: fx.plans.P2 }, data: { archivedAt: null } });
    }
  });
});

describe("the dashboard's cost", () => {
  it("sends one statement per figure, and the bench's hand-written SQL gives the same answer", async () => {
    const now = new Date();
    const f = readDashboardFilters({}, localDateKey(now));
    const { result, statements } = await recordStatements(() => getCommuneDashboard(fx.communeId, f, now));
    // 3 filter options, 2 states, by unit, completions, 5 action kinds, KPIs: 14, as before "Cần xử lý"
    // moved up (the unconfirmed units replaced the silent units); one more for pending extensions, one for
    // the province plans' items (mandated tasks without a lead, changes not yet read).
    expect(statements.length).toBeLessThanOrEqual(16);
    const raw = { pool: rawPool(process.env.DATABASE_URL!), statements: 0 };
    try {
      const app = await loadApp();
      expect(firstDifference(result, await rawDashboard(app, raw, fx.communeId, now))).toBeNull();
    } finally {
      await raw.pool.end();
    }
  });

  it("'Nhiệm vụ của tôi' sends one statement per list, and the bench's hand-written SQL gives the same answer", async () => {
    const now = new Date();
    const app = await loadApp();
    const { communeId, units } = fx;
    const { result, statements } = await recordStatements(() =>
      Promise.all([
        app.tasks.getUnitName(communeId, units.vp),
        app.tasks.listUnitTasks(communeId, units.vp, now),
        app.detail.listOpenDirectives(communeId, units.vp),
        app.detail.listReturnedUpdates(communeId, units.vp),
      ]),
    );
    // The ORM's includes read every relation as one more statement (17 in all before issue 24).
    expect(statements.length).toBe(4);
    const [, tasks] = result;
    expect(tasks.find((t) => t.id === g1)?.part).toMatchObject({ workStatus: "DONE" });
    const raw = { pool: rawPool(process.env.DATABASE_URL!), statements: 0 };
    try {
      expect(firstDifference(result, await rawMyTasks(app, raw, communeId, units.vp, now))).toBeNull();
    } finally {
      await raw.pool.end();
    }
  });
});
