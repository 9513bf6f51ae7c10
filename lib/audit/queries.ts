import "server-only";
import { dateFromKey } from "../dates";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isoDay } from "../validation/fields";
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
  return { rows, total, actors, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
