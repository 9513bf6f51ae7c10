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
