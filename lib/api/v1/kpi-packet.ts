// GET /communes/{communeId}/kpi-packet?period=M-2026-11: the commune's KPI figures for one reporting
// period, shaped after the indicator data packet of QCVN 125:2021/BTTTT (reporting unit, indicator
// code, period, value, unit of measure, data source, time of collection). JSON, or XML with
// `format=xml` (kpi-packet-xml.ts). docs/api.md ("Gói số liệu chỉ tiêu") describes every field and its source.
//
// Which value a KPI reports for a reporting period: the value (latest revision) of the LAST period of
// the KPI's own frequency that ENDS within the reporting period. A monthly KPI in a month's packet:
// that month (its periods are the same NĐ 09 months, 15th to 14th); a weekly KPI: the last ISO week
// ending on or before the month's 14th. No such period, or no value for it → value null.
import { z } from "zod";
import { dateOnlyKey, localDateKey } from "../../dates";
import type { Db } from "../../db";
import { lastKpiPeriodIn } from "../../indicators/periods";
import { definitionOf } from "../../indicators/queries";
import { summarizeIndicator } from "../../indicators/summary";
import { targetText, UNIT_LABEL } from "../../indicators/vocabulary";
import { IN_ACTIVE_PLAN } from "../../plans/active";
import { reportPeriodFromKey, REPORT_PERIOD_KINDS } from "../../reports/periods";
import { ApiError, defineEndpoint } from "../endpoint";
import { communeParams, day, instant } from "./common";
import { indicatorStatusSchema } from "./indicators";
import { kpiPacketXml, KPI_PACKET_NS } from "./kpi-packet-xml";

export const KPI_PACKET_VERSION = "1.0";
export const CODE_SYSTEMS = ["quoc-gia", "danh-muc-cong", "ke-hoach"] as const;

export const kpiPacketSchema = z
  .object({
    header: z.object({
      schemaVersion: z.string().meta({ example: KPI_PACKET_VERSION }),
      standard: z.string().meta({ example: "QCVN 125:2021/BTTTT" }),
      reportingUnit: z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(["xa", "phuong"]),
        province: z.string(),
      }),
      period: z.object({
        key: z.string().meta({ example: "M-2026-11" }),
        type: z.enum(REPORT_PERIOD_KINDS),
        label: z.string(),
        start: day,
        end: day,
      }),
      dataAsOf: instant.meta({
        description: "Thời điểm dữ liệu của gói: lần thay đổi gần nhất của các chỉ tiêu, số liệu và mã quốc gia trong gói.",
      }),
    }),
    indicators: z.array(
      z.object({
        indicatorCode: z
          .string()
          .meta({ description: "Mã quốc gia nếu đã khai báo, nếu không mã danh mục của cổng, nếu không mã trong kế hoạch." }),
        codeSystem: z.enum(CODE_SYSTEMS).meta({ description: "quoc-gia | danh-muc-cong | ke-hoach: hệ mã của indicatorCode." }),
        catalogCode: z.string().nullable(),
        indicatorId: z.string(),
        name: z.string(),
        period: z
          .object({ key: z.string(), label: z.string(), start: day, end: day })
          .nullable()
          .meta({ description: "Kỳ của chỉ tiêu được báo cáo: kỳ cuối cùng (theo tần suất của chỉ tiêu) kết thúc trong kỳ báo cáo." }),
        value: z.number().nullable(),
        numerator: z.number().nullable(),
        denominator: z.number().nullable(),
        unitOfMeasure: z.string().meta({ example: "Tỷ lệ (%)" }),
        dataSource: z.string().nullable().meta({ description: "Tên hệ thống nguồn, hoặc “Nhập trên cổng: <đơn vị>”." }),
        collectedAt: instant.nullable().meta({ description: "Thời điểm số liệu được ghi nhận." }),
        target: z.number(),
        targetText: z.string().meta({ example: "≥ 80%" }),
        status: indicatorStatusSchema,
      }),
    ),
  })
  .meta({ id: "KpiPacket", description: `Gói số liệu chỉ tiêu theo QCVN 125:2021/BTTTT. Bản XML: không gian tên ${KPI_PACKET_NS}.` });

type Packet = z.input<typeof kpiPacketSchema>;

export const getKpiPacket = defineEndpoint({
  id: "getKpiPacket",
  method: "GET",
  path: "/communes/{communeId}/kpi-packet",
  summary: "Gói số liệu chỉ tiêu theo kỳ (QCVN 125)",
  description:
    "Số liệu các chỉ tiêu của các kế hoạch đang thực hiện cho một kỳ báo cáo (ví dụ M-2026-11), theo cấu trúc gói dữ liệu chỉ tiêu của QCVN 125:2021/BTTTT. `format=xml` trả về XML.",
  tag: "Chỉ tiêu",
  params: communeParams,
  query: z.object({
    period: z
      .string({ error: "Nhập kỳ báo cáo (period), ví dụ M-2026-11." })
      .max(20)
      .meta({ description: "Kỳ báo cáo: M-2026-11 (tháng), Q-2026-4, H-2026, N-2026, Y-2026.", example: "M-2026-11" }),
    format: z.enum(["json", "xml"], { error: "format chỉ nhận json hoặc xml." }).default("json"),
  }),
  response: kpiPacketSchema,
  xml: `Cùng nội dung như JSON, phần tử gốc <kpiPacket> trong không gian tên ${KPI_PACKET_NS}.`,
  handler: async ({ db, commune, query, now }) => {
    const period = reportPeriodFromKey(query.period);
    if (!period)
      throw new ApiError(
        "bad-request",
        `Kỳ báo cáo “${query.period}” không hợp lệ: dùng dạng M-2026-11 (tháng), Q-2026-4, H-2026, N-2026 hoặc Y-2026.`,
        [{ path: "query.period", message: "Kỳ báo cáo không hợp lệ" }],
      );
    const packet = await buildKpiPacket(db, commune!.communeId, period, now);
    if (query.format === "xml")
      return new Response(kpiPacketXml(packet), {
        headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "private, no-cache" },
      });
    return { body: packet };
  },
});

export async function buildKpiPacket(
  db: Db,
  communeId: string,
  period: NonNullable<ReturnType<typeof reportPeriodFromKey>>,
  now: Date,
): Promise<Packet> {
  // The status is judged as on the period's last day (or today, while the period runs), from the
  // values of periods ended by then: the packet of a past month does not change with later months.
  const asOf = localDateKey(now) < period.end ? localDateKey(now) : period.end;
  const [unit, indicators] = await Promise.all([
    db.unit.findUniqueOrThrow({
      where: { id: communeId },
      select: { id: true, name: true, kind: true, parent: { select: { name: true } } },
    }),
    db.indicator.findMany({
      where: { communeId, ...IN_ACTIVE_PLAN },
      orderBy: [{ plan: { createdAt: "desc" } }, { sortOrder: "asc" }],
      include: { plan: { select: { periodStart: true } }, values: { orderBy: [{ periodEnd: "asc" }, { revision: "asc" }] } },
    }),
  ]);
  const catalogCodes = [...new Set(indicators.flatMap((i) => (i.catalogCode ? [i.catalogCode] : [])))];
  const national = new Map(
    (await db.kpiNationalCode.findMany({ where: { catalogCode: { in: catalogCodes } } })).map((n) => [n.catalogCode, n]),
  );
  const unitIds = [...new Set(indicators.flatMap((i) => i.values.flatMap((v) => (v.unitId ? [v.unitId] : []))))];
  // The packet is generated from the data as it stood at its latest change, and says so: the same
  // data gives the same packet (and ETag), so an upper level polling with If-None-Match gets a 304.
  const changes = [
    ...indicators.flatMap((i) => [i.updatedAt, ...i.values.map((v) => v.createdAt)]),
    ...[...national.values()].map((n) => n.updatedAt),
  ];
  const dataAsOf = changes.length ? changes.reduce((a, b) => (b > a ? b : a)) : new Date(`${period.start}T00:00:00+07:00`);
  const unitNames = new Map(
    (await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );

  return {
    header: {
      schemaVersion: KPI_PACKET_VERSION,
      standard: "QCVN 125:2021/BTTTT",
      reportingUnit: { id: unit.id, name: unit.name, kind: unit.kind === "WARD" ? "phuong" : "xa", province: unit.parent?.name ?? "" },
      period: { key: period.key, type: period.kind, label: period.label, start: period.start, end: period.end },
      dataAsOf: dataAsOf.toISOString(),
    },
    indicators: indicators.map((i) => {
      const kpiPeriod = lastKpiPeriodIn(period, i.frequency);
      const value = kpiPeriod ? i.values.filter((v) => v.periodKey === kpiPeriod.key).at(-1) : undefined;
      const known = i.values
        .map((v) => ({ periodKey: v.periodKey, periodEnd: dateOnlyKey(v.periodEnd), value: v.value.toNumber(), revision: v.revision }))
        .filter((v) => v.periodEnd <= asOf);
      const summary = summarizeIndicator(definitionOf(i), known, asOf, i.plan.periodStart);
      const mapped = i.catalogCode ? national.get(i.catalogCode) : undefined;
      const code = mapped
        ? { indicatorCode: mapped.nationalCode, codeSystem: "quoc-gia" as const }
        : i.catalogCode
          ? { indicatorCode: i.catalogCode, codeSystem: "danh-muc-cong" as const }
          : { indicatorCode: i.code, codeSystem: "ke-hoach" as const };
      return {
        ...code,
        catalogCode: i.catalogCode,
        indicatorId: i.id,
        name: mapped?.nationalName || i.name,
        period: kpiPeriod ? { key: kpiPeriod.key, label: kpiPeriod.label, start: kpiPeriod.start, end: kpiPeriod.end } : null,
        value: value ? value.value.toNumber() : null,
        numerator: value?.numerator ? value.numerator.toNumber() : null,
        denominator: value?.denominator ? value.denominator.toNumber() : null,
        unitOfMeasure: UNIT_LABEL[i.unit],
        dataSource: value ? (value.feedSource ?? `Nhập trên cổng: ${(value.unitId && unitNames.get(value.unitId)) || unit.name}`) : null,
        collectedAt: value ? value.createdAt.toISOString() : null,
        target: summary.milestone.target,
        targetText: targetText(i.comparison, summary.milestone.target, i.unit, i.name),
        status: { key: summary.status, label: summary.label },
      };
    }),
  };
}
