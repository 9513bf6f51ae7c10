// ADMIN edits the catalog of standard KPIs and adds entries to it. Indicators already created from an entry keep their own
// copy of its fields: a plan's targets are the commune's decision, not changed behind its back.
import type { z } from "zod";
import { defineAction } from "../actions/safe-action";
import { canManageIndicatorCatalog } from "../auth/permissions";
import { dateFromKey } from "../dates";
import { AppError } from "../errors";
import { catalogEntrySchema, newCatalogEntrySchema } from "./schemas";

type EntryInput = z.output<typeof catalogEntrySchema>;

/** The stored fields of an entry as the form gives them (the ratio's labels only for a ratio). */
function entryFields(input: EntryInput) {
  const ratio = input.measure === "RATIO";
  return {
    name: input.name,
    unit: input.unit,
    comparison: input.comparison,
    measure: input.measure,
    defaultTarget: input.defaultTarget,
    defaultDueDate: dateFromKey(input.defaultDueDate),
    numeratorLabel: ratio ? input.numeratorLabel : null,
    denominatorLabel: ratio ? input.denominatorLabel : null,
    method: input.method,
    responsibleHint: input.responsibleHint,
    frequency: input.frequency,
    active: input.active,
  };
}

export const saveCatalogEntry = defineAction({
  name: "catalog.edit",
  scope: "user",
  schema: catalogEntrySchema,
  permission: canManageIndicatorCatalog,
  async run(ctx) {
    const { input, tx } = ctx;
    const before = await tx.indicatorCatalogEntry.findUnique({ where: { code: input.code } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.indicatorCatalogEntry.update({ where: { code: input.code }, data: entryFields(input) });
    await ctx.audit(
      "catalog.edit",
      { type: "IndicatorCatalogEntry", id: input.code },
      { before: { ...before, defaultTarget: Number(before.defaultTarget) }, after: input },
    );
    return { code: input.code };
  },
});

/**
 * A new entry: offered when a commune adds a KPI and listed on the national-code page like the
 * shipped ones. It goes after every existing entry; the seed's sync (catalog-sync.ts) only inserts
 * missing shipped codes, so it neither removes nor overwrites an entry added here.
 */
export const createCatalogEntry = defineAction({
  name: "catalog.create",
  scope: "user",
  schema: newCatalogEntrySchema,
  permission: canManageIndicatorCatalog,
  async run(ctx) {
    const { input, tx } = ctx;
    if (await tx.indicatorCatalogEntry.findUnique({ where: { code: input.code }, select: { code: true } })) {
      throw new AppError("DUPLICATE", `Mã chỉ tiêu ${input.code} đã có trong danh mục.`, { code: ["Mã chỉ tiêu đã có trong danh mục"] });
    }
    const last = await tx.indicatorCatalogEntry.aggregate({ _max: { sortOrder: true } });
    await tx.indicatorCatalogEntry.create({
      data: { code: input.code, ...entryFields(input), sortOrder: (last._max.sortOrder ?? -1) + 1 },
    });
    await ctx.audit("catalog.create", { type: "IndicatorCatalogEntry", id: input.code }, { ...input });
    return { code: input.code };
  },
});
