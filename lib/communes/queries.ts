import "server-only";
import { getDb } from "../db";
import type { Viewer } from "../auth/permissions";
import { overdueWhere } from "../tasks/queries";

/**
 * Communes a province user (their province) or an admin (all) may open, with task totals counted
 * in PostgreSQL.
 */
export async function listVisibleCommunes(viewer: Viewer) {
  if (viewer.role !== "ADMIN" && viewer.role !== "PROVINCE") return [];
  const db = getDb();
  const provinceFilter = viewer.role === "PROVINCE" ? { provinceId: viewer.provinceId ?? "-" } : {};
  const communes = await db.unit.findMany({
    where: { kind: { in: ["COMMUNE", "WARD"] }, ...provinceFilter },
    select: { id: true, name: true, provinceId: true, parent: { select: { name: true } } },
    orderBy: [{ provinceId: "asc" }, { name: "asc" }],
  });
  const ids = communes.map((c) => c.id);
  const counts = await db.task.groupBy({ by: ["communeId", "workStatus"], where: { communeId: { in: ids } }, _count: { _all: true } });
  const overdue = await db.task.groupBy({
    by: ["communeId"],
    where: { communeId: { in: ids }, ...overdueWhere() },
    _count: { _all: true },
  });
  return communes.map((c) => {
    const mine = counts.filter((x) => x.communeId === c.id);
    const total = mine.reduce((n, x) => n + x._count._all, 0);
    const done = mine.filter((x) => x.workStatus === "DONE").reduce((n, x) => n + x._count._all, 0);
    return {
      id: c.id,
      name: c.name,
      provinceName: c.parent?.name ?? "",
      total,
      done,
      overdue: overdue.find((x) => x.communeId === c.id)?._count._all ?? 0,
    };
  });
}
