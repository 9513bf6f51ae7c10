// "Đã báo cáo": a unit confirms it has updated its tasks for a period; the standing office reminds
// the units that have not (an in-app notification, and an e-mail when SMTP is configured).
import { defineAction, notFound } from "../actions/safe-action";
import { canCompileReports, canConfirmReported, canReportProgress } from "../auth/permissions";
import { dateFromKey, formatDateTime } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { portalLink, type MailMessage } from "../notifications/mail";
import { planPeriod } from "./commands";
import { progressReportSince, type ReportPeriod } from "./periods";
import { confirmReportedSchema, remindUnitsSchema } from "./schemas";
import { routes } from "../routes";

/** The notification topic of a reminder: lets the page show when a unit was last reminded. */
export const reminderTopic = (planId: string, periodKey: string, unitId: string) => `remind:${planId}:${periodKey}:${unitId}`;

/** Open tasks the unit leads in the plan with no progress report since the period began. */
export async function tasksMissingUpdate(tx: Tx, communeId: string, planId: string, unitId: string, period: ReportPeriod) {
  return tx.task.findMany({
    where: {
      communeId,
      planId,
      workStatus: { not: "DONE" },
      units: { some: { unitId, role: "LEAD" } },
      updates: { none: progressReportSince(period) },
    },
    orderBy: { sortOrder: "asc" },
    select: { code: true },
  });
}

export const confirmReported = defineAction({
  name: "reports.confirmReported",
  schema: confirmReportedSchema,
  permission: canReportProgress,
  run: async (ctx) => {
    const { user, input, tx, commune: scope } = ctx;
    const unitId = user.unitId ?? notFound();
    if (!canConfirmReported(user, scope, unitId)) throw new AppError("FORBIDDEN");
    const now = new Date();
    const { plan, period } = await planPeriod(tx, scope.communeId, input.planId, input.periodKey, now);
    const leads = await tx.taskUnit.count({ where: { communeId: scope.communeId, unitId, role: "LEAD", task: { planId: plan.id } } });
    if (leads === 0) throw new AppError("VALIDATION", "Đơn vị của bạn không chủ trì nhiệm vụ nào của kế hoạch này.");
    const had = await tx.reportSubmission.findUnique({
      where: { planId_periodKey_unitId: { planId: plan.id, periodKey: period.key, unitId } },
      select: { confirmedAt: true },
    });
    if (had) throw new AppError("DUPLICATE", `Đơn vị đã xác nhận báo cáo ${period.label} lúc ${formatDateTime(had.confirmedAt)}.`);
    const missing = await tasksMissingUpdate(tx, scope.communeId, plan.id, unitId, period);
    if (missing.length > 0) {
      const codes = missing.map((t) => t.code);
      const list = codes.length > 8 ? `${codes.slice(0, 8).join(", ")} và ${codes.length - 8} nhiệm vụ khác` : codes.join(", ");
      throw new AppError(
        "VALIDATION",
        `Còn ${codes.length} nhiệm vụ đơn vị chủ trì chưa cập nhật tiến độ từ ngày bắt đầu kỳ (${list}). Hãy cập nhật trước khi xác nhận đã báo cáo.`,
        undefined,
        { missing: codes },
      );
    }
    const row = await tx.reportSubmission.create({
      data: {
        communeId: scope.communeId,
        planId: plan.id,
        periodKey: period.key,
        periodStart: dateFromKey(period.start),
        periodEnd: dateFromKey(period.end),
        unitId,
        confirmedById: user.id,
      },
      select: { id: true },
    });
    // The reminders about this period have done their job.
    await tx.notification.updateMany({ where: { topic: reminderTopic(plan.id, period.key, unitId), readAt: null }, data: { readAt: now } });
    await ctx.audit("reports.confirmReported", { type: "ReportSubmission", id: row.id }, { planId: plan.id, period: period.key, unitId });
    return { periodLabel: period.label };
  },
});

export const remindUnits = defineAction({
  name: "reports.remind",
  schema: remindUnitsSchema,
  permission: canCompileReports,
  run: async (ctx) => {
    const { input, tx, commune: scope } = ctx;
    const now = new Date();
    const { plan, period } = await planPeriod(tx, scope.communeId, input.planId, input.periodKey, now);
    const planRow = await tx.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { number: true, title: true } });
    const units = await tx.unit.findMany({
      where: {
        id: { in: input.unitIds },
        communeId: scope.communeId,
        taskUnits: { some: { role: "LEAD", task: { planId: plan.id } } },
      },
      select: {
        id: true,
        name: true,
        users: { where: { active: true, role: "UNIT_STAFF" }, select: { id: true, email: true } },
        submissions: { where: { planId: plan.id, periodKey: period.key }, select: { id: true } },
      },
    });
    if (units.length !== new Set(input.unitIds).size) notFound();
    const unconfirmed = units.filter((u) => u.submissions.length === 0);
    if (unconfirmed.length === 0) throw new AppError("VALIDATION", "Các đơn vị đã chọn đều đã xác nhận báo cáo kỳ này.");
    // A unit without a staff account cannot be reached here: said back, not counted as reminded.
    const withoutAccount = unconfirmed.filter((u) => u.users.length === 0).map((u) => u.name);
    const pending = unconfirmed.filter((u) => u.users.length > 0);
    if (pending.length === 0) {
      throw new AppError("VALIDATION", `Các đơn vị đã chọn chưa có tài khoản cán bộ để nhận nhắc nhở: ${withoutAccount.join(", ")}.`);
    }
    const planName = planRow.number ? `Kế hoạch số ${planRow.number}` : "Kế hoạch chuyển đổi số";
    const title = `Nhắc báo cáo ${period.label}`;
    const body = `Phòng Văn hóa - Xã hội đề nghị đơn vị cập nhật tiến độ các nhiệm vụ chủ trì của ${planName} và xác nhận đã báo cáo ${period.label} (${period.range}).`;
    const href = routes.commune(scope.communeId).confirmReported({ planId: plan.id, periodKey: period.key });
    const recipients = pending.flatMap((unit) => unit.users.map((u) => ({ ...u, topic: reminderTopic(plan.id, period.key, unit.id) })));
    await tx.notification.createMany({
      data: recipients.map((u) => ({ communeId: scope.communeId, userId: u.id, title, body, href, topic: u.topic })),
    });
    const notified = recipients.length;
    const mails: MailMessage[] = recipients
      .filter((u) => u.email)
      .map((u) => ({ to: u.email!, subject: `[Chuyển đổi số] ${title}`, text: `${body}\n\nXem và xác nhận: ${portalLink(href)}` }));
    await ctx.audit("reports.remind", { type: "Plan", id: plan.id }, { period: period.key, units: pending.map((u) => u.id), notified });
    return { units: pending.length, notified, withoutAccount, mails };
  },
});
