// Issue 16 item 13: the standing office archives a plan (hidden from the dashboard, the task lists,
// the plan and report pickers and the province figures, kept with its history, restorable, audited)
// and corrects a plan's number and date after creation (validated, audited, version-checked).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { getCommuneDashboard } from "@/lib/dashboard/commune";
import { readDashboardFilters } from "@/lib/dashboard/filters";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { localDateKey } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listIndicators } from "@/lib/indicators/queries";
import { archivePlan, restorePlan, updatePlanDetails } from "@/lib/plans/commands";
import { getPlan, listPlans } from "@/lib/plans/queries";
import { reportPlans } from "@/lib/reports/queries";
import { listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: { id: string; provinceId: string | null };
let planId: string;
let coordinator: Viewer;
let chair: Viewer;
let staff: Viewer;
let otherCoordinator: Viewer;

beforeAll(async () => {
  await freshDemo(db);
  haiAn = await communeByName(db, "Phường Hải An");
  planId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn.id, tasks: { every: { provinceTaskId: null } } } })).id;
  // Hải An also carries out the province's plan (demo seed, issue 20): removed here so that the
  // ward's own plan is its only one, and archiving it must empty every list.
  await db.plan.deleteMany({ where: { communeId: haiAn.id, id: { not: planId } } });
  coordinator = await viewer(db, "vhxh.haian");
  chair = await viewer(db, "chutich.haian");
  staff = await viewer(db, "vanphong.haian");
  otherCoordinator = await viewer(db, "vhxh.thachkhoi");
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

const run = <T>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;

/** What each place that lists plans or counts tasks shows of Hải An. */
async function visible() {
  const now = new Date();
  const dashboard = await getCommuneDashboard(haiAn.id, readDashboardFilters({}, localDateKey(now)), now);
  const province = (await getProvinceOverview(haiAn.provinceId, now)).find((r) => r.id === haiAn.id)!;
  return {
    plans: (await listPlans(haiAn.id)).active.map((p) => p.id),
    reportPlans: (await reportPlans(haiAn.id)).map((p) => p.id),
    dashboardTasks: dashboard.headline.total,
    dashboardPlans: dashboard.options.plans.length,
    indicators: dashboard.indicators.cards.length,
    indicatorPlans: (await listIndicators(haiAn.id, now)).length,
    tasks: (await listCommuneTasks(haiAn.id, now)).length,
    unitTasks: (await listUnitTasks(haiAn.id, staff.unitId!, now)).length,
    provinceTasks: province.total,
    provinceIndicators: province.indicatorTotal,
  };
}

describe("archiving a plan", () => {
  it("only the commune's standing office (or an admin) archives; others change nothing", async () => {
    expect(await run(archivePlan, chair, { communeId: haiAn.id, planId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(archivePlan, staff, { communeId: haiAn.id, planId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(archivePlan, otherCoordinator, { communeId: haiAn.id, planId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.plan.findUniqueOrThrow({ where: { id: planId } })).archivedAt).toBeNull();
  });

  it("hides an archived plan everywhere, keeps it with its history, and restores it", async () => {
    const before = await visible();
    expect(before.plans).toContain(planId);
    expect(before.dashboardTasks).toBeGreaterThan(0);
    const taskCount = await db.task.count({ where: { planId } });

    expect(await run(archivePlan, coordinator, { communeId: haiAn.id, planId })).toMatchObject({ ok: true });
    const hidden = await visible();
    expect(hidden).toEqual({
      plans: [],
      reportPlans: [],
      dashboardTasks: 0,
      dashboardPlans: 0,
      indicators: 0,
      indicatorPlans: 0,
      tasks: 0,
      unitTasks: 0,
      provinceTasks: 0,
      provinceIndicators: 0,
    });
    // Kept: listed as archived, its page and tasks still open, the change audited.
    expect((await listPlans(haiAn.id)).archived.map((p) => p.id)).toEqual([planId]);
    expect((await getPlan(haiAn.id, planId))?.tasks).toHaveLength(taskCount);
    expect(await db.auditLog.count({ where: { entityId: planId, action: "plans.archive" } })).toBe(1);
    expect(await run(archivePlan, coordinator, { communeId: haiAn.id, planId })).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await run(restorePlan, coordinator, { communeId: haiAn.id, planId })).toMatchObject({ ok: true });
    expect(await visible()).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: planId, action: "plans.restore" } })).toBe(1);
  });
});

describe("plan number and date", () => {
  it("are edited by the standing office with validation, audit and a version check", async () => {
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    const input = { communeId: haiAn.id, planId, version: String(plan.version), number: "12/KH-UBND", issuedDate: "2026-02-03" };
    expect(await run(updatePlanDetails, chair, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const bad = await run(updatePlanDetails, coordinator, { ...input, issuedDate: "2026-02-31" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!bad.ok) expect(bad.fieldErrors?.issuedDate?.[0]).toBeTruthy();

    expect(await run(updatePlanDetails, coordinator, input)).toMatchObject({ ok: true });
    const after = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(after).toMatchObject({ number: "12/KH-UBND", version: plan.version + 1 });
    expect(after.issuedDate?.toISOString().slice(0, 10)).toBe("2026-02-03");
    const log = await db.auditLog.findFirstOrThrow({ where: { entityId: planId, action: "plans.edit" } });
    expect(log.data).toMatchObject({ after: { number: "12/KH-UBND", issuedDate: "2026-02-03" } });

    // A form based on the old version is a conflict and changes nothing.
    const stale = await run(updatePlanDetails, coordinator, { ...input, number: "99/KH-UBND" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.plan.findUniqueOrThrow({ where: { id: planId } })).number).toBe("12/KH-UBND");
  });
});
