// Issue 20, the commune's side: re-importing the plan that received a province plan keeps the mandated
// tasks, and moving the province plan's tasks and KPIs into another plan of the commune.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/safe-action";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { applyDraftToPlan } from "@/lib/import/reimport";
import type { PlanDraft } from "@/lib/import/types";
import { moveMandatePlan } from "@/lib/mandates/commands";
import { PLAN_DRAFT, TASK_DRAFT } from "../support/import-draft";
import { communeByName, freshDemo, testDb, viewer } from "./db";
import { mandateFixture, type MandateFixture } from "./mandate-fixture";

const db = testDb();
let haiAn: { id: string; provinceId: string | null };
let coordinator: Viewer;
let chair: Viewer;
let fx: MandateFixture;
let ownPlanId: string;

const run = <T = Record<string, unknown>>(def: Parameters<typeof executeAction>[0], user: Viewer, input: unknown) =>
  executeAction(def, user, input, db) as Promise<ActionResult<T>>;
const task = (code: string) => db.task.findUniqueOrThrow({ where: { id: fx.taskIds[code]! } });

beforeAll(async () => {
  await freshDemo(db);
  haiAn = await communeByName(db, "Phường Hải An");
  coordinator = await viewer(db, "vhxh.haian");
  chair = await viewer(db, "chutich.haian");
  // The ward's own plan, imported from its document (the demo's province plan has a receiving plan too).
  ownPlanId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn.id, sourceFile: { not: null } }, orderBy: { createdAt: "asc" } }))
    .id;
  fx = await mandateFixture(db, haiAn, [
    { code: "2.1", title: "Số hóa hồ sơ lưu trữ" },
    { code: "2.2", title: "Triển khai nền tảng họp không giấy tờ" },
    { code: "2.3", title: "Tuyên truyền quảng bá khu du lịch sinh thái biển" },
    { code: "2.4", title: "Chuẩn hóa dữ liệu hộ tịch điện tử" },
    { code: "2.5", title: "Phát triển làng nghề truyền thống gắn với thương mại điện tử" },
  ]);
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("re-importing the receiving plan", () => {
  it("keeps a mandated task as it is and says so", async () => {
    const before = await task("2.2");
    const draft = {
      ...PLAN_DRAFT,
      groups: [{ code: "II", title: "Phát triển chính quyền số" }],
      groupMappings: [],
      tasks: [{ ...TASK_DRAFT, code: "2.2", group: "II", title: "Tên khác của xã", leadGroups: [], supportGroups: [] }],
      indicators: [],
    } as unknown as PlanDraft;
    const result = await db.$transaction((tx) =>
      applyDraftToPlan(tx, async () => {}, { communeId: haiAn.id, provinceId: haiAn.provinceId!, planId: fx.receivingPlanId }, draft),
    );
    expect(
      result.changes
        .filter((c) => c.kind === "mandated")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    const after = await task("2.2");
    expect(after).toMatchObject({ title: before.title, version: before.version, provinceTaskId: before.provinceTaskId });
    expect(await db.task.count({ where: { planId: fx.receivingPlanId } })).toBe(5);
  });
});

describe("moving the province plan's tasks into another plan", () => {
  it("refuses another commune's plan (NOT_FOUND), an archived plan, and the chair", async () => {
    const other = await db.plan.findFirstOrThrow({ where: { communeId: { not: haiAn.id } } });
    const input = { communeId: haiAn.id, provincePlanId: fx.provincePlanId, targetPlanId: other.id };
    expect(await run(moveMandatePlan, coordinator, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(moveMandatePlan, chair, { ...input, targetPlanId: ownPlanId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const archived = await db.plan.create({
      data: { communeId: haiAn.id, title: "Kế hoạch cũ", issuer: "UBND phường", archivedAt: new Date() },
    });
    expect(await run(moveMandatePlan, coordinator, { ...input, targetPlanId: archived.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await task("2.2")).planId).toBe(fx.receivingPlanId);
  });

  it("moves every task and KPI, remaps the groups, renumbers a clashing KPI code and updates the receipt", async () => {
    // The own plan already has a KPI coded like the province's (CT01): it must be renumbered.
    await db.indicator.updateMany({ where: { id: fx.indicatorId }, data: { code: "CT01" } });
    const clash = await db.indicator.findFirst({ where: { planId: ownPlanId, code: "CT01" } });
    if (!clash) {
      const any = await db.indicator.findFirstOrThrow({ where: { planId: ownPlanId } });
      await db.indicator.update({ where: { id: any.id }, data: { code: "CT01" } });
    }
    const ownMax = (await db.task.aggregate({ where: { planId: ownPlanId }, _max: { sortOrder: true } }))._max.sortOrder!;
    const r = await run<{ taskCount: number; indicatorCount: number; renumbered: string[] }>(moveMandatePlan, coordinator, {
      communeId: haiAn.id,
      provincePlanId: fx.provincePlanId,
      targetPlanId: ownPlanId,
    });
    expect(r).toMatchObject({ ok: true, data: { taskCount: 5, indicatorCount: 1 } });
    if (r.ok) expect(r.data.renumbered[0]).toMatch(/^CT01 → CT\d\d$/);
    const moved = await db.task.findMany({ where: { id: { in: Object.values(fx.taskIds) } }, include: { group: true } });
    expect(moved.every((t) => t.planId === ownPlanId && t.group?.planId === ownPlanId && t.group.code === "II")).toBe(true);
    expect(Math.min(...moved.map((t) => t.sortOrder))).toBeGreaterThan(ownMax);
    const kpi = await db.indicator.findUniqueOrThrow({ where: { id: fx.indicatorId } });
    expect(kpi.planId).toBe(ownPlanId);
    expect(kpi.code).not.toBe("CT01");
    const receipt = await db.provincePlanReceipt.findUniqueOrThrow({
      where: { provincePlanId_communeId: { provincePlanId: fx.provincePlanId, communeId: haiAn.id } },
    });
    expect(receipt.planId).toBe(ownPlanId);
    expect(await db.auditLog.count({ where: { action: "mandates.movePlan" } })).toBe(1);
  });
});
