// The admin's table of national indicator codes (Danh mục chỉ tiêu → Mã quốc gia): the code under
// which a catalog KPI is sent in the QCVN 125 data packet (lib/api/v1/kpi-packet.ts). A KPI without
// one is sent under its catalog code; saving an empty code removes the mapping.
import { defineAction } from "../actions/safe-action";
import { canManageKpiNationalCodes } from "../auth/permissions";
import { AppError } from "../errors";
import { kpiCodeSchema } from "./schemas";

export const saveKpiNationalCode = defineAction({
  name: "kpiCodes.save",
  scope: "user",
  schema: kpiCodeSchema,
  permission: canManageKpiNationalCodes,
  async run(ctx) {
    const { input, tx, user } = ctx;
    const entry = await tx.indicatorCatalogEntry.findUnique({ where: { code: input.catalogCode }, select: { code: true } });
    if (!entry) throw new AppError("NOT_FOUND");
    const row = await tx.kpiNationalCode.findUnique({ where: { catalogCode: entry.code } });
    const before = { nationalCode: row?.nationalCode ?? null, nationalName: row?.nationalName ?? null };
    const after = input.nationalCode
      ? { nationalCode: input.nationalCode, nationalName: input.nationalName || null }
      : { nationalCode: null, nationalName: null };
    if (after.nationalCode === null) {
      await tx.kpiNationalCode.deleteMany({ where: { catalogCode: entry.code } });
    } else {
      const data = { nationalCode: after.nationalCode, nationalName: after.nationalName, updatedById: user.id };
      await tx.kpiNationalCode.upsert({ where: { catalogCode: entry.code }, create: { catalogCode: entry.code, ...data }, update: data });
    }
    await ctx.audit("kpiCodes.save", { type: "IndicatorCatalogEntry", id: entry.code }, { catalogCode: entry.code, before, after });
    return { catalogCode: entry.code, ...after };
  },
});
