// Targets read from a plan document become the plan's indicators. A catalogued KPI takes the
// catalog's way of measuring it (numerator/denominator labels, method) and its usual responsible
// unit when the commune has a unit of that name; everything stays editable on the indicator page.
import type { Tx } from "../db";
import { dateFromKey } from "../dates";
import { createId } from "../ids";
import { matchUnit } from "@/lib/units/match";
import { indicatorSlots } from "./codes";
import { comparisonFromDraft, type IndicatorDraft, unitFromDraft } from "./vocabulary";

/** Adds the drafts as indicators of the plan after the ones it has; returns how many were added. */
export async function createIndicatorsFromDrafts(
  tx: Tx,
  target: { communeId: string; planId: string; defaultDueDate: string | null },
  drafts: readonly IndicatorDraft[],
): Promise<number> {
  if (drafts.length === 0) return 0;
  const { communeId, planId } = target;
  const [catalog, units, nextSlot] = await Promise.all([
    tx.indicatorCatalogEntry.findMany({ where: { active: true } }),
    tx.unit.findMany({
      where: { communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
      select: { id: true, name: true, shortName: true },
    }),
    indicatorSlots(tx, planId),
  ]);
  const byCode = new Map(catalog.map((c) => [c.code, c]));
  for (const d of drafts) {
    const entry = d.catalogCode ? byCode.get(d.catalogCode) : undefined;
    const unit = unitFromDraft(d.unit);
    // A ratio only makes sense for a percentage; a count target stays a typed number.
    const measure = entry && unit === "PERCENT" ? entry.measure : "DIRECT";
    const dueDate = d.dueDate ?? target.defaultDueDate ?? "2025-12-31";
    await tx.indicator.create({
      data: {
        id: createId(),
        communeId,
        planId,
        catalogCode: entry?.code ?? null,
        ...nextSlot(),
        name: d.name.slice(0, 300),
        unit,
        comparison: comparisonFromDraft(d.comparison),
        target: d.target,
        dueDate: dateFromKey(dueDate),
        measure,
        numeratorLabel: measure === "RATIO" ? (entry?.numeratorLabel ?? null) : null,
        denominatorLabel: measure === "RATIO" ? (entry?.denominatorLabel ?? null) : null,
        method: entry?.method ?? "",
        frequency: entry?.frequency ?? "MONTHLY",
        responsibleUnitId: entry?.responsibleHint ? (matchUnit(entry.responsibleHint, units)?.id ?? null) : null,
        sourceText: d.sourceText.slice(0, 2000),
      },
    });
  }
  return drafts.length;
}
