// Mutations of KPIs: definitions (create, edit with version check, delete while it has no values) and
// values (entry and correction). Each loads the indicator with its commune and decides with the named
// permission checks; values are append-only revisions, so nothing entered is ever overwritten.
import { z } from "zod";
import { defineAction, notFound } from "../actions/safe-action";
import {
  canEnterIndicatorValue,
  canEnterIndicatorValues,
  canImportIndicatorValues,
  canManageIndicators,
  type CommuneScope,
  type IndicatorScope,
} from "../auth/permissions";
import { dateFromKey, localDateKey } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { storeAttachments, takeEvidence } from "../files/attach";
import { indicatorSlots } from "./codes";
import { deleteIndicatorSchema, indicatorSchema, valueFileSchema, valueSchema, type IndicatorInput } from "./schemas";
import { readValueFile } from "./value-file";
import { applyValueImport, previewValueImport } from "./value-import";
import { appendValue, currentRevision, periodForEntry } from "./value-write";
import { checkValue } from "./value-rules";

/**
 * The indicator of the action's commune and its scope for the row-level checks, or "not found". The
 * wrapper has already checked that the user may see the commune.
 */
export async function loadIndicator(tx: Tx, commune: CommuneScope, indicatorId: string) {
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, communeId: commune.communeId } });
  if (!indicator) notFound();
  const scope: IndicatorScope = {
    communeId: commune.communeId,
    provinceId: commune.provinceId,
    responsibleUnitId: indicator.responsibleUnitId,
  };
  return { indicator, scope };
}

/** Unit and tasks named in the form must be the commune's own (ids of other tenants are refused). */
async function checkReferences(tx: Tx, input: IndicatorInput) {
  const { communeId, planId } = input;
  if (input.responsibleUnitId) {
    const unit = await tx.unit.findFirst({
      where: { id: input.responsibleUnitId, communeId, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
    });
    if (!unit)
      throw new AppError("VALIDATION", "Đơn vị chịu trách nhiệm không thuộc xã này.", { responsibleUnitId: ["Chọn đơn vị của xã"] });
  }
  const taskIds = [...new Set(input.taskIds)];
  if (taskIds.length) {
    const found = await tx.task.count({ where: { id: { in: taskIds }, communeId, planId } });
    if (found !== taskIds.length)
      throw new AppError("VALIDATION", "Có nhiệm vụ liên quan không thuộc kế hoạch này.", { taskIds: ["Chọn nhiệm vụ của kế hoạch"] });
  }
  if (input.catalogCode && !(await tx.indicatorCatalogEntry.findUnique({ where: { code: input.catalogCode } }))) {
    throw new AppError("VALIDATION", "Mã danh mục chỉ tiêu không tồn tại.", { catalogCode: ["Chọn chỉ tiêu trong danh mục"] });
  }
  return taskIds;
}

function definition(input: IndicatorInput) {
  const ratio = input.measure === "RATIO";
  return {
    catalogCode: input.catalogCode,
    name: input.name,
    unit: input.unit,
    comparison: input.comparison,
    measure: input.measure,
    target: input.target,
    dueDate: dateFromKey(input.dueDate),
    target2: input.target2,
    dueDate2: input.dueDate2 ? dateFromKey(input.dueDate2) : null,
    baselineValue: input.baselineValue,
    baselineDate: input.baselineDate ? dateFromKey(input.baselineDate) : null,
    numeratorLabel: ratio ? input.numeratorLabel : null,
    denominatorLabel: ratio ? input.denominatorLabel : null,
    method: input.method,
    frequency: input.frequency,
    responsibleUnitId: input.responsibleUnitId,
  };
}

export const saveIndicator = defineAction({
  name: "indicators.save",
  schema: indicatorSchema,
  permission: canManageIndicators,
  async run(ctx) {
    const { input, tx, commune: scope } = ctx;
    const plan = await tx.plan.findFirst({ where: { id: input.planId, communeId: scope.communeId }, select: { id: true } });
    if (!plan) notFound();
    const taskIds = await checkReferences(tx, input);
    const data = definition(input);

    if (!input.indicatorId) {
      const nextSlot = await indicatorSlots(tx, plan.id);
      const created = await tx.indicator.create({
        data: {
          ...data,
          communeId: scope.communeId,
          planId: plan.id,
          ...nextSlot(),
          tasks: { create: taskIds.map((taskId) => ({ taskId, communeId: scope.communeId })) },
        },
      });
      await ctx.audit("indicators.create", { type: "Indicator", id: created.id }, { after: input });
      return { indicatorId: created.id, version: created.version };
    }

    const { indicator } = await loadIndicator(tx, scope, input.indicatorId);
    if (indicator.planId !== plan.id) notFound();
    // Stored values were entered per period in a unit and a way of measuring: changing those would
    // make the history mean something else (and old period keys uncorrectable).
    const changesMeaning = indicator.frequency !== input.frequency || indicator.unit !== input.unit || indicator.measure !== input.measure;
    if (changesMeaning && (await tx.indicatorValue.count({ where: { indicatorId: indicator.id } })) > 0) {
      throw new AppError(
        "VALIDATION",
        "Chỉ tiêu đã có số liệu nên không đổi được đơn vị tính, cách đo hay tần suất. Hãy tạo chỉ tiêu mới nếu cần.",
        {
          measure: ["Không đổi được khi đã có số liệu"],
        },
      );
    }
    const res = await tx.indicator.updateMany({
      where: { id: indicator.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (res.count === 0)
      throw new AppError(
        "CONFLICT",
        "Chỉ tiêu vừa được người khác sửa. Nội dung bạn nhập vẫn được giữ: hãy tải lại trang để xem bản mới rồi sửa lại.",
      );
    await tx.indicatorTask.deleteMany({ where: { indicatorId: indicator.id } });
    await tx.indicatorTask.createMany({
      data: taskIds.map((taskId) => ({ indicatorId: indicator.id, taskId, communeId: scope.communeId })),
    });
    await ctx.audit(
      "indicators.edit",
      { type: "Indicator", id: indicator.id },
      { before: { ...indicator, target: Number(indicator.target) }, after: input },
    );
    return { indicatorId: indicator.id, version: indicator.version + 1 };
  },
});

export const deleteIndicator = defineAction({
  name: "indicators.delete",
  schema: deleteIndicatorSchema,
  permission: canManageIndicators,
  async run(ctx) {
    const { input, tx } = ctx;
    const { indicator } = await loadIndicator(tx, ctx.commune, input.indicatorId);
    // Values are official figures: an indicator that has any is kept (its history too).
    if ((await tx.indicatorValue.count({ where: { indicatorId: indicator.id } })) > 0) {
      throw new AppError("VALIDATION", "Chỉ tiêu đã có số liệu nên không xóa được (để giữ lịch sử số liệu).");
    }
    const res = await tx.indicator.deleteMany({ where: { id: indicator.id, version: input.version } });
    if (res.count === 0) throw new AppError("CONFLICT");
    await ctx.audit(
      "indicators.delete",
      { type: "Indicator", id: indicator.id },
      { before: { code: indicator.code, name: indicator.name } },
    );
    return { planId: indicator.planId };
  },
});

export const enterIndicatorValue = defineAction({
  name: "indicators.enterValue",
  schema: valueSchema,
  permission: canEnterIndicatorValues,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const { indicator, scope } = await loadIndicator(tx, ctx.commune, input.indicatorId);
    if (!canEnterIndicatorValue(user, scope)) {
      throw new AppError(
        "FORBIDDEN",
        "Chỉ cán bộ đơn vị chịu trách nhiệm, Phòng Văn hóa - Xã hội hoặc quản trị được nhập số liệu chỉ tiêu này.",
      );
    }
    const period = periodForEntry(input.periodKey, indicator.frequency, localDateKey(new Date()));
    const checked = checkValue(indicator, input);
    if (!checked.ok) {
      const fieldErrors = Object.fromEntries(Object.entries(checked.errors).map(([k, m]) => [k, [m]]));
      throw new AppError("VALIDATION", Object.values(checked.errors)[0], fieldErrors);
    }
    const files = await takeEvidence(ctx, indicator.communeId, input);
    const current = await currentRevision(tx, indicator.id, period.key);
    const row = await appendValue(ctx, {
      indicator,
      period,
      checked,
      baseRevision: input.baseRevision,
      current,
      sourceNote: input.sourceNote,
      correctionReason: input.correctionReason,
    });
    const attachmentIds = await storeAttachments(ctx, files, {
      communeId: indicator.communeId,
      indicatorValueId: row.id,
      uploadedById: user.id,
    });
    if (attachmentIds.length) {
      await ctx.audit("indicators.attachEvidence", { type: "Indicator", id: indicator.id }, { valueId: row.id, attachmentIds });
    }
    return { valueId: row.id, revision: row.revision };
  },
});

export const importIndicatorValues = defineAction({
  name: "indicators.importValues",
  schema: valueFileSchema.extend({ mode: z.enum(["preview", "apply"], { message: "Thiếu bước nhập" }) }),
  permission: canImportIndicatorValues,
  async run(ctx) {
    // Who may enter which indicator is decided per row; the wrapper checked the commune-level gate.
    const { user, input, tx, commune: scope } = ctx;
    const plan = await tx.plan.findFirst({ where: { id: input.planId, communeId: scope.communeId }, select: { id: true } });
    if (!plan) notFound();
    const read = await readValueFile(input.file.name, Buffer.from(await input.file.arrayBuffer()));
    if (!read.ok) throw new AppError("VALIDATION", read.message, { file: [read.message] });
    if (read.rows.length === 0)
      throw new AppError("VALIDATION", "Tệp không có dòng số liệu nào.", { file: ["Tệp không có dòng số liệu nào"] });
    const target = { ...scope, planId: plan.id };
    const today = localDateKey(new Date());
    if (input.mode === "preview") return { applied: false, written: 0, ...(await previewValueImport(tx, user, target, read.rows, today)) };
    const { plan: checked, written } = await applyValueImport(ctx, target, read.rows, today, input.file.name);
    if (checked.counts.error > 0) {
      throw new AppError(
        "VALIDATION",
        `Tệp còn ${checked.counts.error} dòng lỗi: chưa nhập dòng nào. Sửa tệp rồi tải lên lại.`,
        undefined,
        { ...checked },
      );
    }
    return { applied: true, written, ...checked };
  },
});
