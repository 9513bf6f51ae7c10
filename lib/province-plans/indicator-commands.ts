// The KPIs of a province plan's working copy (issue 20): a catalogued KPI (its name, method and ratio
// labels come from IndicatorCatalogEntry when the form leaves them empty) or the province's own, with
// the commune KPI rules (lib/indicators/schemas.ts), a due date and the communes it is handed to.
import { defineAction, notFound } from "../actions/safe-action";
import { canManageProvincePlans } from "../auth/permissions";
import type { Tx } from "../db";
import { dateFromKey } from "../dates";
import { AppError } from "../errors";
import { provinceIndicatorRefSchema, provinceIndicatorSchema, type ProvinceIndicatorInput } from "./schemas";
import { bumpIfCurrent, checkedTargets, loadWorkingCopy } from "./working-copy";

async function loadIndicator(tx: Tx, planId: string, indicatorId: string) {
  const row = await tx.provinceIndicator.findFirst({ where: { id: indicatorId, planId } });
  if (!row) notFound();
  return row;
}

/** The form's values, with what it left empty taken from the catalog entry it names. */
async function withCatalog(tx: Tx, input: ProvinceIndicatorInput) {
  if (!input.catalogCode) return { ...input, name: input.name };
  const entry = await tx.indicatorCatalogEntry.findUnique({ where: { code: input.catalogCode } });
  if (!entry) {
    const message = "Chỉ tiêu này không có trong danh mục. Hãy chọn lại trong danh mục hoặc nhập chỉ tiêu riêng.";
    throw new AppError("VALIDATION", message, { catalogCode: [message] });
  }
  const ratio = input.measure === "RATIO";
  return {
    ...input,
    name: input.name || entry.name,
    method: input.method || entry.method,
    numeratorLabel: ratio ? (input.numeratorLabel ?? entry.numeratorLabel) : null,
    denominatorLabel: ratio ? (input.denominatorLabel ?? entry.denominatorLabel) : null,
  };
}

/** "CT01", "CT02"…: the next free code of the plan. */
async function nextCode(tx: Tx, planId: string) {
  const codes = await tx.provinceIndicator.findMany({ where: { planId }, select: { code: true } });
  const used = new Set(codes.map((c) => c.code));
  for (let n = codes.length + 1; ; n += 1) {
    const code = `CT${String(n).padStart(2, "0")}`;
    if (!used.has(code)) return code;
  }
}

export const saveProvinceIndicator = defineAction({
  name: "provincePlans.saveIndicator",
  scope: "province",
  schema: provinceIndicatorSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { tx, province } = ctx;
    const plan = await loadWorkingCopy(tx, province.provinceId, ctx.input.planId);
    const existing = ctx.input.indicatorId ? await loadIndicator(tx, plan.id, ctx.input.indicatorId) : null;
    const input = await withCatalog(tx, ctx.input);
    if (input.measure === "RATIO" && (!input.numeratorLabel || !input.denominatorLabel)) {
      const message = "Nhập tên tử số và mẫu số (ví dụ: số hồ sơ xử lý trực tuyến / tổng số hồ sơ)";
      throw new AppError("VALIDATION", message, { [input.numeratorLabel ? "denominatorLabel" : "numeratorLabel"]: [message] });
    }
    const version = await bumpIfCurrent(tx, plan.id, input.version);
    const data = {
      catalogCode: input.catalogCode,
      name: input.name,
      unit: input.unit,
      comparison: input.comparison,
      measure: input.measure,
      target: input.target,
      dueDate: dateFromKey(input.dueDate),
      numeratorLabel: input.measure === "RATIO" ? input.numeratorLabel : null,
      denominatorLabel: input.measure === "RATIO" ? input.denominatorLabel : null,
      method: input.method,
      frequency: input.frequency,
      ...(await checkedTargets(tx, province.provinceId, input)),
    };
    const row = existing
      ? await tx.provinceIndicator.update({ where: { id: existing.id }, data })
      : await tx.provinceIndicator.create({
          data: {
            ...data,
            provinceId: province.provinceId,
            planId: plan.id,
            code: await nextCode(tx, plan.id),
            sortOrder: (await tx.provinceIndicator.count({ where: { planId: plan.id } })) + 1,
          },
        });
    await ctx.audit(
      "provincePlans.saveIndicator",
      { type: "ProvinceIndicator", id: row.id },
      { planId: plan.id, code: row.code, name: row.name },
    );
    return { planId: plan.id, indicatorId: row.id, version };
  },
});

export const deleteProvinceIndicator = defineAction({
  name: "provincePlans.deleteIndicator",
  scope: "province",
  schema: provinceIndicatorRefSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province } = ctx;
    const plan = await loadWorkingCopy(tx, province.provinceId, input.planId);
    const row = await loadIndicator(tx, plan.id, input.indicatorId);
    if (row.firstVersion !== null) throw new AppError("CONFLICT", "Chỉ tiêu đã ban hành: dùng Rút chỉ tiêu");
    const version = await bumpIfCurrent(tx, plan.id, input.version);
    await tx.provinceIndicator.delete({ where: { id: row.id } });
    await ctx.audit(
      "provincePlans.deleteIndicator",
      { type: "ProvinceIndicator", id: row.id },
      { planId: plan.id, code: row.code, name: row.name },
    );
    return { planId: plan.id, version };
  },
});

/** Withdrawn (or, when already withdrawn, handed out again) at the next publication. */
export const withdrawProvinceIndicator = defineAction({
  name: "provincePlans.withdrawIndicator",
  scope: "province",
  schema: provinceIndicatorRefSchema,
  permission: canManageProvincePlans,
  async run(ctx) {
    const { input, tx, province } = ctx;
    const plan = await loadWorkingCopy(tx, province.provinceId, input.planId);
    const row = await loadIndicator(tx, plan.id, input.indicatorId);
    if (row.firstVersion === null) throw new AppError("CONFLICT", "Chỉ tiêu chưa ban hành: có thể sửa hoặc xóa, không cần rút.");
    const version = await bumpIfCurrent(tx, plan.id, input.version);
    const withdrawnAt = row.withdrawnAt ? null : new Date();
    await tx.provinceIndicator.update({ where: { id: row.id }, data: { withdrawnAt } });
    await ctx.audit(
      "provincePlans.withdrawIndicator",
      { type: "ProvinceIndicator", id: row.id },
      { planId: plan.id, code: row.code, name: row.name, withdrawn: withdrawnAt !== null },
    );
    return { planId: plan.id, indicatorId: row.id, version };
  },
});
