// The simulated people of the load: staff of the units that lead the most tasks of one commune
// (several per unit, so that they update the same tasks and collide), and readers (chair,
// coordinator, province). Extra staff accounts are created for the run with the demo password.
import type { Db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";

export type Writer = { username: string; communeId: string; taskIds: string[] };
export type Reader = { username: string; pages: string[] };

const PASSWORD = "Demo@2025";

export async function loadPeople(db: Db, opts: { writers: number; perUnit: number; readers: number }) {
  const commune = await db.unit.findFirstOrThrow({ where: { name: "Phường Hải An" } });
  const leads = await db.taskUnit.groupBy({
    by: ["unitId"],
    where: { communeId: commune.id, role: "LEAD", task: { workStatus: { not: "DONE" } } },
    _count: { taskId: true },
    orderBy: { _count: { taskId: "desc" } },
  });
  // At least `perUnit` people per unit; more when the commune has fewer units leading open tasks.
  const units = leads.slice(0, Math.ceil(opts.writers / opts.perUnit));
  const perUnit = Math.ceil(opts.writers / Math.max(1, units.length));
  const passwordHash = await hashPassword(PASSWORD);
  const writers: Writer[] = [];
  for (const [u, lead] of units.entries()) {
    const rows = await db.taskUnit.findMany({
      where: { unitId: lead.unitId, role: "LEAD", task: { workStatus: { not: "DONE" } } },
      select: { taskId: true },
      orderBy: { taskId: "asc" },
      take: 6,
    });
    for (let i = 0; i < perUnit && writers.length < opts.writers; i++) {
      const username = `tai.${u}.${i}`;
      await db.user.upsert({
        where: { username },
        update: {},
        create: {
          username,
          fullName: `Cán bộ thử tải ${u}.${i}`,
          passwordHash,
          role: "UNIT_STAFF",
          provinceId: commune.provinceId,
          communeId: commune.id,
          unitId: lead.unitId,
        },
      });
      writers.push({ username, communeId: commune.id, taskIds: rows.map((r) => r.taskId) });
    }
  }
  const c = `/c/${commune.id}`;
  const someTask = writers[0]?.taskIds[0];
  const readerAccounts: Reader[] = [
    { username: "chutich.haian", pages: [c, `${c}/nhiem-vu`, `${c}/chi-tieu`, `${c}/nhiem-vu/${someTask}`] },
    { username: "vhxh.haian", pages: [c, `${c}/bao-cao`, `${c}/ke-hoach`] },
    { username: "tinh.haiphong", pages: ["/xa-phuong", c, `${c}/nhiem-vu`] },
  ];
  const readers = Array.from({ length: opts.readers }, (_, i) => readerAccounts[i % readerAccounts.length]!);
  return { communeId: commune.id, writers, readers, password: PASSWORD };
}

/** Current version of every task the writers touch (the start line of the lost-update check). */
export async function taskVersions(db: Db, taskIds: string[]): Promise<Map<string, number>> {
  const rows = await db.task.findMany({ where: { id: { in: [...new Set(taskIds)] } }, select: { id: true, version: true } });
  return new Map(rows.map((r) => [r.id, r.version]));
}
