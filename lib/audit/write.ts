import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type AuditEntry = {
  communeId: string | null;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

/** Written in the same transaction as the change it records. */
export async function audit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({ data: entry });
}
