// The portal's account policy row (SystemSettings, id 1): the two-factor grace in days and since when.
import type { Db, Tx } from "../db";
import type { FactorPolicy } from "./second-factor";

export const DEFAULT_GRACE_DAYS = 14;

/**
 * The policy. The row is written on first use (the rule then starts: its grace runs from that day for
 * existing accounts), not by the migration, which would leave a migrated database non-empty for
 * `npm run db:restore`. A read, not an upsert, on every other call: the banner asks on every page.
 */
export async function loadFactorPolicy(db: Db | Tx): Promise<FactorPolicy> {
  let row = await db.systemSettings.findUnique({ where: { id: 1 } });
  if (!row) {
    await db.systemSettings.createMany({ data: [{ id: 1 }], skipDuplicates: true });
    row = await db.systemSettings.findUniqueOrThrow({ where: { id: 1 } });
  }
  return { twoFactorGraceDays: row.twoFactorGraceDays, twoFactorPolicySince: row.twoFactorPolicySince };
}
