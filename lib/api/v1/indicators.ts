// GET /communes/{communeId}/indicators and …/indicators/{indicator}/values: the commune's KPIs with
// their current value and the status the KPI list page shows (the same rule, lib/indicators/summary.ts),
// and a KPI's values per period. Statuses are computed, so the list is judged in memory (a commune
// has tens of KPIs) and then cut into pages by id, like every other list.
import { z } from "zod";
import { dateOnlyKey, formatDateKey, localDateKey } from "../../dates";
import type { Db } from "../../db";
import { formatValue } from "../../format/number";
import type { IndicatorFrequency } from "../../generated/prisma/enums";
import { periodFromKey } from "../../indicators/periods";
import { definitionOf } from "../../indicators/queries";
import { STATUS_META, type IndicatorStatus } from "../../indicators/status";
import { summarizeIndicator } from "../../indicators/summary";
import { COMPARISONS, FREQUENCIES, UNIT_LABEL, UNITS, targetText } from "../../indicators/vocabulary";
import { IN_ACTIVE_PLAN } from "../../plans/active";
import { columnsIn, REPORT_COLUMNS, shownCell } from "../../reports/columns";
import type { ReportIndicatorRow } from "../../reports/types";
import type { CsvColumn } from "../csv";
import { defineEndpoint } from "../endpoint";
import { afterCursor, decodeCursor, pageQuerySchema, pageSchema, toPage } from "../pagination";
import { communeIdParam, day, instant, unitRefSchema } from "./common";
import { resolveIndicator } from "./indicator-ref";

const STATUSES = Object.keys(STATUS_META) as [IndicatorStatus, ...IndicatorStatus[]];

export const unitOfMeasureSchema = z
  .object({ key: z.enum(UNITS).meta({ description: "PERCENT = tỷ lệ %, COUNT = số lượng." }), label: z.string() })
  .meta({ id: "UnitOfMeasure" });

export const indicatorStatusSchema = z
  .object({
    key: z.enum(STATUSES),
    label: z.string().meta({ description: "Như trên cổng, ví dụ “Đúng tiến độ”, “Số liệu cũ: tháng 9/2026”." }),
  })
  .meta({ id: "IndicatorStatus", description: "Đánh giá theo đúng quy tắc của trang Chỉ tiêu (lib/indicators/status.ts)." });

/** One stored value (a revision of a period), as the values list and the feed's answer show it. */
export const indicatorValueSchema = z
  .object({
    id: z.string(),
    periodKey: z.string().meta({ example: "2026-11" }),
    periodLabel: z.string().meta({ example: "Tháng 11/2026" }),
    periodStart: day,
    periodEnd: day,
    revision: z.number().int().meta({ description: "1 là lần nhập đầu; từ 2 là điều chỉnh." }),
    value: z.number(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    sourceNote: z.string(),
    correctionReason: z.string().nullable(),
    feedSource: z.string().nullable().meta({ description: "Tên hệ thống nguồn khi số liệu gửi qua API; null khi nhập trên cổng." }),
    externalId: z.string().nullable(),
    enteredBy: z.string().meta({ description: "Họ tên người nhập (chủ khóa kết nối khi gửi qua API)." }),
    createdAt: instant,
  })
  .meta({ id: "IndicatorValue" });

export const indicatorSchema = z
  .object({
    id: z.string(),
    code: z.string().meta({ description: "Mã trong kế hoạch (CT01)." }),
    catalogCode: z.string().nullable().meta({ description: "Mã trong Danh mục chỉ tiêu; dùng được thay id trong đường dẫn." }),
    name: z.string(),
    plan: z.object({ id: z.string(), number: z.string().nullable() }),
    unitOfMeasure: unitOfMeasureSchema,
    comparison: z.enum(COMPARISONS),
    target: z.number(),
    dueDate: day,
    target2: z.number().nullable(),
    dueDate2: day.nullable(),
    milestone: z
      .object({ target: z.number(), dueDate: day, text: z.string().meta({ example: "≥ 80%" }) })
      .meta({ description: "Mốc đang xét: mốc đầu tiên chưa đến hạn, hoặc mốc cuối." }),
    frequency: z.enum(FREQUENCIES),
    responsibleUnit: unitRefSchema.nullable(),
    currentValue: z
      .object({
        periodKey: z.string(),
        periodLabel: z.string(),
        value: z.number(),
        numerator: z.number().nullable(),
        denominator: z.number().nullable(),
        revision: z.number().int(),
        enteredAt: instant,
        source: z.string().nullable().meta({ description: "Hệ thống nguồn (gửi qua API), null khi nhập trên cổng." }),
      })
      .nullable()
      .meta({ description: "Số liệu của kỳ gần nhất có số liệu (bản điều chỉnh mới nhất)." }),
    status: indicatorStatusSchema,
    provinceMandated: z.boolean().meta({ description: "Chỉ tiêu do tỉnh giao." }),
    provinceWithdrawn: z.boolean().meta({ description: "Tỉnh đã thôi giao: không nhận số liệu mới." }),
    updatedAt: instant.meta({ description: "Lần sửa chỉ tiêu hoặc nhập số liệu gần nhất." }),
  })
  .meta({ id: "Indicator" });

type IndicatorItem = z.input<typeof indicatorSchema>;

/** An API item as a row of the report's KPI table, so the CSV has the XLSX export's columns. */
function reportRow(k: IndicatorItem): ReportIndicatorRow {
  const v = k.currentValue;
  return {
    code: k.code,
    name: k.name,
    target: k.milestone.text,
    dueDate: formatDateKey(k.milestone.dueDate),
    value: v ? formatValue(v.value, k.unitOfMeasure.key) : "",
    valuePeriod: v?.periodLabel ?? "",
    status: k.status.key,
    statusLabel: k.status.label,
    responsibleUnit: k.responsibleUnit?.name ?? "",
  };
}

// The sheet's columns but its ordinal: a page of the API is not the whole table, so "STT" would
// restart on every page; the id (what a client pages and posts by) takes its place.
const csvColumns: CsvColumn<IndicatorItem>[] = [
  { header: "Mã (id)", value: (k) => k.id },
  { header: "Mã danh mục", value: (k) => k.catalogCode },
  ...columnsIn(REPORT_COLUMNS.indicators, "xlsx")
    .filter((c) => c.key !== "ordinal")
    .map((c) => ({ header: c.header, value: (k: IndicatorItem) => shownCell(c, reportRow(k), 0, "xlsx").value })),
];

const listQuery = pageQuerySchema.extend({
  planId: z.string().max(64).optional().meta({ description: "Chỉ các chỉ tiêu của kế hoạch này." }),
  status: z.enum(STATUSES, { error: `status chỉ nhận một trong: ${STATUSES.join(", ")}.` }).optional(),
});

const periodLabel = (key: string, frequency: IndicatorFrequency) => periodFromKey(key, frequency)?.label ?? key;

/** Every KPI of the commune's active plans, judged on `now`'s day, in id order. */
export async function indicatorItems(db: Db, communeId: string, now: Date): Promise<IndicatorItem[]> {
  const today = localDateKey(now);
  const indicators = await db.indicator.findMany({
    where: { communeId, ...IN_ACTIVE_PLAN },
    orderBy: { id: "asc" },
    include: {
      plan: { select: { id: true, number: true, periodStart: true } },
      responsibleUnit: { select: { id: true, name: true } },
      values: { orderBy: [{ periodEnd: "asc" }, { revision: "asc" }] },
    },
  });
  return indicators.map((i) => {
    const values = i.values.map((v) => ({ ...v, periodEnd: dateOnlyKey(v.periodEnd), value: v.value.toNumber() }));
    const summary = summarizeIndicator(definitionOf(i), values, today, i.plan.periodStart);
    const latest = summary.latest
      ? values.find((v) => v.periodKey === summary.latest!.periodKey && v.revision === summary.latest!.revision)
      : undefined;
    const lastWrite = [i.updatedAt, ...i.values.map((v) => v.createdAt)].reduce((a, b) => (b > a ? b : a));
    return {
      id: i.id,
      code: i.code,
      catalogCode: i.catalogCode,
      name: i.name,
      plan: { id: i.plan.id, number: i.plan.number },
      unitOfMeasure: { key: i.unit, label: UNIT_LABEL[i.unit] },
      comparison: i.comparison,
      target: i.target.toNumber(),
      dueDate: dateOnlyKey(i.dueDate),
      target2: i.target2 === null ? null : i.target2.toNumber(),
      dueDate2: i.dueDate2 ? dateOnlyKey(i.dueDate2) : null,
      milestone: { ...summary.milestone, text: targetText(i.comparison, summary.milestone.target, i.unit, i.name) },
      frequency: i.frequency,
      responsibleUnit: i.responsibleUnit,
      currentValue: latest
        ? {
            periodKey: latest.periodKey,
            periodLabel: periodLabel(latest.periodKey, i.frequency),
            value: latest.value,
            numerator: latest.numerator === null ? null : latest.numerator.toNumber(),
            denominator: latest.denominator === null ? null : latest.denominator.toNumber(),
            revision: latest.revision,
            enteredAt: latest.createdAt.toISOString(),
            source: latest.feedSource,
          }
        : null,
      status: { key: summary.status, label: summary.label },
      provinceMandated: i.provinceIndicatorId !== null,
      provinceWithdrawn: i.provinceWithdrawnAt !== null,
      updatedAt: lastWrite.toISOString(),
    };
  });
}

export const listIndicators = defineEndpoint({
  id: "listIndicators",
  method: "GET",
  path: "/communes/{communeId}/indicators",
  summary: "Danh sách chỉ tiêu của xã",
  description:
    "Các chỉ tiêu (KPI) của các kế hoạch đang thực hiện, với số liệu hiện hành, mục tiêu và đánh giá như trang Chỉ tiêu của cổng. `?format=csv`: các cột của tệp Excel báo cáo.",
  tag: "Chỉ tiêu",
  params: z.object({ communeId: communeIdParam }),
  query: listQuery,
  response: pageSchema(indicatorSchema, "IndicatorPage"),
  csv: { fileName: "chi-tieu.csv", columns: csvColumns },
  handler: async ({ db, commune, query, now }) => {
    const after = afterCursor(query.cursor).id?.gt;
    const since = query.updatedSince?.toISOString();
    const rows = (await indicatorItems(db, commune!.communeId, now)).filter(
      (k) =>
        (!after || k.id > after) &&
        (!query.planId || k.plan.id === query.planId) &&
        (!query.status || k.status.key === query.status) &&
        (!since || k.updatedAt >= since),
    );
    return { body: toPage(rows.slice(0, query.limit + 1), query.limit) };
  },
});

type ValueRow = {
  id: string;
  periodKey: string;
  periodStart: Date;
  periodEnd: Date;
  revision: number;
  value: { toNumber(): number };
  numerator: { toNumber(): number } | null;
  denominator: { toNumber(): number } | null;
  sourceNote: string;
  correctionReason: string | null;
  feedSource: string | null;
  externalId: string | null;
  createdAt: Date;
  enteredBy: { fullName: string };
};

export function toValueItem(v: ValueRow, frequency: IndicatorFrequency): z.input<typeof indicatorValueSchema> {
  return {
    id: v.id,
    periodKey: v.periodKey,
    periodLabel: periodLabel(v.periodKey, frequency),
    periodStart: dateOnlyKey(v.periodStart),
    periodEnd: dateOnlyKey(v.periodEnd),
    revision: v.revision,
    value: v.value.toNumber(),
    numerator: v.numerator === null ? null : v.numerator.toNumber(),
    denominator: v.denominator === null ? null : v.denominator.toNumber(),
    sourceNote: v.sourceNote,
    correctionReason: v.correctionReason,
    feedSource: v.feedSource,
    externalId: v.externalId,
    enteredBy: v.enteredBy.fullName,
    createdAt: v.createdAt.toISOString(),
  };
}

export const indicatorPathParams = z.object({
  communeId: communeIdParam,
  indicator: z.string().meta({ description: "Id của chỉ tiêu, hoặc mã danh mục (catalogCode) khi xã chỉ có một chỉ tiêu mang mã đó." }),
});

export const listIndicatorValues = defineEndpoint({
  id: "listIndicatorValues",
  method: "GET",
  path: "/communes/{communeId}/indicators/{indicator}/values",
  summary: "Số liệu của một chỉ tiêu",
  description: "Số liệu theo kỳ: mặc định bản mới nhất của mỗi kỳ; `revisions=all` cho mọi lần nhập và điều chỉnh (kèm lý do).",
  tag: "Chỉ tiêu",
  params: indicatorPathParams,
  query: pageQuerySchema.extend({
    revisions: z.enum(["latest", "all"], { error: "revisions chỉ nhận latest hoặc all." }).default("latest"),
  }),
  response: pageSchema(indicatorValueSchema, "IndicatorValuePage"),
  handler: async ({ db, commune, params, query }) => {
    const indicator = await resolveIndicator(db, commune!.communeId, params.indicator);
    const rows = await db.indicatorValue.findMany({
      where: { indicatorId: indicator.id, ...(query.updatedSince ? { createdAt: { gte: query.updatedSince } } : {}) },
      orderBy: { id: "asc" },
      include: { enteredBy: { select: { fullName: true } } },
    });
    // The latest revision of a period is the row no later revision of the same period follows.
    const newest = new Map<string, number>();
    for (const r of rows) newest.set(r.periodKey, Math.max(newest.get(r.periodKey) ?? 0, r.revision));
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const shown = rows.filter((r) => (query.revisions === "all" || newest.get(r.periodKey) === r.revision) && (!after || r.id > after));
    const page = toPage(shown.slice(0, query.limit + 1), query.limit);
    return { body: { data: page.data.map((r) => toValueItem(r, indicator.frequency)), nextCursor: page.nextCursor } };
  },
});
