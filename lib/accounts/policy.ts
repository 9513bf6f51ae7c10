// The portal's account policy row (SystemSettings, id 1): the two-factor grace in days and since when.
import type { Db, Tx } from "../db";
import type { FactorPolicy } from "./second-factor";

export const DEFAULT_GRACE_DAYS = 14;

/** The policy; the row is made by the migration, and made again here if a restore lost it. */
export async function loadFactorPolicy(db: Db | Tx): Promise<FactorPolicy> {
  const row = await db.systemSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  return { twoFactorGraceDays: row.twoFactorGraceDays, twoFactorPolicySince: row.twoFactorPolicySince };
}
