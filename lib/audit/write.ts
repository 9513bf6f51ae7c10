import type { Tx } from "../db";
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

/** Written in the same transaction as the change it records (commands call it through ctx.audit). */
export async function writeAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({ data: entry });
}
