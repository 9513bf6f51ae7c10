// Demo KPI figures, relative to the day the demo is seeded, so that the Chỉ tiêu page shows every
// status: Đạt, Đúng tiến độ, Chậm, Có nguy cơ không đạt, Không đạt and Chưa có số liệu. Values go
// through the same rules as the entry form (checkValue); rows are written directly, like the rest of
// the seed. The archives target gets its second milestone (30% in 2025, 100% in 2026, docs/architecture.md#kpis).
import { dateFromKey, localDateKey } from "../../lib/dates";
import type { Tx } from "../../lib/db";
import { lastCompletedPeriod, periodsBetween, type Period } from "../../lib/indicators/periods";
import { expectedValueOn } from "../../lib/indicators/status";
import { checkValue } from "../../lib/indicators/value-rules";

type Shape = {
  /** The value of a period from the straight line's expected value on its last day. */
  value: (expected: number, p: Period, i: number) => number;
  /** Periods left without a value at the end (the last completed ones). */
  missing?: number;
  secondMilestone?: { target: number; dueDate: string };
};

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** By commune key and catalog code. */
const SHAPES: Record<string, Record<string, Shape>> = {
  "hai-an": {
    HO_SO_TRUC_TUYEN: { value: (_e, _p, i) => clamp(46 + i * 2.2), missing: 2 },
    TTHC_PHI_DIA_GIOI: { value: (_e, _p, i) => clamp(70 + i * 6) },
    HO_SO_CONG_VIEC_DIEN_TU: { value: (_e, _p, i) => clamp(80 + i * 1.2) },
    SO_HOA_LUU_TRU: { value: (e) => clamp(e - 6), secondMilestone: { target: 100, dueDate: "2026-12-31" } },
  },
  "thach-khoi": {
    TAP_HUAN_KY_NANG_SO: { value: (e) => clamp(e + 3), secondMilestone: { target: 100, dueDate: "2026-12-31" } },
    HAI_LONG: { value: (_e, _p, i) => Math.min(96, 88 + i * 0.5) },
  },
  "ha-long": {
    SO_HOA_LUU_TRU: { value: (e) => clamp(e - 22), secondMilestone: { target: 100, dueDate: "2026-12-31" } },
    HO_SO_TRUC_TUYEN: { value: (_e, _p, i) => clamp(55 + i * 2) },
  },
};

const FIRST_DAY = "2025-07-15";

const DAY = 86_400_000;

/**
 * When a value was entered: 2 days after its period ended (never in the future). The newest value of
 * an indicator kept up to date was entered 2 days before the seed (or right after its period ended,
 * if that is later), so that the chair's weekly digest has "số liệu mới nhập" on any seed day.
 */
type CheckedValue = Extract<ReturnType<typeof checkValue>, { ok: true }>;

/** A demo KPI value (revision 1, "Số liệu mẫu"), checked by the portal's own value rules first. */
export function writeSampleValue(
  tx: Tx,
  ind: { id: string; communeId: string; responsibleUnitId: string | null },
  p: Pick<Period, "key" | "start" | "end">,
  checked: CheckedValue,
  enteredById: string,
  createdAt: Date,
) {
  return tx.indicatorValue.create({
    data: {
      communeId: ind.communeId,
      indicatorId: ind.id,
      periodKey: p.key,
      periodStart: dateFromKey(p.start),
      periodEnd: dateFromKey(p.end),
      revision: 1,
      value: checked.value,
      numerator: checked.numerator,
      denominator: checked.denominator,
      sourceNote: "Số liệu mẫu",
      unitId: ind.responsibleUnitId,
      enteredById,
      createdAt,
    },
  });
}

function enteredAt(p: Period, now: Date, newest: boolean): Date {
  const ended = new Date(`${p.end}T09:00:00+07:00`).getTime();
  const at = newest ? Math.max(ended + 8 * 3_600_000, now.getTime() - 2 * DAY) : ended + 2 * DAY;
  return new Date(Math.min(now.getTime() - 3_600_000, at));
}

export async function seedIndicatorValues(tx: Tx, communeKey: string, communeId: string, fallbackUserId: string, now: Date) {
  const shapes = SHAPES[communeKey] ?? {};
  const today = localDateKey(now);
  const indicators = await tx.indicator.findMany({ where: { communeId, catalogCode: { in: Object.keys(shapes) } } });
  const users = await tx.user.findMany({ where: { communeId, role: "UNIT_STAFF" }, select: { id: true, unitId: true } });
  for (const ind of indicators) {
    // The query selects only indicators whose catalog code has a shape.
    const shape = shapes[ind.catalogCode ?? ""];
    if (!shape) throw new Error(`Chỉ tiêu ${ind.catalogCode} không có trong SHAPES`);
    if (shape.secondMilestone) {
      await tx.indicator.update({
        where: { id: ind.id },
        data: { target2: shape.secondMilestone.target, dueDate2: dateFromKey(shape.secondMilestone.dueDate) },
      });
    }
    const milestones = [{ target: ind.target.toNumber(), dueDate: ind.dueDate.toISOString().slice(0, 10) }];
    if (shape.secondMilestone) milestones.push(shape.secondMilestone);
    const periods = periodsBetween(FIRST_DAY, lastCompletedPeriod(today, ind.frequency).end, ind.frequency);
    const filled = periods.slice(0, periods.length - (shape.missing ?? 0));
    const author = users.find((u) => u.unitId === ind.responsibleUnitId)?.id ?? fallbackUserId;
    for (const [i, p] of filled.entries()) {
      const expected = expectedValueOn({ milestones, baseline: null, startDate: "2025-07-01" }, p.end);
      const target = Math.round(shape.value(expected, p, i) * 10) / 10;
      const entry =
        ind.measure === "RATIO"
          ? { denominator: String(400 + ((i * 37) % 120)), numerator: "" }
          : { value: String(ind.unit === "COUNT" ? Math.round(target) : target) };
      if ("denominator" in entry) entry.numerator = String(Math.round((Number(entry.denominator) * target) / 100));
      const checked = checkValue(ind, entry);
      if (!checked.ok) throw new Error(`Seed: số liệu mẫu không hợp lệ cho ${ind.code} ${p.key}: ${JSON.stringify(checked.errors)}`);
      await writeSampleValue(tx, ind, p, checked, author, enteredAt(p, now, !shape.missing && i === filled.length - 1));
    }
  }
}
