// ADMIN edits the catalog of standard KPIs. Indicators already created from an entry keep their own
// copy of its fields: a plan's targets are the commune's decision, not changed behind its back.
import { defineAction } from "../actions/safe-action";
import { canManageIndicatorCatalog } from "../auth/permissions";
import { dateFromKey } from "../dates";
import { AppError } from "../errors";
import { catalogEntrySchema } from "./schemas";

export const saveCatalogEntry = defineAction({
  name: "catalog.edit",
  scope: "user",
  schema: catalogEntrySchema,
  permission: canManageIndicatorCatalog,
  async run(ctx) {
    const { input, tx } = ctx;
    const before = await tx.indicatorCatalogEntry.findUnique({ where: { code: input.code } });
    if (!before) throw new AppError("NOT_FOUND");
    const ratio = input.measure === "RATIO";
    await tx.indicatorCatalogEntry.update({
      where: { code: input.code },
      data: {
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
      },
    });
    await ctx.audit(
      "catalog.edit",
      { type: "IndicatorCatalogEntry", id: input.code },
      { before: { ...before, defaultTarget: Number(before.defaultTarget) }, after: input },
    );
    return { code: input.code };
  },
});
