// Which plan and period a reports page is about, read from the URL (?ke-hoach=…&loai=…&ky=…).
import { dateOnlyKey, localDateKey } from "../dates";
import { searchParam, type SearchParams } from "../validation/search-params";
import {
  REPORT_PERIOD_KINDS,
  reportPeriodContaining,
  reportPeriodFromKey,
  reportPeriodsBetween,
  type ReportPeriod,
  type ReportPeriodKind,
  type WeekStartDay,
} from "./periods";

export type PlanForPeriods = { id: string; periodStart: Date | null; createdAt: Date; reportWeekStart: number };

export type PeriodSelection = { planId: string; kind: ReportPeriodKind; period: ReportPeriod; choices: ReportPeriod[] };

/**
 * The periods offered run from the plan's start to today: a plan's work (and its reporting)
 * continues while tasks stay open after its nominal end, and a period that has not begun has
 * nothing to report. The default is the period running today.
 */
export function readPeriodSelection<P extends PlanForPeriods>(
  params: SearchParams,
  plans: readonly P[],
  today: string,
): (PeriodSelection & { plan: P }) | null {
  const plan = plans.find((p) => p.id === searchParam(params, "ke-hoach")) ?? plans[0];
  if (!plan) return null;
  const weekStart = plan.reportWeekStart as WeekStartDay;
  const kindParam = searchParam(params, "loai") as ReportPeriodKind;
  const picked = reportPeriodFromKey(searchParam(params, "ky"), weekStart);
  const kind = REPORT_PERIOD_KINDS.includes(kindParam) ? kindParam : (picked?.kind ?? "MONTH");
  // periodStart is a SQL DATE; createdAt an instant, whose day is the local one.
  const from = plan.periodStart ? dateOnlyKey(plan.periodStart) : localDateKey(plan.createdAt);
  const choices = reportPeriodsBetween(from < today ? from : today, today, kind, weekStart);
  // From 15/6 (15/9) to 14/12 no 6-month (9-month) period runs: the latest one begun is the default.
  const current = reportPeriodContaining(today, kind, weekStart);
  const period =
    picked && picked.kind === kind && picked.start <= today ? picked : current.start <= today ? current : (choices[0] ?? current);
  return { plan, planId: plan.id, kind, period, choices };
}

/** Query string of a selection, for links between the reports pages. */
export function selectionQuery(s: { planId: string; period: ReportPeriod }): string {
  return new URLSearchParams({ "ke-hoach": s.planId, loai: s.period.kind, ky: s.period.key }).toString();
}
