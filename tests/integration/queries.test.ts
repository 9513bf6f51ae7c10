import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listVisibleCommunes } from "@/lib/communes/queries";
import { getDb } from "@/lib/db";
import { getPlan, listPlans } from "@/lib/plans/queries";
import { listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";
import { haiAn as haiAnSeed } from "@/prisma/seed/hai-an";
import { communeByName, freshDemo, testDb, viewer } from "./db";

const db = testDb();
let haiAn: string;
let thachKhoi: string;

beforeAll(async () => {
  await freshDemo(db);
  haiAn = (await communeByName(db, "Phường Hải An")).id;
  thachKhoi = (await communeByName(db, "Phường Thạch Khôi")).id;
});
afterAll(async () => {
  await db.$disconnect();
  await getDb().$disconnect();
});

describe("tenant filters", () => {
  it("a plan id of another commune returns nothing", async () => {
    const [plan] = await listPlans(thachKhoi);
    expect(await getPlan(thachKhoi, plan.id)).not.toBeNull();
    expect(await getPlan(haiAn, plan.id)).toBeNull();
  });

  it("a unit's tasks are exactly those it leads or supports, with its role", async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { communeId: haiAn, name: "Trung tâm Phục vụ hành chính công" } });
    const rows = await listUnitTasks(haiAn, unit.id);
    const seedTasks = haiAnSeed.plan.groups.flatMap((g) => g.tasks);
    const expected = seedTasks.filter((t) => t.lead.includes(unit.name) || t.support.includes(unit.name));
    expect(rows.map((r) => r.code).sort()).toEqual(expected.map((t) => t.code).sort());
    for (const r of rows) {
      const seed = seedTasks.find((t) => t.code === r.code)!;
      expect(r.role).toBe(seed.lead.includes(unit.name) ? "LEAD" : "SUPPORT");
    }
    // The same unit id asked for under another commune finds nothing.
    expect(await listUnitTasks(thachKhoi, unit.id)).toEqual([]);
  });

  it("a plan page lists every task of the document under its group", async () => {
    const [plan] = await listPlans(haiAn);
    const data = (await getPlan(haiAn, plan.id))!;
    expect(data.groups.map((g) => g.code)).toEqual(haiAnSeed.plan.groups.map((g) => g.code));
    for (const [i, g] of data.groups.entries())
      expect(g.tasks.map((t) => t.code)).toEqual(haiAnSeed.plan.groups[i].tasks.map((t) => t.code));
    expect(plan.taskCount).toBe(data.tasks.length);
    expect((await listCommuneTasks(haiAn)).length).toBe(data.tasks.length);
  });

  it("a province user lists only the communes of their province; an admin lists all", async () => {
    const province = await viewer(db, "tinh.haiphong");
    const names = (await listVisibleCommunes(province)).map((c) => c.name).sort();
    expect(names).toEqual(["Phường Hải An", "Phường Thạch Khôi"]);
    const all = await listVisibleCommunes(await viewer(db, "admin"));
    expect(all.map((c) => c.name).sort()).toEqual(["Phường Hải An", "Phường Thạch Khôi", "Xã Hà Long"]);
    expect(await listVisibleCommunes(await viewer(db, "chutich.haian"))).toEqual([]);
    const haiAnRow = all.find((c) => c.name === "Phường Hải An")!;
    expect(haiAnRow.total).toBe(haiAnSeed.plan.groups.flatMap((g) => g.tasks).length);
  });
});
