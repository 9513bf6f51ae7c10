// The province table's figures as one flat row per commune, and the columns both the table's XLSX
// export (app/xa-phuong/xuat-excel) and the API's CSV (/api/v1/provinces/{provinceId}/summary?format=csv)
// write: one definition, so the two files always have the same headers in the same order.
import { formatDateTime } from "../dates";
import type { CsvColumn } from "../api/csv";
import { STATUS_META, type IndicatorStatus } from "../indicators/status";
import { KEY_INDICATORS } from "./province";
import { checkedTodayText } from "./province-table";
import type { ProvinceCommune } from "./province-view";

/** The order the KPI states are shown in (the table's legend). */
export const INDICATOR_STATUS_ORDER: readonly IndicatorStatus[] = ["MET", "ON_TRACK", "BEHIND", "AT_RISK", "MISSED", "STALE", "NO_DATA"];

export type ProvinceSummaryRow = {
  id: string;
  name: string;
  provinceName: string;
  tasks: { total: number; done: number; completion: number; progress: number; overdue: number };
  indicators: { total: number; onTrack: number | null; counts: Record<IndicatorStatus, number> };
  keyIndicators: { code: string; label: string; value: number | null }[];
  lastUpdateAt: string | null;
  latestReport: { id: string; periodLabel: string; number: string; finalizedAt: string } | null;
  operations: { openIncidents: number; urgentIncidents: number; checkedToday: boolean | null };
};

/** One commune of the province overview (lib/dashboard/province.ts) as the exports and the API give it. */
export function provinceSummaryRow(c: ProvinceCommune): ProvinceSummaryRow {
  return {
    id: c.id,
    name: c.name,
    provinceName: c.provinceName ?? "",
    tasks: { total: c.total, done: c.done, completion: c.completion, progress: c.progress, overdue: c.overdue },
    indicators: {
      total: c.indicatorTotal,
      onTrack: c.indicatorOnTrack === null ? null : Math.round(c.indicatorOnTrack * 100),
      counts: c.indicatorCounts,
    },
    keyIndicators: KEY_INDICATORS.map((k) => ({ code: k.code, label: k.label, value: c.keyIndicators[k.code] ?? null })),
    lastUpdateAt: c.lastUpdateAt?.toISOString() ?? null,
    latestReport: c.latestReport
      ? {
          id: c.latestReport.id,
          periodLabel: c.latestReport.periodLabel,
          number: c.latestReport.number,
          finalizedAt: c.latestReport.finalizedAt.toISOString(),
        }
      : null,
    operations: c.operations,
  };
}

/** A column of the file: its header, its width in the spreadsheet (characters) and its value. */
export type ProvinceColumn = CsvColumn<ProvinceSummaryRow> & { width: number };

const instantText = (iso: string | null) => (iso ? formatDateTime(new Date(iso)) : "");

export const PROVINCE_COLUMNS: readonly ProvinceColumn[] = [
  { header: "Xã, phường", width: 28, value: (r) => r.name },
  { header: "Tỉnh, thành phố", width: 20, value: (r) => r.provinceName },
  { header: "Số nhiệm vụ", width: 11, value: (r) => r.tasks.total },
  { header: "Đã hoàn thành", width: 12, value: (r) => r.tasks.done },
  { header: "Tỷ lệ hoàn thành (%)", width: 13, value: (r) => r.tasks.completion },
  { header: "Tiến độ bình quân (%)", width: 13, value: (r) => r.tasks.progress },
  { header: "Quá hạn", width: 10, value: (r) => r.tasks.overdue },
  { header: "Số chỉ tiêu", width: 10, value: (r) => r.indicators.total },
  { header: "Chỉ tiêu đạt hoặc đúng tiến độ (%)", width: 16, value: (r) => r.indicators.onTrack },
  ...INDICATOR_STATUS_ORDER.map((s): ProvinceColumn => ({
    header: `Chỉ tiêu: ${STATUS_META[s].label}`,
    width: 12,
    value: (r) => r.indicators.counts[s],
  })),
  ...KEY_INDICATORS.map((k, i): ProvinceColumn => ({ header: k.label, width: 16, value: (r) => r.keyIndicators[i]?.value ?? null })),
  { header: "Sự cố đang mở", width: 12, value: (r) => r.operations.openIncidents },
  { header: "Sự cố khẩn cấp đang mở", width: 12, value: (r) => r.operations.urgentIncidents },
  { header: "Kiểm tra đầu giờ hôm nay", width: 13, value: (r) => checkedTodayText(r.operations.checkedToday) },
  { header: "Cập nhật gần nhất", width: 17, value: (r) => instantText(r.lastUpdateAt) },
  { header: "Báo cáo gần nhất", width: 22, value: (r) => r.latestReport?.periodLabel ?? "" },
  { header: "Số báo cáo", width: 14, value: (r) => r.latestReport?.number ?? "" },
  { header: "Thời điểm ký báo cáo", width: 17, value: (r) => instantText(r.latestReport?.finalizedAt ?? null) },
];
