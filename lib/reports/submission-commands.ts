// "Đã báo cáo": a unit confirms it has updated its tasks for a period; the standing office reminds
// the units that have not (an in-app notification, and an e-mail when SMTP is configured).
import { defineAction, notFound } from "../actions/safe-action";
import { canCompileReports, canConfirmReported, canReportProgress } from "../auth/permissions";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import { planPeriod } from "./commands";
import { codeList, openItems, refuseIfConfirmed, reminderTopic, writeSubmission } from "./close-period";
import { confirmReportedSchema, remindUnitsSchema } from "./schemas";
import { routes } from "../routes";

// The one-sitting close (and the rule of a unit's open items) lives in ./close-period.ts; exported
// here too so that the action is found with the other commands.
export { closePeriod, reminderTopic } from "./close-period";

export const confirmReported = defineAction({
  name: "reports.confirmReported",
  schema: confirmReportedSchema,
  permission: canReportProgress,
  run: async (ctx) => {
    const { user, input, tx, commune: scope } = ctx;
    const unitId = user.unitId ?? notFound();
    if (!canConfirmReported(user, scope, unitId)) throw new AppError("FORBIDDEN");
    const { plan, period } = await planPeriod(tx, scope.communeId, input.planId, input.periodKey, new Date());
    const leads = await tx.taskUnit.count({ where: { communeId: scope.communeId, unitId, role: "LEAD", task: { planId: plan.id } } });
    if (leads === 0) throw new AppError("VALIDATION", "Đơn vị của bạn không chủ trì nhiệm vụ nào của kế hoạch này.");
    await refuseIfConfirmed(tx, plan.id, period, unitId);
    const missing = (await openItems(tx, scope.communeId, plan.id, period, [unitId])).filter((i) => !i.updatedAt);
    if (missing.length > 0) {
      const codes = missing.map((t) => t.code);
      throw new AppError(
        "VALIDATION",
        `Còn ${codes.length} nhiệm vụ đơn vị chủ trì chưa cập nhật tiến độ từ ngày bắt đầu kỳ (${codeList(codes)}). Hãy cập nhật (hoặc gửi “không thay đổi so với kỳ trước” trong biểu mẫu bên dưới) trước khi xác nhận đã báo cáo.`,
        undefined,
        { missing: codes },
      );
    }
    const row = await writeSubmission(tx, scope.communeId, plan.id, period, unitId, { userId: user.id, onBehalf: false });
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
        users: { where: { active: true, role: "UNIT_STAFF" }, select: { id: true } },
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
    // One notification per unit (its topic shows "reminded at" next to the unit on the periods page).
    let notified = 0;
    for (const unit of pending) {
      const r = await notify(tx, {
        communeId: scope.communeId,
        kind: "REPORT_REMINDER",
        userIds: unit.users.map((u) => u.id),
        title,
        body,
        href,
        topic: reminderTopic(plan.id, period.key, unit.id),
      });
      notified += r.notified;
    }
    await ctx.audit("reports.remind", { type: "Plan", id: plan.id }, { period: period.key, units: pending.map((u) => u.id), notified });
    return { units: pending.length, notified, withoutAccount };
  },
});
