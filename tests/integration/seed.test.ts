import { afterAll, beforeAll, expect, it } from "vitest";
import { seedIfEmpty } from "@/scripts/seed";
import { demoLogins } from "@/prisma/seed/demo";
import { verifyPassword } from "@/lib/auth/password";
import { aggregateParts } from "@/lib/tasks/parts";
import { testDb, truncateAll } from "./db";

const db = testDb();
beforeAll(() => truncateAll(db));
afterAll(() => db.$disconnect());

it("seeds the demo once: a second start keeps the data as it is", async () => {
  const first = await seedIfEmpty(process.env.DATABASE_URL!);
  expect(first).toEqual(demoLogins());
  const counts = { users: await db.user.count(), tasks: await db.task.count() };
  await db.unit.updateMany({ where: { name: "Trung tâm Phục vụ hành chính công" }, data: { shortName: "sửa tay" } });

  expect(await seedIfEmpty(process.env.DATABASE_URL!)).toBeNull();
  expect({ users: await db.user.count(), tasks: await db.task.count() }).toEqual(counts);
  expect(await db.unit.count({ where: { shortName: "sửa tay" } })).toBe(3);
});

it("every demo login exists with its role, and every task has a lead unit", async () => {
  for (const l of demoLogins()) {
    const u = await db.user.findUniqueOrThrow({ where: { username: l.username } });
    expect(u.role).toBe(l.role);
    expect(await verifyPassword(u.passwordHash, "Demo@2025")).toBe(true);
  }
  const withoutLead = await db.task.count({ where: { units: { none: { role: "LEAD" } } } });
  expect(withoutLead).toBe(0);
  const roles = new Set(demoLogins().map((l) => l.role));
  expect([...roles].sort()).toEqual(["ADMIN", "CHAIR", "COORDINATOR", "PROVINCE", "UNIT_STAFF"]);
});

it("Hải An has one extension request waiting for the chair and one task already extended", async () => {
  const haiAn = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
  const pending = await db.deadlineExtension.findMany({
    where: { communeId: haiAn.id, status: "PENDING" },
    include: { task: true, requestedBy: true },
  });
  expect(pending).toHaveLength(1);
  expect(pending[0]!.reason.length).toBeGreaterThan(10);
  expect(pending[0]!.task).toMatchObject({ deadlineKind: "FIXED", communeId: haiAn.id });
  expect(pending[0]!.requestedBy.role).toBe("UNIT_STAFF");
  const lead = await db.taskUnit.count({ where: { taskId: pending[0]!.taskId, unitId: pending[0]!.unitId, role: "LEAD" } });
  expect(lead).toBe(1);
  const extended = await db.task.findMany({ where: { communeId: haiAn.id, extensionCount: { gt: 0 } } });
  expect(extended).toHaveLength(1);
  expect(extended[0]!.originalDueDate!.getTime()).toBeLessThan(extended[0]!.dueDate!.getTime());
});

it("Hải An's 2.1 is led by the offices' group: each member's part in another state, the task their aggregate", async () => {
  const haiAn = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An", kind: "WARD" } });
  const task = await db.task.findFirstOrThrow({
    where: { communeId: haiAn.id, code: "2.1", provinceTaskId: null }, // the ward's own plan, not the province's 2.1
    include: { unitGroups: { include: { group: true } }, parts: { include: { unit: true } }, updates: true },
  });
  expect(task.unitGroups.map((g) => [g.role, g.group.kind])).toEqual([["LEAD", "OFFICES"]]);
  const state = (name: string) => task.parts.find((p) => p.unit.name === name);
  expect(state("Phòng Kinh tế, Hạ tầng và Đô thị")).toMatchObject({ workStatus: "DONE", progress: 100 });
  expect(state("Công an phường")).toMatchObject({ workStatus: "IN_PROGRESS", progress: 40 });
  expect(state("Văn phòng HĐND và UBND")).toMatchObject({ workStatus: "NOT_STARTED", progress: 0, notApplicableReason: null });
  expect(state("Phòng Văn hóa - Xã hội")?.notApplicableReason).toMatch(/không quản lý/);
  // The task is what the aggregate says, and every reported part's state is its unit's latest report.
  expect(aggregateParts(task.parts)).toEqual({ workStatus: task.workStatus, progress: task.progress, completedAt: task.completedAt });
  expect(task.progress).toBe(Math.round((100 + 40 + 0) / 3));
  for (const p of task.parts.filter((p) => p.lastUpdateAt)) {
    const latest = task.updates
      .filter((u) => u.unitId === p.unitId && u.kind === "PROGRESS")
      .sort((a, b) => +b.createdAt - +a.createdAt)[0];
    expect(latest, p.unit.name).toMatchObject({ workStatus: p.workStatus, progress: p.progress, createdAt: p.lastUpdateAt });
  }
});
