import { createPrismaClient, type Db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import type { Viewer } from "@/lib/auth/permissions";

export function testDb(): Db {
  return createPrismaClient(process.env.DATABASE_URL!, 4);
}

/** Empties every table (not the migrations log), so that each test file starts clean. */
export async function truncateAll(db: Db) {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
}

/** Clean tables plus the demo data (three communes in two provinces, one account per role). */
export async function freshDemo(db: Db) {
  await truncateAll(db);
  await seedDemo(db);
}

export async function viewer(db: Db, username: string): Promise<Viewer> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  return {
    id: u.id,
    role: u.role,
    provinceId: u.provinceId,
    communeId: u.communeId,
    unitId: u.unitId,
    provinceCoordinator: u.provinceCoordinator,
  };
}

/**
 * Open tasks of the commune's own plans that `unitId` leads and that have no parts: a progress report
 * by that unit changes them directly (the read-model tests write through them).
 */
export function openTasksLedBy(db: Db, communeId: string, unitId: string, take: number) {
  return db.task.findMany({
    where: {
      communeId,
      provinceTaskId: null,
      workStatus: { not: "DONE" },
      parts: { none: {} },
      units: { some: { unitId, role: "LEAD" } },
    },
    orderBy: { sortOrder: "asc" },
    take,
  });
}

export async function communeByName(db: Db, name: string) {
  return db.unit.findFirstOrThrow({ where: { name, kind: { in: ["COMMUNE", "WARD"] } } });
}
