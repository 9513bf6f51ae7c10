import { afterAll, beforeAll, expect, it } from "vitest";
import { seedIfEmpty } from "@/scripts/seed";
import { demoLogins } from "@/prisma/seed/demo";
import { verifyPassword } from "@/lib/auth/password";
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
