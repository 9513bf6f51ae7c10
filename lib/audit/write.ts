import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "./labels";

export type AuditEntry = {
  communeId: string | null;
  actorId: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

/**
 * Written in the same transaction as the change it records (commands call it through ctx.audit); the
 * API's per-request entry (lib/api/endpoint.ts) records a read, with no change to join.
 */
export async function writeAudit(tx: Tx | Db, entry: AuditEntry) {
  await tx.auditLog.create({ data: entry });
}
