// The month's cut-off (NĐ 09/2019: a month runs 15th–14th; the "Xác nhận báo cáo" page asks about
// it, lib/dashboard/action-lists.ts confirmationPeriod). A few working days before the end, every
// lead unit that still has open work in an active plan and has not confirmed "đã báo cáo" for it is
// reminded, exactly as the standing office's "Nhắc" button would (same link, same topic, so the
// periods page shows "đã nhắc" and confirming marks it read). On the first working day after the
// end, the standing office gets the units still missing, per plan, instead of finding out itself.
import { openItems, reminderTopic } from "../../reports/open-items";
import { staffOf } from "./task-queries";
import type { ReportPeriod } from "../../reports/periods";
import { formatDateKey } from "../../dates";
import { ACTIVE_PLAN } from "../../plans/active";
import { routes } from "../../routes";
import { standingOfficeOf } from "../../notifications/recipients";
import type { PlannedMessage, Rule, RuleContext } from "../schedule";
import { cutoffReminderPeriod, missingListPeriod } from "./when";
import { bulletList } from "./wording";

type PlanRow = { id: string; number: string | null; title: string };

const planName = (p: Pick<PlanRow, "number" | "title">) => (p.number ? `Kế hoạch số ${p.number}` : p.title);

/** Per active plan: the lead units with open work there and no "đã báo cáo" for the period, with their open item count. */
export async function unconfirmedUnits(ctx: Pick<RuleContext, "tx" | "commune">, period: ReportPeriod) {
  const plans: PlanRow[] = await ctx.tx.plan.findMany({
    where: { communeId: ctx.commune.id, ...ACTIVE_PLAN },
    select: { id: true, number: true, title: true },
    orderBy: { createdAt: "asc" },
  });
  const result: { plan: PlanRow; units: Map<string, number> }[] = [];
  for (const plan of plans) {
    const items = await openItems(ctx.tx, ctx.commune.id, plan.id, period);
    const confirmed = new Set(
      (
        await ctx.tx.reportSubmission.findMany({
          where: { communeId: ctx.commune.id, planId: plan.id, periodKey: period.key },
          select: { unitId: true },
        })
      ).map((s) => s.unitId),
    );
    const units = new Map<string, number>();
    for (const i of items) if (!confirmed.has(i.unitId)) units.set(i.unitId, (units.get(i.unitId) ?? 0) + 1);
    if (units.size) result.push({ plan, units });
  }
  return result;
}

export const periodReminder: Rule = {
  name: "period-reminder",
  slot: (ctx) => cutoffReminderPeriod(ctx)?.key ?? null,
  async plan(ctx) {
    const period = cutoffReminderPeriod(ctx)!;
    const staff = await staffOf(ctx);
    const messages: PlannedMessage[] = [];
    for (const { plan, units } of await unconfirmedUnits(ctx, period)) {
      for (const [unitId, open] of units) {
        const userIds = staff.get(unitId) ?? [];
        // Without an account nobody can confirm: the office hears of it in the missing list.
        if (userIds.length === 0) continue;
        messages.push({
          kind: "PERIOD_REMINDER",
          userIds,
          title: `Sắp hết kỳ báo cáo ${period.label}`,
          body: `${period.label} (${period.range}) kết thúc ngày ${formatDateKey(period.end)}. Đơn vị còn ${open} nhiệm vụ chủ trì của ${planName(plan)} và chưa xác nhận đã báo cáo: hãy cập nhật tiến độ rồi xác nhận trước khi hết kỳ.`,
          href: routes.commune(ctx.commune.id).confirmReported({ planId: plan.id, periodKey: period.key }),
          topic: reminderTopic(plan.id, period.key, unitId),
          data: { planId: plan.id, periodKey: period.key, unitId, open },
          dedupeKey: `period:${plan.id}:${period.key}:${unitId}`,
        });
      }
    }
    return messages;
  },
};

export const periodMissing: Rule = {
  name: "period-missing",
  slot: (ctx) => missingListPeriod(ctx)?.key ?? null,
  async plan(ctx) {
    const period = missingListPeriod(ctx)!;
    const missing = await unconfirmedUnits(ctx, period);
    if (missing.length === 0) return [];
    const userIds = await standingOfficeOf(ctx.tx, ctx.commune);
    if (userIds.length === 0) return [];
    const staff = await staffOf(ctx);
    const unitIds = [...new Set(missing.flatMap((m) => [...m.units.keys()]))];
    const names = new Map(
      (await ctx.tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
    );
    const plans = missing.map(({ plan, units }) => ({
      planId: plan.id,
      plan: planName(plan),
      units: [...units.keys()].map((unitId) => ({ unitId, name: names.get(unitId) ?? unitId, hasAccount: staff.has(unitId) })),
    }));
    const lines = plans.map(
      (p) => `${p.plan}: ${p.units.map((u) => (u.hasAccount ? u.name : `${u.name} (chưa có tài khoản)`)).join("; ")}`,
    );
    return [
      {
        kind: "PERIOD_MISSING",
        userIds,
        title: `${unitIds.length} đơn vị chưa báo cáo ${period.label}`,
        body: `${period.label} (${period.range}) đã kết thúc. Đơn vị chưa xác nhận đã báo cáo:\n${bulletList(lines)}`,
        href: routes.commune(ctx.commune.id).reports({ planId: plans.length === 1 ? plans[0]!.planId : undefined, periodKey: period.key }),
        data: { periodKey: period.key, plans },
        dedupeKey: `period-missing:${period.key}`,
      },
    ];
  },
};
