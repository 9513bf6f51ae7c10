// A commune created in a province that has published a plan to every commune receives that plan
// right after it is created (lib/tenants/hand-down.ts): the receiving plan and its tasks, as the
// communes that existed at publication did. The demo's Hải Phòng plan is published to all its wards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/safe-action";
import { createCommune } from "@/lib/tenants/commands";
import { handDownProvincePlans } from "@/lib/tenants/hand-down";
import { restoreUnitTemplate } from "../support/unit-template";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();

beforeAll(async () => {
  await freshDemo(db);
  await restoreUnitTemplate(db);
});
afterAll(() => db.$disconnect());

describe("a new commune and its province's published plans", () => {
  it("receives the plan (receipt, receiving plan, the tasks its wards got) once, whoever runs the catch-up", async () => {
    const haiAn = await communeByName(db, "Phường Hải An");
    const provincePlan = await db.provincePlan.findFirstOrThrow({ where: { provinceId: haiAn.provinceId!, publishedVersion: { gt: 0 } } });
    const haiAnTasks = await db.task.count({ where: { communeId: haiAn.id, provinceTask: { planId: provincePlan.id } } });
    expect(haiAnTasks).toBeGreaterThan(0);

    const admin = await viewer(db, "admin");
    const res = await executeAction(
      createCommune,
      admin,
      { provinceId: haiAn.provinceId, name: "Phường Đông Hải", kind: "WARD", adminCode: "11311" },
      db,
    );
    if (!res.ok) throw new Error(JSON.stringify(res));
    const communeId = res.data.communeId;
    expect(await db.provincePlanReceipt.count({ where: { communeId } })).toBe(0);

    expect(await handDownProvincePlans(db)).toBe(1);
    const receipt = await db.provincePlanReceipt.findFirstOrThrow({ where: { communeId, provincePlanId: provincePlan.id } });
    expect(receipt.appliedVersion).toBe(provincePlan.publishedVersion);
    const plan = await db.plan.findUniqueOrThrow({ where: { id: receipt.planId } });
    expect(plan.communeId).toBe(communeId);
    expect(plan.title).toMatch(/^Thực hiện Kế hoạch/);
    expect(await db.task.count({ where: { communeId, provinceTask: { planId: provincePlan.id } } })).toBe(haiAnTasks);

    // Run again (the job worker's next tick): nothing more.
    expect(await handDownProvincePlans(db)).toBe(0);
    expect(await db.task.count({ where: { communeId, provinceTask: { planId: provincePlan.id } } })).toBe(haiAnTasks);
  });
});
