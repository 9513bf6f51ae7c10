import "server-only";
import { dateFromKey } from "../dates";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isoDay } from "../validation/fields";
import type { AuditNames } from "./format";
import { searchParam, type SearchParams } from "../validation/search-params";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { action: string; actorId: string; from: string; to: string; page: number };

export function readAuditFilters(params: SearchParams): AuditFilters {
  const one = (k: string) => searchParam(params, k);
  const page = Number.parseInt(one("trang"), 10);
  return {
    action: one("hanh-dong"),
    actorId: one("nguoi"),
    from: isoDay.safeParse(one("tu")).success ? one("tu") : "",
    to: isoDay.safeParse(one("den")).success ? one("den") : "",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

/** A page of the commune's audit log, newest first. Days are local (Asia/Ho_Chi_Minh, UTC+7). */
export async function listAudit(communeId: string, f: AuditFilters) {
  const createdAt: Prisma.DateTimeFilter = {};
  if (f.from) createdAt.gte = new Date(dateFromKey(f.from).getTime() - 7 * 3_600_000);
  if (f.to) createdAt.lt = new Date(dateFromKey(f.to).getTime() + 17 * 3_600_000);
  const where: Prisma.AuditLogWhereInput = {
    communeId,
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.from || f.to ? { createdAt } : {}),
  };
  const db = getDb();
  const [rows, total, actors] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { fullName: true, username: true } } },
    }),
    db.auditLog.count({ where }),
    db.user.findMany({ where: { communeId }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } }),
  ]);
  return { rows, total, actors, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), names: await auditNames(communeId, rows) };
}

/** Task ids an entry refers to: its subject, or the task named in its data. */
function taskIdsOf(row: { entityType: string; entityId: string; data: unknown }): string[] {
  const d = (row.data ?? {}) as { taskId?: unknown; taskIds?: unknown; after?: { taskIds?: unknown } };
  const ids = [d.taskId, ...(Array.isArray(d.taskIds) ? d.taskIds : []), ...(Array.isArray(d.after?.taskIds) ? d.after.taskIds : [])];
  if (row.entityType === "Task") ids.push(row.entityId);
  return ids.filter((v): v is string => typeof v === "string");
}

/** Names for the ids and catalog codes a page of entries mentions, read within the commune. */
async function auditNames(communeId: string, rows: { entityType: string; entityId: string; data: unknown }[]): Promise<AuditNames> {
  const db = getDb();
  const taskIds = [...new Set(rows.flatMap(taskIdsOf))];
  const [units, groups, plans, tasks, catalog] = await Promise.all([
    db.unit.findMany({ where: { communeId }, select: { id: true, name: true } }),
    db.unitGroup.findMany({ where: { communeId }, select: { id: true, name: true } }),
    db.plan.findMany({ where: { communeId }, select: { id: true, title: true } }),
    taskIds.length ? db.task.findMany({ where: { communeId, id: { in: taskIds } }, select: { id: true, code: true, title: true } }) : [],
    db.indicatorCatalogEntry.findMany({ select: { code: true, name: true } }),
  ]);
  return new Map([
    ...units.map((u) => [u.id, u.name] as const),
    ...groups.map((g) => [g.id, g.name] as const),
    ...plans.map((p) => [p.id, p.title] as const),
    ...tasks.map((t) => [t.id, `${t.code}. ${t.title}`] as const),
    ...catalog.map((c) => [c.code, c.name] as const),
  ]);
}
