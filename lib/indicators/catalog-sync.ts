// Copies the shipped catalog (lib/indicators/catalog.ts) into the database: codes that are missing
// are inserted, rows that exist are left alone so that ADMIN's edits survive upgrades.
import type { Db, Tx } from "../db";
import { dateFromKey } from "../dates";
import { INDICATOR_CATALOG } from "./catalog";
import { comparisonFromDraft, unitFromDraft } from "./vocabulary";

export async function syncIndicatorCatalog(db: Db | Tx): Promise<number> {
  const res = await db.indicatorCatalogEntry.createMany({
    skipDuplicates: true,
    data: INDICATOR_CATALOG.map((k, i) => ({
      code: k.code,
      name: k.name,
      unit: unitFromDraft(k.unit),
      comparison: comparisonFromDraft(k.comparison),
      defaultTarget: k.defaultTarget,
      defaultDueDate: dateFromKey(k.defaultDueDate),
      measure: k.measure,
      numeratorLabel: k.numeratorLabel ?? null,
      denominatorLabel: k.denominatorLabel ?? null,
      method: k.method,
      responsibleHint: k.responsibleHint,
      sortOrder: i,
    })),
  });
  return res.count;
}
