// Closing a reporting period in one sitting (issue 18 §2): the unit's open items of the period, and
// the one submit that reports on every item still without an update ("không thay đổi so với kỳ
// trước" or a real report) and confirms "đã báo cáo", all in one transaction. The standing office
// does the same for a unit that has no active account ("báo cáo thay"). `openItems`, the one rule of
// "what a unit still has open in a period", lives in ./open-items.ts and is re-exported here.
import { defineAction, notFound, type ActionContext } from "../actions/safe-action";
import { canCloseReportingPeriod, canConfirmReported, canReportOnBehalf } from "../auth/permissions";
import { dateFromKey, formatDateTime } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { recordProgress, type ProgressReport } from "../tasks/progress";
import { planPeriod } from "./commands";
import { openItems, reminderTopic, type OpenItem } from "./open-items";
import type { ReportPeriod } from "./periods";
import { closePeriodSchema, type ClosePeriodItem } from "./schemas";

export { decideOpenItems, openItems, reminderTopic, type LastReport, type OpenItem } from "./open-items";

/** The result text of a "không thay đổi" row: the fixed words, then the unit's note. */
export const unchangedText = (note: string) => ["Không thay đổi so với kỳ trước.", note.trim()].filter(Boolean).join(" ");

/** Units leading tasks of the plan that no active account belongs to (any role): the ones the office may report for. */
export async function unitsWithoutAccount(tx: Tx, communeId: string, planId: string) {
  return tx.unit.findMany({
    where: {
      communeId,
      taskUnits: { some: { role: "LEAD", task: { planId } } },
      users: { none: { active: true } },
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** "12 nhiệm vụ: 1.1, 1.2, … và 4 nhiệm vụ khác" */
export function codeList(codes: readonly string[]): string {
  return codes.length > 8 ? `${codes.slice(0, 8).join(", ")} và ${codes.length - 8} nhiệm vụ khác` : codes.join(", ");
}

/** Refuses a second confirmation of the same unit and period, saying when the first one was made. */
export async function refuseIfConfirmed(tx: Tx, planId: string, period: ReportPeriod, unitId: string) {
  const had = await tx.reportSubmission.findUnique({
    where: { planId_periodKey_unitId: { planId, periodKey: period.key, unitId } },
    select: { confirmedAt: true },
  });
  if (had) throw new AppError("DUPLICATE", `Đơn vị đã xác nhận báo cáo ${period.label} lúc ${formatDateTime(had.confirmedAt)}.`);
}

/** Writes the confirmation; the reminders about this period have done their job. */
export async function writeSubmission(
  tx: Tx,
  communeId: string,
  planId: string,
  period: ReportPeriod,
  unitId: string,
  by: { userId: string; onBehalf: boolean },
) {
  const row = await tx.reportSubmission.create({
    data: {
      communeId,
      planId,
      periodKey: period.key,
      periodStart: dateFromKey(period.start),
      periodEnd: dateFromKey(period.end),
      unitId,
      confirmedById: by.userId,
      onBehalf: by.onBehalf,
    },
    select: { id: true },
  });
  await tx.notification.updateMany({
    where: { topic: reminderTopic(planId, period.key, unitId), readAt: null },
    data: { readAt: new Date() },
  });
  return row;
}

type Ctx = ActionContext<unknown>;

/** The unit the submit reports for: the user's own, or (the standing office) a unit without an active account. */
async function reportingUnit(ctx: Ctx, unitId: string | null): Promise<{ id: string; name: string; onBehalf: boolean }> {
  const { user, tx, commune: scope } = ctx;
  if (!unitId || unitId === user.unitId) {
    if (!user.unitId || !canConfirmReported(user, scope, user.unitId)) {
      throw new AppError("FORBIDDEN", "Chọn đơn vị được báo cáo thay: tài khoản của bạn không thuộc đơn vị chủ trì nào.");
    }
    const own = await tx.unit.findFirst({ where: { id: user.unitId, communeId: scope.communeId }, select: { id: true, name: true } });
    return { ...(own ?? notFound()), onBehalf: false };
  }
  if (!canReportOnBehalf(user, scope)) throw new AppError("FORBIDDEN", "Chỉ Văn phòng thường trực được báo cáo thay đơn vị khác.");
  const unit = await tx.unit.findFirst({
    where: { id: unitId, communeId: scope.communeId },
    select: { id: true, name: true, _count: { select: { users: { where: { active: true } } } } },
  });
  if (!unit) notFound();
  if (unit._count.users > 0) {
    throw new AppError(
      "FORBIDDEN",
      `${unit.name} có tài khoản đang hoạt động: đơn vị tự cập nhật và xác nhận báo cáo, Văn phòng không báo cáo thay.`,
    );
  }
  return { id: unit.id, name: unit.name, onBehalf: true };
}

/** What recordProgress writes for one row: a "không thay đổi" row keeps the item's status and progress. */
function reportOf(item: OpenItem, row: ClosePeriodItem): ProgressReport {
  if (row.mode === "unchanged") {
    return {
      workStatus: item.workStatus,
      progress: item.progress,
      result: unchangedText(row.note),
      difficulties: "",
      proposals: "",
      completedDate: null,
      version: row.version,
    };
  }
  const { taskId: _taskId, mode: _mode, ...report } = row;
  return report;
}

export const closePeriod = defineAction({
  name: "reports.closePeriod",
  schema: closePeriodSchema,
  permission: canCloseReportingPeriod,
  run: async (ctx) => {
    const { user, input, tx, commune: scope } = ctx;
    const { plan, period } = await planPeriod(tx, scope.communeId, input.planId, input.periodKey, new Date());
    const unit = await reportingUnit(ctx, input.unitId);
    const leads = await tx.taskUnit.count({
      where: { communeId: scope.communeId, unitId: unit.id, role: "LEAD", task: { planId: plan.id } },
    });
    if (leads === 0) throw new AppError("VALIDATION", `${unit.name} không chủ trì nhiệm vụ nào của kế hoạch này.`);
    await refuseIfConfirmed(tx, plan.id, period, unit.id);

    const items = await openItems(tx, scope.communeId, plan.id, period, [unit.id]);
    const open = new Map(items.map((i) => [i.taskId, i]));
    const unknown = input.items.filter((r) => !open.has(r.taskId)).map((r) => r.taskId);
    if (unknown.length > 0) {
      const gone = await tx.task.findMany({ where: { id: { in: unknown }, communeId: scope.communeId }, select: { code: true } });
      throw new AppError(
        "VALIDATION",
        `Nhiệm vụ ${codeList(gone.map((t) => t.code)) || "đã gửi"} không còn là việc đang mở của đơn vị (đã hoàn thành, “không phát sinh” hoặc không còn giao cho đơn vị). Chưa có gì được gửi: tải lại trang để xem danh sách mới.`,
        undefined,
        { gone: gone.map((t) => t.code) },
      );
    }
    const sent = new Map(input.items.map((r) => [r.taskId, r]));
    const uncovered = items.filter((i) => !i.updatedAt && !sent.has(i.taskId)).map((i) => i.code);
    if (uncovered.length > 0) {
      throw new AppError(
        "VALIDATION",
        `Còn ${uncovered.length} nhiệm vụ chưa có trong biểu mẫu và chưa cập nhật trong kỳ (${codeList(uncovered)}), có thể vừa được giao. Chưa có gì được gửi: tải lại trang (nội dung đã nhập được giữ trong trình duyệt) rồi gửi lại.`,
        undefined,
        { missing: uncovered },
      );
    }

    const updateIds: string[] = [];
    for (const item of items) {
      const row = sent.get(item.taskId);
      if (!row) continue;
      try {
        const task = { id: item.taskId, communeId: scope.communeId, ...item };
        const done = await recordProgress(ctx, task, unit.id, reportOf(item, row), {
          unchanged: row.mode === "unchanged",
          onBehalf: unit.onBehalf,
        });
        updateIds.push(done.updateId);
      } catch (err) {
        throw namedRefusal(err, item);
      }
    }

    const submission = await writeSubmission(tx, scope.communeId, plan.id, period, unit.id, { userId: user.id, onBehalf: unit.onBehalf });
    const unchanged = input.items.filter((r) => r.mode === "unchanged").length;
    await ctx.audit(
      "reports.closePeriod",
      { type: "ReportSubmission", id: submission.id },
      {
        planId: plan.id,
        period: period.key,
        unitId: unit.id,
        ...(unit.onBehalf ? { onBehalfOfUnitId: unit.id } : {}),
        updateIds,
        unchangedCount: unchanged,
      },
    );
    return { periodLabel: period.label, unitName: unit.name, onBehalf: unit.onBehalf, updates: updateIds.length, unchanged };
  },
});

/**
 * A refusal of one row becomes the refusal of the whole submit (the transaction rolls back), naming
 * the task, so that the person finds the row among eighteen; a conflict carries the item's state now.
 */
function namedRefusal(err: unknown, item: OpenItem): unknown {
  if (!(err instanceof AppError) || (err.code !== "CONFLICT" && err.code !== "VALIDATION")) return err;
  const name = `Nhiệm vụ ${item.code} “${item.title}”`;
  if (err.code === "VALIDATION") return new AppError("VALIDATION", `${name}: ${err.message}`, undefined, { taskId: item.taskId });
  return new AppError(
    "CONFLICT",
    `${name} vừa được cập nhật bởi người khác. Chưa có gì được gửi; nội dung bạn nhập ở mọi dòng vẫn được giữ: xem lại dòng này (tình trạng, tiến độ mới) rồi bấm gửi lại.`,
    undefined,
    { taskId: item.taskId, ...(err.details ?? {}) },
  );
}
