import "server-only";
import { dateOnlyKey, localDateKey } from "../dates";
import { getDb } from "../db";
import { matchUnit } from "@/lib/units/match";
import { periodFromKey } from "./periods";
import { currentValues, summarizeIndicator, type IndicatorDefinition } from "./summary";
import { ACTIVE_PLAN, IN_ACTIVE_PLAN } from "../plans/active";

const numberOrNull = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/** A stored indicator as the status rule reads it (Decimal columns as numbers). */
export function definitionOf(i: {
  comparison: IndicatorDefinition["comparison"];
  unit: IndicatorDefinition["unit"];
  target: { toNumber(): number };
  dueDate: Date;
  target2: { toNumber(): number } | null;
  dueDate2: Date | null;
  baselineValue: { toNumber(): number } | null;
  baselineDate: Date | null;
  frequency: IndicatorDefinition["frequency"];
  createdAt: Date;
}): IndicatorDefinition {
  return {
    ...i,
    target: i.target.toNumber(),
    target2: numberOrNull(i.target2),
    baselineValue: numberOrNull(i.baselineValue),
  };
}

/** Every indicator of the commune's plans with its status on `today`, grouped by plan. */
export async function listIndicators(communeId: string, now = new Date()) {
  const db = getDb();
  const today = localDateKey(now);
  const [plans, indicators, values] = await Promise.all([
    db.plan.findMany({
      where: { communeId, ...ACTIVE_PLAN },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, number: true, periodStart: true },
    }),
    db.indicator.findMany({
      where: { communeId, ...IN_ACTIVE_PLAN },
      orderBy: { sortOrder: "asc" },
      include: { responsibleUnit: { select: { name: true } } },
    }),
    db.indicatorValue.findMany({
      where: { communeId },
      orderBy: [{ periodEnd: "asc" }, { revision: "asc" }],
      select: {
        indicatorId: true,
        periodKey: true,
        periodEnd: true,
        value: true,
        revision: true,
        createdAt: true,
        enteredBy: { select: { fullName: true } },
      },
    }),
  ]);
  const byIndicator = new Map<string, typeof values>();
  for (const v of values) byIndicator.set(v.indicatorId, [...(byIndicator.get(v.indicatorId) ?? []), v]);
  const rows = indicators.map((i) => {
    const own = byIndicator.get(i.id) ?? [];
    const plan = plans.find((p) => p.id === i.planId);
    const summary = summarizeIndicator(
      definitionOf(i),
      own.map((v) => ({ periodKey: v.periodKey, periodEnd: dateOnlyKey(v.periodEnd), value: v.value.toNumber(), revision: v.revision })),
      today,
      plan?.periodStart ?? null,
    );
    const lastEntry = own.reduce<(typeof own)[number] | null>((a, v) => (!a || v.createdAt > a.createdAt ? v : a), null);
    return {
      id: i.id,
      planId: i.planId,
      code: i.code,
      name: i.name,
      unit: i.unit,
      comparison: i.comparison,
      measure: i.measure,
      responsibleUnit: i.responsibleUnit?.name ?? null,
      responsibleUnitId: i.responsibleUnitId,
      summary,
      lastEntry: lastEntry ? { at: lastEntry.createdAt, by: lastEntry.enteredBy.fullName } : null,
    };
  });
  return plans.map((p) => ({ plan: p, indicators: rows.filter((r) => r.planId === p.id) }));
}

export type IndicatorListRow = Awaited<ReturnType<typeof listIndicators>>[number]["indicators"][number];

/** One indicator of the commune with its definition, linked tasks, status and full value history. */
export async function getIndicator(communeId: string, indicatorId: string, now = new Date()) {
  const db = getDb();
  const indicator = await db.indicator.findFirst({
    where: { id: indicatorId, communeId },
    include: {
      plan: { select: { id: true, title: true, periodStart: true } },
      responsibleUnit: { select: { id: true, name: true } },
      tasks: { include: { task: { select: { id: true, code: true, title: true } } } },
      values: {
        orderBy: [{ periodEnd: "desc" }, { revision: "desc" }],
        include: {
          enteredBy: { select: { fullName: true } },
          attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!indicator) return null;
  const definition = definitionOf(indicator);
  const history = indicator.values.map((v) => ({
    id: v.id,
    periodKey: v.periodKey,
    periodLabel: periodFromKey(v.periodKey, indicator.frequency)?.label ?? v.periodKey,
    periodStart: dateOnlyKey(v.periodStart),
    periodEnd: dateOnlyKey(v.periodEnd),
    revision: v.revision,
    value: v.value.toNumber(),
    numerator: numberOrNull(v.numerator),
    denominator: numberOrNull(v.denominator),
    sourceNote: v.sourceNote,
    feedSource: v.feedSource,
    correctionReason: v.correctionReason,
    enteredBy: v.enteredBy.fullName,
    createdAt: v.createdAt,
    attachments: v.attachments,
  }));
  const current = currentValues(history);
  const summary = summarizeIndicator(definition, history, localDateKey(now), indicator.plan.periodStart, 1000);
  const last = history.reduce<(typeof history)[number] | null>((a, h) => (!a || h.createdAt > a.createdAt ? h : a), null);
  // The page names the standard KPI by its Vietnamese name; its code is for machines.
  const catalog = indicator.catalogCode
    ? await db.indicatorCatalogEntry.findUnique({ where: { code: indicator.catalogCode }, select: { name: true } })
    : null;
  return {
    catalogName: catalog?.name ?? null,
    lastEntry: last ? { at: last.createdAt, by: last.enteredBy } : null,
    indicator: { ...indicator, ...definition },
    summary,
    history,
    /** Revision now in force per period (what the form corrects). */
    currentRevisions: Object.fromEntries(
      current.map((v) => [v.periodKey, { revision: v.revision, value: v.value, numerator: v.numerator, denominator: v.denominator }]),
    ),
    tasks: indicator.tasks.map((t) => t.task).sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true })),
  };
}

/** What the indicator form offers: the commune's units, the plan's tasks and the active catalog. */
export async function indicatorFormOptions(communeId: string, planId: string) {
  const db = getDb();
  const [units, tasks, catalog] = await Promise.all([
    db.unit.findMany({
      where: { communeId, active: true, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
    db.task.findMany({ where: { communeId, planId }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true } }),
    db.indicatorCatalogEntry.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return {
    units,
    tasks,
    catalog: catalog.map((c) => ({
      ...c,
      defaultTarget: c.defaultTarget.toNumber(),
      defaultDueDate: dateOnlyKey(c.defaultDueDate),
      // The commune's unit that usually answers for it, matched as the plan import matches it.
      responsibleUnitId: c.responsibleHint ? (matchUnit(c.responsibleHint, units)?.id ?? null) : null,
    })),
  };
}

export type CatalogOption = Awaited<ReturnType<typeof indicatorFormOptions>>["catalog"][number];

export async function listCatalog() {
  const rows = await getDb().indicatorCatalogEntry.findMany({ orderBy: { sortOrder: "asc" } });
  return rows.map((c) => ({ ...c, defaultTarget: c.defaultTarget.toNumber(), defaultDueDate: dateOnlyKey(c.defaultDueDate) }));
}

/** The catalog with each entry's national code (QCVN 125 data packet), for the admin's table. */
export async function listNationalCodes() {
  const db = getDb();
  const [entries, codes] = await Promise.all([
    db.indicatorCatalogEntry.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true, active: true } }),
    db.kpiNationalCode.findMany(),
  ]);
  const byCode = new Map(codes.map((c) => [c.catalogCode, c]));
  return entries.map((e) => ({
    ...e,
    nationalCode: byCode.get(e.code)?.nationalCode ?? "",
    nationalName: byCode.get(e.code)?.nationalName ?? "",
  }));
}

export async function plansOfCommune(communeId: string) {
  return getDb().plan.findMany({ where: { communeId, ...ACTIVE_PLAN }, orderBy: { createdAt: "desc" }, select: { id: true, title: true } });
}

/** The indicators of one plan of the commune, for the value-file template; null when the plan is not the commune's. */
export async function indicatorsForTemplate(communeId: string, planId: string) {
  const db = getDb();
  const plan = await db.plan.findFirst({ where: { id: planId, communeId }, select: { id: true } });
  if (!plan) return null;
  return db.indicator.findMany({ where: { planId: plan.id, communeId }, orderBy: { sortOrder: "asc" } });
}
