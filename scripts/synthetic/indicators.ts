// KPIs of a synthetic plan: most entries of the shipped catalog (lib/indicators/catalog.ts) with
// their targets, a monthly value per Nghị định 09 period from the plan's start to the last completed
// period, and links to tasks of the responsible unit. Values follow the straight line to the target
// scaled by how well the commune (and the KPI within it) performs, so that, compared across communes,
// every status shows up: Đạt, Đúng tiến độ, Chậm, Có nguy cơ không đạt, Không đạt, Chưa có số liệu.
import { INDICATOR_CATALOG, type CatalogIndicator } from "../../lib/indicators/catalog";
import { indicatorCode } from "../../lib/indicators/codes";
import { lastCompletedPeriod, periodsBetween } from "../../lib/indicators/periods";
import { expectedValueOn, type Milestone } from "../../lib/indicators/status";
import { comparisonFromDraft, unitFromDraft } from "../../lib/indicators/vocabulary";
import type { Rng } from "./prng";
import type { IndicatorRow, IndicatorTaskRow, IndicatorValueRow } from "./rows";
import { formatDateKey } from "../../lib/dates";
import { addDays, localInstant, monthStart, officeMinute } from "./time";
import { unitKeyOf } from "./units";

export type IndicatorContext = {
  communeId: string;
  planId: string;
  planStart: string;
  today: string;
  now: Date;
  createdAt: string;
  /** How well the commune does, around 1 (on the line); drawn once per commune. */
  performance: number;
  unitIdByKey: Map<string, string>;
  staffByUnitId: Map<string, string>;
  coordinatorId: string;
  tasks: { id: string; leadUnitIds: string[] }[];
};

export type IndicatorRows = { indicators: IndicatorRow[]; values: IndicatorValueRow[]; links: IndicatorTaskRow[] };

/** KPIs whose plan sets 30% first and all of it a year later (docs/architecture.md#kpis). */
const TWO_MILESTONES = new Set(["SO_HOA_LUU_TRU", "TAP_HUAN_KY_NANG_SO"]);
/** A level measured by survey, not a count building up: it starts high. */
const LEVEL_KPIS = new Set(["HAI_LONG"]);

const SOURCE_NOTES = [
  "Số liệu từ Hệ thống thông tin giải quyết TTHC của tỉnh",
  "Báo cáo của đơn vị",
  "Tổng hợp từ phần mềm chuyên ngành",
  "",
];

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function dueDateFor(rng: Rng, today: string): string {
  const year = Number(today.slice(0, 4));
  const endOfYear = addDays(today, 30) <= `${year}-12-31` ? `${year}-12-31` : `${year + 1}-12-31`;
  switch (rng.weighted({ endOfYear: 60, midNextYear: 20, past: 20 })) {
    case "endOfYear":
      return endOfYear;
    case "midNextYear":
      return `${year + 1}-06-30`;
    default:
      return addDays(monthStart(today, -rng.int(0, 3)), -1); // end of a recent month
  }
}

function definition(rng: Rng, k: CatalogIndicator, i: number, ctx: IndicatorContext): IndicatorRow {
  const unit = unitFromDraft(k.unit);
  const dueDate = dueDateFor(rng, ctx.today);
  const second = TWO_MILESTONES.has(k.code) && dueDate >= ctx.today;
  const hasBaseline = LEVEL_KPIS.has(k.code) || rng.chance(0.4);
  const baselineShare = LEVEL_KPIS.has(k.code) ? rng.next() * 0.1 + 0.8 : rng.next() * 0.3 + 0.05;
  const target = k.defaultTarget;
  const baselineValue = unit === "COUNT" ? Math.round(k.defaultTarget * baselineShare) : Math.round(target * baselineShare * 10) / 10;
  const symbol = { ">=": "tối thiểu", ">": "trên", "=": "đạt" }[k.comparison];
  return {
    id: rng.id(),
    communeId: ctx.communeId,
    planId: ctx.planId,
    catalogCode: k.code,
    code: indicatorCode(i + 1),
    name: k.name,
    unit,
    comparison: comparisonFromDraft(k.comparison),
    target,
    dueDate,
    target2: second ? 100 : null,
    dueDate2: second ? `${Number(dueDate.slice(0, 4)) + 1}-12-31` : null,
    baselineValue: hasBaseline ? baselineValue : null,
    baselineDate: hasBaseline ? ctx.planStart : null,
    measure: unit === "PERCENT" ? k.measure : "DIRECT",
    numeratorLabel: k.measure === "RATIO" ? (k.numeratorLabel ?? null) : null,
    denominatorLabel: k.measure === "RATIO" ? (k.denominatorLabel ?? null) : null,
    method: k.method,
    frequency: "MONTHLY",
    responsibleUnitId: ctx.unitIdByKey.get(unitKeyOf(k.responsibleHint)) ?? null,
    sourceText: `Đến ngày ${formatDateKey(dueDate)}, ${k.name.charAt(0).toLowerCase()}${k.name.slice(1)} ${symbol} ${target}${unit === "PERCENT" ? "%" : ""}.`,
    sortOrder: i,
    version: 0,
    createdAt: ctx.createdAt,
    updatedAt: ctx.createdAt,
  };
}

function values(rng: Rng, ind: IndicatorRow, ctx: IndicatorContext): IndicatorValueRow[] {
  const periods = periodsBetween(ctx.planStart, lastCompletedPeriod(ctx.today, "MONTHLY").end, "MONTHLY");
  const missingAtEnd = rng.chance(0.08) ? periods.length : rng.chance(0.1) ? rng.int(1, 3) : 0;
  const filled = periods.slice(0, Math.max(0, periods.length - missingAtEnd));
  const milestones: Milestone[] = [{ target: ind.target, dueDate: ind.dueDate }];
  if (ind.target2 !== null && ind.dueDate2) milestones.push({ target: ind.target2, dueDate: ind.dueDate2 });
  const baseline = ind.baselineValue !== null && ind.baselineDate ? { value: ind.baselineValue, date: ind.baselineDate } : null;
  const factor = ctx.performance * (0.85 + rng.next() * 0.3);
  const ceiling = ind.unit === "PERCENT" ? 100 : Math.ceil(Math.max(...milestones.map((m) => m.target)) * 1.1);
  const denominatorBase = rng.int(50, 2000);
  const author = ctx.staffByUnitId.get(ind.responsibleUnitId ?? "") ?? ctx.coordinatorId;
  const latest = ctx.now.getTime() - 2 * 3_600_000;

  const rows: IndicatorValueRow[] = [];
  let previous = 0;
  for (const p of filled) {
    const expected = expectedValueOn({ milestones, baseline, startDate: ctx.planStart }, p.end);
    let v = Math.max(previous * 0.97, Math.min(ceiling, expected * factor + (rng.next() - 0.5) * 0.04 * ind.target));
    v = Math.max(0, ind.unit === "COUNT" ? Math.round(v) : Math.round(v * 10) / 10);
    previous = v;
    const entered = Math.min(latest, localInstant(addDays(p.end, rng.int(1, 6)), officeMinute(rng)).getTime());
    const row = (revision: number, value: number, at: number, correctionReason: string | null): IndicatorValueRow => {
      let numerator: number | null = null;
      let denominator: number | null = null;
      if (ind.measure === "RATIO") {
        denominator = Math.round(denominatorBase * (0.95 + rng.next() * 0.1));
        numerator = Math.min(denominator, Math.round((denominator * value) / 100));
        value = round4((numerator / denominator) * 100); // as lib/indicators/value-rules.ts computes it
      }
      return {
        id: rng.id(),
        communeId: ctx.communeId,
        indicatorId: ind.id,
        periodKey: p.key,
        periodStart: p.start,
        periodEnd: p.end,
        revision,
        value,
        numerator,
        denominator,
        sourceNote: rng.pick(SOURCE_NOTES),
        correctionReason,
        unitId: ind.responsibleUnitId,
        enteredById: rng.chance(0.8) ? author : ctx.coordinatorId,
        createdAt: new Date(at).toISOString(),
      };
    };
    rows.push(row(1, v, entered, null));
    // A few figures are corrected a few days later, as the entry form allows.
    const correctedAt = entered + rng.int(1, 5) * 86_400_000;
    if (rng.chance(0.02) && correctedAt < latest) {
      const corrected = Math.min(ceiling, Math.max(0, ind.unit === "COUNT" ? v + 1 : Math.round((v + rng.next() * 4 - 2) * 10) / 10));
      rows.push(row(2, corrected, correctedAt, "Cập nhật lại theo số liệu chính thức của hệ thống"));
    }
  }
  return rows;
}

/** About 85% of the catalog per plan (at least 8 KPIs), with values and task links. */
export function buildIndicators(rng: Rng, ctx: IndicatorContext): IndicatorRows {
  let chosen = INDICATOR_CATALOG.filter(() => rng.chance(0.85));
  if (chosen.length < 8) chosen = INDICATOR_CATALOG.slice(0, 8);
  const out: IndicatorRows = { indicators: [], values: [], links: [] };
  chosen.forEach((k, i) => {
    const ind = definition(rng, k, i, ctx);
    out.indicators.push(ind);
    for (const v of values(rng, ind, ctx)) out.values.push(v);
    if (ctx.tasks.length > 0 && rng.chance(0.5)) {
      const own = ctx.tasks.filter((t) => ind.responsibleUnitId && t.leadUnitIds.includes(ind.responsibleUnitId));
      const pool = own.length ? own : ctx.tasks;
      const linked = new Set([rng.pick(pool).id, rng.pick(pool).id]);
      for (const taskId of linked) out.links.push({ communeId: ctx.communeId, indicatorId: ind.id, taskId });
    }
  });
  return out;
}
