// Values from a spreadsheet (one row per indicator and period): every row is checked the way the
// entry form checks it, and the file is written only when no row has an error, in one transaction,
// so a file with one bad row changes nothing. The preview and the write share this code.
import { canEnterIndicatorValue, type Viewer } from "../auth/permissions";
import type { Tx } from "../db";
import type { Indicator } from "../generated/prisma/client";
import type { IndicatorUnit } from "../generated/prisma/enums";
import { cleanFileName } from "../files/inspect";
import { foldText } from "@/lib/text";
import { parsePeriodText, type Period } from "./periods";
import type { RawValueRow } from "./value-file";
import { checkValue } from "./value-rules";
import { appendValue, currentRevisions, periodProblem, type CurrentValue, type ValueWriter } from "./value-write";

export type ImportRowKind = "new" | "correction" | "unchanged" | "error";

export type ImportRow = {
  line: number;
  indicator: string;
  indicatorName: string | null;
  /** The indicator's unit, to show the figures with it (null when the row names no indicator). */
  unit: IndicatorUnit | null;
  period: string;
  periodLabel: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  previous: number | null;
  note: string;
  kind: ImportRowKind;
  errors: string[];
};

export type ImportPlan = { rows: ImportRow[]; counts: Record<ImportRowKind, number> };

type Prepared = { row: ImportRow; write?: { indicator: Indicator; current: CurrentValue; period: Period } };

function findIndicator(indicators: Indicator[], ref: string): Indicator | null {
  const code = ref.trim().toUpperCase();
  const folded = foldText(ref).trim();
  return (
    indicators.find((i) => i.code.toUpperCase() === code) ??
    indicators.find((i) => i.catalogCode?.toUpperCase() === code) ??
    indicators.find((i) => foldText(i.name).trim() === folded) ??
    null
  );
}

async function prepare(
  tx: Tx,
  user: Viewer,
  scope: { communeId: string; provinceId: string; planId: string },
  raw: RawValueRow[],
  today: string,
) {
  const indicators = await tx.indicator.findMany({ where: { communeId: scope.communeId, planId: scope.planId } });
  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  for (const r of raw) {
    // A template row left without figures is an indicator the person is not reporting this time.
    if (!r.value && !r.numerator && !r.denominator) continue;
    const errors: string[] = [];
    const indicator = r.indicator ? findIndicator(indicators, r.indicator) : null;
    if (!r.indicator) errors.push("Thiếu mã chỉ tiêu");
    else if (!indicator) errors.push(`Không có chỉ tiêu “${r.indicator.slice(0, 60)}” trong kế hoạch này`);
    else if (!canEnterIndicatorValue(user, { ...scope, responsibleUnitId: indicator.responsibleUnitId })) {
      errors.push("Bạn không phụ trách chỉ tiêu này nên không nhập được số liệu");
    }
    const period = indicator ? parsePeriodText(r.period, indicator.frequency) : null;
    if (indicator) {
      const problem = r.period ? periodProblem(period, today) : "Thiếu kỳ số liệu";
      if (problem)
        errors.push(
          problem === "Kỳ số liệu không hợp lệ" ? `Kỳ “${r.period.slice(0, 30)}” không hợp lệ (ví dụ: 11/2025 hoặc Tuần 47/2025)` : problem,
        );
    }
    const checked = indicator ? checkValue(indicator, r) : null;
    if (checked && !checked.ok) errors.push(...Object.values(checked.errors));
    if (indicator && period) {
      const key = `${indicator.id}/${period.key}`;
      if (seen.has(key)) errors.push(`Trùng với một dòng trước cho cùng chỉ tiêu và ${period.label.toLowerCase()}`);
      seen.add(key);
    }
    const ok = checked?.ok ? checked : null;
    const row: ImportRow = {
      line: r.line,
      indicator: r.indicator,
      indicatorName: indicator?.name ?? null,
      unit: indicator?.unit ?? null,
      period: r.period,
      periodLabel: period?.label ?? null,
      value: ok?.value ?? null,
      numerator: ok?.numerator ?? null,
      denominator: ok?.denominator ?? null,
      previous: null,
      note: r.note,
      kind: "error",
      errors,
    };
    prepared.push(errors.length || !indicator || !period || !ok ? { row } : { row, write: { indicator, current: null, period } });
  }
  // What each period holds now, for all rows in one query: new, correction or unchanged.
  const current = await currentRevisions(
    tx,
    prepared.flatMap((p) => (p.write ? [{ indicatorId: p.write.indicator.id, periodKey: p.write.period.key }] : [])),
  );
  for (const p of prepared) {
    if (!p.write) continue;
    const now = current.get(`${p.write.indicator.id}/${p.write.period.key}`) ?? null;
    const { row } = p;
    p.write.current = now;
    row.previous = now?.value ?? null;
    const same = now && now.value === row.value && now.numerator === row.numerator && now.denominator === row.denominator;
    row.kind = !now ? "new" : same ? "unchanged" : "correction";
  }
  return prepared;
}

function summarise(rows: ImportRow[]): ImportPlan {
  const counts = { new: 0, correction: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.kind] += 1;
  return { rows, counts };
}

/** What the file would do, without writing anything. */
export async function previewValueImport(
  tx: Tx,
  user: Viewer,
  scope: { communeId: string; provinceId: string; planId: string },
  raw: RawValueRow[],
  today: string,
) {
  return summarise((await prepare(tx, user, scope, raw, today)).map((p) => p.row));
}

/** Writes the new and corrected values; the caller refuses a plan with errors before calling this. */
export async function applyValueImport(
  w: ValueWriter,
  scope: { communeId: string; provinceId: string; planId: string },
  raw: RawValueRow[],
  today: string,
  fileName: string,
) {
  const prepared = await prepare(w.tx, w.user, scope, raw, today);
  const plan = summarise(prepared.map((p) => p.row));
  if (plan.counts.error > 0) return { plan, written: 0 };
  // The name as the browser sent it may hold folders, NUL (which PostgreSQL refuses in text and
  // jsonb, failing the whole import) or bidirectional overrides: keep only the cleaned display name.
  const name = cleanFileName(fileName);
  let written = 0;
  for (const p of prepared) {
    if (!p.write || p.row.kind === "unchanged" || p.row.value === null) continue;
    await appendValue(w, {
      indicator: p.write.indicator,
      period: p.write.period,
      checked: { value: p.row.value, numerator: p.row.numerator, denominator: p.row.denominator },
      baseRevision: p.write.current?.revision ?? 0,
      current: p.write.current,
      sourceNote: p.row.note,
      correctionReason: `Điều chỉnh khi nhập từ tệp ${name}`,
      auditData: { file: name, line: String(p.row.line) },
    });
    written += 1;
  }
  return { plan, written };
}
