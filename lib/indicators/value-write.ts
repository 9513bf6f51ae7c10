// Writing one KPI value, shared by the entry form and the file import: the period must exist and
// have begun, a correction names its reason and the revision it corrects, and two people correcting
// the same revision at once cannot both win (unique key on indicator, period, revision).
import type { Viewer } from "../auth/permissions";
import { dateFromKey } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import type { Indicator } from "../generated/prisma/client";
import type { Audit } from "../actions/safe-action";
import { formatValue } from "../format/number";
import { periodFromKey, type Frequency, type Period } from "./periods";

/** Values are not accepted for periods before this day (the plans started in July 2025). */
export const EARLIEST_PERIOD_DAY = "2020-01-01";

/** Why a period cannot take a value, or null when it can (it exists and has begun by `today`). */
export function periodProblem(period: Period | null, today: string): string | null {
  if (!period) return "Kỳ số liệu không hợp lệ";
  if (period.start > today) return `${period.label} chưa bắt đầu: không nhập số liệu cho kỳ tương lai`;
  if (period.end < EARLIEST_PERIOD_DAY) return `${period.label} quá xa trong quá khứ`;
  return null;
}

export function periodForEntry(key: string, frequency: Frequency, today: string): Period {
  const period = periodFromKey(key, frequency);
  const problem = periodProblem(period, today);
  if (problem || !period) throw new AppError("VALIDATION", `${problem}.`, { periodKey: [problem ?? "Kỳ không hợp lệ"] });
  return period;
}

export type CurrentValue = { revision: number; value: number; numerator: number | null; denominator: number | null } | null;

type ValueRow = {
  revision: number;
  value: { toNumber(): number };
  numerator: { toNumber(): number } | null;
  denominator: { toNumber(): number } | null;
};

const toCurrent = (row: ValueRow): NonNullable<CurrentValue> => ({
  revision: row.revision,
  value: row.value.toNumber(),
  numerator: row.numerator === null ? null : row.numerator.toNumber(),
  denominator: row.denominator === null ? null : row.denominator.toNumber(),
});

/** The value of a period as it stands (its latest revision), or null when it has none. */
export async function currentRevision(tx: Tx, indicatorId: string, periodKey: string): Promise<CurrentValue> {
  const row = await tx.indicatorValue.findFirst({ where: { indicatorId, periodKey }, orderBy: { revision: "desc" } });
  return row ? toCurrent(row) : null;
}

/** The same for many periods in one query (a value file), keyed "indicatorId/periodKey". */
export async function currentRevisions(tx: Tx, wanted: { indicatorId: string; periodKey: string }[]): Promise<Map<string, CurrentValue>> {
  const found = new Map<string, CurrentValue>();
  if (wanted.length === 0) return found;
  const rows = await tx.indicatorValue.findMany({
    where: {
      indicatorId: { in: [...new Set(wanted.map((w) => w.indicatorId))] },
      periodKey: { in: [...new Set(wanted.map((w) => w.periodKey))] },
    },
    orderBy: { revision: "asc" },
  });
  for (const r of rows) found.set(`${r.indicatorId}/${r.periodKey}`, toCurrent(r)); // ascending: the last one stays
  return found;
}

type Append = {
  indicator: Pick<Indicator, "id" | "communeId" | "unit">;
  period: Period;
  checked: { value: number; numerator: number | null; denominator: number | null };
  /** The revision the person saw (0: none yet). */
  baseRevision: number;
  current: CurrentValue;
  sourceNote: string;
  correctionReason: string;
  /** Extra facts for the audit line (e.g. the file a row came from). */
  auditData?: Record<string, string>;
  /** A value sent by a source system through the API (KPI feed): kept on the row, shown on the page. */
  feed?: { source: string; externalId: string; apiTokenId: string };
};

/** What writing a value needs of the action's context: its transaction, its user and its audit. */
export type ValueWriter = { tx: Tx; user: Viewer; audit: Audit };

export async function appendValue(w: ValueWriter, a: Append) {
  const { tx, user } = w;
  const { indicator, period, current } = a;
  const seen = current?.revision ?? 0;
  if (a.baseRevision !== seen) {
    const now = current ? formatValue(current.value, indicator.unit) : "chưa có";
    throw new AppError(
      "CONFLICT",
      `Số liệu ${period.label.toLowerCase()} vừa được người khác nhập (hiện là ${now}). Nội dung bạn nhập vẫn được giữ: xem số liệu mới rồi gửi lại nếu vẫn cần điều chỉnh.`,
      undefined,
      { revision: seen, value: current?.value ?? null },
    );
  }
  if (current && a.correctionReason.trim().length < 5) {
    throw new AppError("VALIDATION", `${period.label} đã có số liệu: nêu lý do điều chỉnh (ít nhất 5 ký tự).`, {
      correctionReason: ["Nêu lý do điều chỉnh số liệu đã nhập"],
    });
  }
  const row = await tx.indicatorValue
    .create({
      data: {
        communeId: indicator.communeId,
        indicatorId: indicator.id,
        periodKey: period.key,
        periodStart: dateFromKey(period.start),
        periodEnd: dateFromKey(period.end),
        revision: seen + 1,
        value: a.checked.value,
        numerator: a.checked.numerator,
        denominator: a.checked.denominator,
        sourceNote: a.sourceNote,
        correctionReason: current ? a.correctionReason.trim() : null,
        unitId: user.unitId,
        enteredById: user.id,
        feedSource: a.feed?.source ?? null,
        externalId: a.feed?.externalId ?? null,
        apiTokenId: a.feed?.apiTokenId ?? null,
      },
    })
    .catch((err: unknown) => {
      // Someone else wrote the same revision between our read and this insert.
      if ((err as { code?: string }).code === "P2002")
        throw new AppError(
          "CONFLICT",
          `Số liệu ${period.label.toLowerCase()} vừa được người khác nhập. Nội dung bạn nhập vẫn được giữ: tải lại để xem rồi gửi lại.`,
        );
      throw err;
    });
  await w.audit(
    current ? "indicators.correctValue" : "indicators.enterValue",
    { type: "Indicator", id: indicator.id },
    {
      valueId: row.id,
      period: period.key,
      revision: row.revision,
      ...(current ? { reason: a.correctionReason.trim(), before: current } : {}),
      after: a.checked,
      ...a.auditData,
    },
  );
  return row;
}
