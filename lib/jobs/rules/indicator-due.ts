// "Đến kỳ nhập số liệu chỉ tiêu": on the day of the month's cut-off reminder, every KPI of an active
// plan whose own reporting period (lib/indicators/periods.ts, by its frequency) ends before the
// month period does and has no value for it yet is named to its responsible unit, one message per
// unit. A KPI nobody answers for (no responsible unit, or a unit without an account) goes to the
// standing office, which enters values for such units.
import { formatDateKey } from "../../dates";
import { periodContaining, nextPeriod, type Frequency, type Period } from "../../indicators/periods";
import { IN_ACTIVE_PLAN } from "../../plans/active";
import { routes } from "../../routes";
import { standingOfficeOf } from "../../notifications/recipients";
import { staffOf } from "./task-queries";
import type { PlannedMessage, Rule } from "../schedule";
import { cutoffReminderPeriod } from "./when";
import { bulletList, shortTitle } from "./wording";

/** The KPI periods of a frequency that end between `today` and `until` (both included): 0 or 1 in practice. */
export function periodsEndingWithin(today: string, until: string, frequency: Frequency): Period[] {
  const found: Period[] = [];
  for (let p = periodContaining(today, frequency); p.end <= until; p = nextPeriod(p)) found.push(p);
  return found;
}

type DueKpi = { indicatorId: string; code: string; name: string; periodKey: string; label: string; end: string };

const OFFICE = "office";

export const indicatorDue: Rule = {
  name: "indicator-due",
  slot: (ctx) => cutoffReminderPeriod(ctx)?.key ?? null,
  async plan(ctx) {
    const month = cutoffReminderPeriod(ctx)!;
    const indicators = await ctx.tx.indicator.findMany({
      where: { communeId: ctx.commune.id, ...IN_ACTIVE_PLAN },
      select: { id: true, code: true, name: true, frequency: true, responsibleUnitId: true },
      orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
    });
    const wanted = indicators.flatMap((i) => periodsEndingWithin(ctx.today, month.end, i.frequency).map((p) => ({ i, p })));
    if (wanted.length === 0) return [];
    const have = await ctx.tx.indicatorValue.findMany({
      where: { communeId: ctx.commune.id, indicatorId: { in: wanted.map((w) => w.i.id) }, periodKey: { in: wanted.map((w) => w.p.key) } },
      select: { indicatorId: true, periodKey: true },
      distinct: ["indicatorId", "periodKey"],
    });
    const entered = new Set(have.map((v) => `${v.indicatorId}:${v.periodKey}`));
    const staff = await staffOf(ctx);
    const byOwner = new Map<string, DueKpi[]>();
    for (const { i, p } of wanted) {
      if (entered.has(`${i.id}:${p.key}`)) continue;
      const owner = i.responsibleUnitId && staff.has(i.responsibleUnitId) ? i.responsibleUnitId : OFFICE;
      const kpi = { indicatorId: i.id, code: i.code, name: i.name, periodKey: p.key, label: p.label, end: p.end };
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), kpi]);
    }
    const to = routes.commune(ctx.commune.id);
    const messages: PlannedMessage[] = [];
    for (const [owner, kpis] of byOwner) {
      const userIds = owner === OFFICE ? await standingOfficeOf(ctx.tx, ctx.commune) : staff.get(owner)!;
      if (userIds.length === 0) continue;
      messages.push({
        kind: "INDICATOR_VALUE_DUE",
        userIds,
        title: `${kpis.length} chỉ tiêu chưa có số liệu kỳ này`,
        body: bulletList(kpis.map((k) => `${k.code} ${shortTitle(k.name)} — ${k.label}, hết kỳ ngày ${formatDateKey(k.end)}`)),
        href: owner === OFFICE ? to.indicators() : to.indicators({ unitId: owner }),
        data: { unitId: owner === OFFICE ? null : owner, indicators: kpis },
        dedupeKey: `kpi:${month.key}:${owner}`,
      });
    }
    return messages;
  },
};
