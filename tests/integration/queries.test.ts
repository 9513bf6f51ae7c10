import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProvinceOverview } from "@/lib/dashboard/province";
import { getDb } from "@/lib/db";
import { getPlan, listPlans } from "@/lib/plans/queries";
import { listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";
import { haiAn as haiAnSeed } from "@/prisma/seed/hai-an";
import { mandatedLead, PROVINCE_PLAN_TASKS } from "@/prisma/seed/province-plan";
import { taskUnitNames } from "@/prisma/seed/task-units";
import type { SeedTask } from "@/prisma/seed/types";
import { must } from "../../lib/must";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;
let ownPlanId: string; // the plan of Hải An's document, not the one receiving the province's plan

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
  ownPlanId = (await db.plan.findFirstOrThrow({ where: { communeId: haiAn, tasks: { every: { provinceTaskId: null } } } })).id;
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("tenant filters", () => {
  it("a plan id of another commune returns nothing", async () => {
    const plan = must((await listPlans(thachKhoi)).active[0], "an active plan of Thạch Khôi");
    expect(await getPlan(thachKhoi, plan.id)).not.toBeNull();
    expect(await getPlan(haiAn, plan.id)).toBeNull();
  });

  // An office is also a member of "Các phòng thuộc UBND phường" (2.1, 2.4, 3.3.a lead; 1.1, 1.2 help).
  it.each(["Trung tâm Phục vụ hành chính công", "Văn phòng HĐND và UBND"])(
    "%s's tasks are exactly those it leads or supports, with its role",
    async (name) => {
      const unit = await db.unit.findFirstOrThrow({ where: { communeId: haiAn, name } });
      const rows = await listUnitTasks(haiAn, unit.id);
      const seedTasks = haiAnSeed.plan.groups.flatMap((g) => g.tasks);
      const sides = (t: SeedTask) => taskUnitNames(haiAnSeed, t);
      const expected = seedTasks.filter((t) => sides(t).lead.includes(unit.name) || sides(t).support.includes(unit.name));
      // The province plan's tasks the ward gave this unit to lead (prisma/seed/province-plan.ts).
      const mandated = PROVINCE_PLAN_TASKS.filter((t) => mandatedLead(t, haiAnSeed.units) === unit.name);
      expect(rows.map((r) => r.code).sort()).toEqual([...expected, ...mandated].map((t) => t.code).sort());
      for (const r of rows) {
        if (r.planId !== ownPlanId) {
          expect(r.role).toBe("LEAD");
          continue;
        }
        const seed = seedTasks.find((t) => t.code === r.code)!;
        expect(r.role).toBe(sides(seed).lead.includes(unit.name) ? "LEAD" : "SUPPORT");
      }
      // The same unit id asked for under another commune finds nothing.
      expect(await listUnitTasks(thachKhoi, unit.id)).toEqual([]);
    },
  );

  it("a plan page lists every task of the document under its group", async () => {
    // The ward's own plan (the other one receives the province's plan).
    const plan = must(
      (await listPlans(haiAn)).active.find((p) => p.id === ownPlanId),
      "the plan of Hải An's document",
    );
    const data = (await getPlan(haiAn, plan.id))!;
    expect(data.groups.map((g) => g.code)).toEqual(haiAnSeed.plan.groups.map((g) => g.code));
    for (const [i, g] of data.groups.entries())
      expect(g.tasks.map((t) => t.code)).toEqual(haiAnSeed.plan.groups[i]?.tasks.map((t) => t.code));
    expect(plan.taskCount).toBe(data.tasks.length);
    expect((await listCommuneTasks(haiAn)).length).toBe(data.tasks.length + PROVINCE_PLAN_TASKS.length);
  });

  it("the overdue count made in SQL agrees with deadlineStatus", async () => {
    // The demo plans have no fixed dates: give a few Hải An tasks dates around today.
    const tasks = await db.task.findMany({ where: { communeId: haiAn }, orderBy: { sortOrder: "asc" }, take: 6 });
    const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000);
    const today = new Date();
    const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const offsets = [-30, -1, 0, 1, 10, -5];
    for (const [i, t] of tasks.entries()) {
      await db.task.update({
        where: { id: t.id },
        data: {
          deadlineKind: "FIXED",
          dueDate: new Date(todayUtc + offsets[i]! * 86_400_000),
          workStatus: i === 5 ? "DONE" : "IN_PROGRESS",
          completedAt: i === 5 ? day(0) : null,
        },
      });
    }
    const rows = await listCommuneTasks(haiAn);
    const expected = rows.filter((r) => r.status === "OVERDUE").length;
    expect(expected).toBeGreaterThanOrEqual(2);
    expect((await getProvinceOverview(null)).find((c) => c.id === haiAn)?.overdue).toBe(expected);
  });

  it("the province view lists only the communes of one province; without a province, all", async () => {
    const province = await viewer(db, "tinh.haiphong");
    const names = (await getProvinceOverview(province.provinceId)).map((c) => c.name).sort();
    expect(names).toEqual(["Phường Hải An", "Phường Thạch Khôi"]);
    const all = await getProvinceOverview(null);
    expect(all.map((c) => c.name).sort()).toEqual(["Phường Hải An", "Phường Thạch Khôi", "Xã Hà Long"]);
    const haiAnRow = all.find((c) => c.name === "Phường Hải An")!;
    // The ward's own plan and the province's (all eight carried out in Hải An).
    expect(haiAnRow.total).toBe(haiAnSeed.plan.groups.flatMap((g) => g.tasks).length + PROVINCE_PLAN_TASKS.length);
  });
});
