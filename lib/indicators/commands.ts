// Mutations of KPIs: definitions (create, edit with version check, delete while it has no values) and
// values (entry and correction). Each loads the indicator with its commune and decides with the named
// permission checks; values are append-only revisions, so nothing entered is ever overwritten.
import { z } from "zod";
import { defineAction, notFound } from "../actions/safe-action";
import { communeForWrite } from "../actions/tenant";
import { audit } from "../audit/write";
import { canEnterIndicatorValue, canManageIndicators, canViewCommune, type IndicatorScope, type Viewer } from "../auth/permissions";
import { dateFromKey, localDateKey } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { checkFiles, storeAttachments } from "../files/attach";
import { indicatorSlots } from "./codes";
import { deleteIndicatorSchema, indicatorSchema, valueFileSchema, valueSchema, type IndicatorInput } from "./schemas";
import { readValueFile } from "./value-file";
import { applyValueImport, previewValueImport } from "./value-import";
import { appendValue, currentRevision, periodForEntry } from "./value-write";
import { checkValue } from "./value-rules";

const managers = (u: Viewer) => u.role === "COORDINATOR" || u.role === "ADMIN";
const enterers = (u: Viewer) => u.role === "COORDINATOR" || u.role === "ADMIN" || u.role === "UNIT_STAFF";

/** The indicator and its tenant scope, or "not found" when it is not one the user may see. */
export async function loadIndicator(tx: Tx, user: Viewer, communeId: string, indicatorId: string) {
  const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, communeId } });
  if (!indicator) notFound();
  const commune = await tx.unit.findFirst({ where: { id: communeId }, select: { provinceId: true } });
  const scope: IndicatorScope = { communeId, provinceId: commune?.provinceId ?? "", responsibleUnitId: indicator.responsibleUnitId };
  if (!canViewCommune(user, scope)) notFound();
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
  name: "saveIndicator",
  schema: indicatorSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const scope = await communeForWrite(tx, user, input.communeId, canManageIndicators);
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
      await audit(tx, {
        communeId: scope.communeId,
        actorId: user.id,
        action: "indicator.create",
        entityType: "Indicator",
        entityId: created.id,
        data: { after: input },
      });
      return { indicatorId: created.id, version: created.version };
    }

    const { indicator } = await loadIndicator(tx, user, scope.communeId, input.indicatorId);
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
    await audit(tx, {
      communeId: scope.communeId,
      actorId: user.id,
      action: "indicator.edit",
      entityType: "Indicator",
      entityId: indicator.id,
      data: { before: { ...indicator, target: Number(indicator.target) }, after: input },
    });
    return { indicatorId: indicator.id, version: indicator.version + 1 };
  },
});

export const deleteIndicator = defineAction({
  name: "deleteIndicator",
  schema: deleteIndicatorSchema,
  allow: managers,
  async run({ user, input, tx }) {
    const scope = await communeForWrite(tx, user, input.communeId, canManageIndicators);
    const { indicator } = await loadIndicator(tx, user, scope.communeId, input.indicatorId);
    // Values are official figures: an indicator that has any is kept (its history too).
    if ((await tx.indicatorValue.count({ where: { indicatorId: indicator.id } })) > 0) {
      throw new AppError("VALIDATION", "Chỉ tiêu đã có số liệu nên không xóa được (để giữ lịch sử số liệu).");
    }
    const res = await tx.indicator.deleteMany({ where: { id: indicator.id, version: input.version } });
    if (res.count === 0) throw new AppError("CONFLICT");
    await audit(tx, {
      communeId: scope.communeId,
      actorId: user.id,
      action: "indicator.delete",
      entityType: "Indicator",
      entityId: indicator.id,
      data: { before: { code: indicator.code, name: indicator.name } },
    });
    return { planId: indicator.planId };
  },
});

export const enterIndicatorValue = defineAction({
  name: "enterIndicatorValue",
  schema: valueSchema,
  allow: enterers,
  async run(ctx) {
    const { user, input, tx } = ctx;
    const { indicator, scope } = await loadIndicator(tx, user, input.communeId, input.indicatorId);
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
    const files = await checkFiles(input.files);
    const current = await currentRevision(tx, indicator.id, period.key);
    const row = await appendValue(tx, user, {
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
      await audit(tx, {
        communeId: indicator.communeId,
        actorId: user.id,
        action: "indicator.evidence",
        entityType: "Indicator",
        entityId: indicator.id,
        data: { valueId: row.id, attachmentIds },
      });
    }
    return { valueId: row.id, revision: row.revision };
  },
});

export const importIndicatorValues = defineAction({
  name: "importIndicatorValues",
  schema: valueFileSchema.extend({ mode: z.enum(["preview", "apply"], { message: "Thiếu bước nhập" }) }),
  allow: enterers,
  async run({ user, input, tx }) {
    // Who may enter which indicator is decided per row; here only that the commune is the user's.
    const scope = await communeForWrite(tx, user, input.communeId, canViewCommune);
    const plan = await tx.plan.findFirst({ where: { id: input.planId, communeId: scope.communeId }, select: { id: true } });
    if (!plan) notFound();
    const read = await readValueFile(input.file.name, Buffer.from(await input.file.arrayBuffer()));
    if (!read.ok) throw new AppError("VALIDATION", read.message, { file: [read.message] });
    if (read.rows.length === 0)
      throw new AppError("VALIDATION", "Tệp không có dòng số liệu nào.", { file: ["Tệp không có dòng số liệu nào"] });
    const target = { ...scope, planId: plan.id };
    const today = localDateKey(new Date());
    if (input.mode === "preview") return { applied: false, written: 0, ...(await previewValueImport(tx, user, target, read.rows, today)) };
    const { plan: checked, written } = await applyValueImport(tx, user, target, read.rows, today, input.file.name);
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
