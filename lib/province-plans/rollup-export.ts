import "server-only";
// The roll-up by province task as an XLSX file (/tinh/…/ke-hoach/…/tong-hop/xuat-excel): sheet 1 the
// tasks with the count of communes per category (the page's categories and labels) and the laggards,
// sheet 2 the KPIs' distribution against the province target, sheet 3 one row per (task, commune).
import { dateOnlyKey, formatDateKey, formatDateTime, localDateKey } from "../dates";
import { addTableSheet, newWorkbook, type XlsxCell, type XlsxColumn } from "../exports/xlsx-table";
import { formatValue } from "../format/number";
import { COMPARISON_SYMBOL } from "../indicators/status";
import { UNIT_LABEL } from "../indicators/vocabulary";
import { getPlanPairs, getPlanRollup, type KpiRollup, type PlanRollup, type RollupCategory } from "./rollup";
import { KPI_BUCKETS } from "./rollup-kpi";
import type { DetailRow } from "./rollup-sql";
import { lagReason, ROLLUP_META, SHOWN_ORDER } from "./rollup-view";

/** The columns of the category counts: the page's order, then the withdrawn ones it shows apart. */
export const EXPORT_CATEGORIES: readonly RollupCategory[] = [...SHOWN_ORDER, "WITHDRAWN"];

type Table = { columns: XlsxColumn[]; rows: XlsxCell[][] };

export function taskTable(rollup: PlanRollup): Table {
  return {
    columns: [
      { header: "Mã", width: 8 },
      { header: "Nhiệm vụ", width: 50 },
      { header: "Nhóm", width: 24 },
      { header: "Xã được giao", width: 10 },
      ...EXPORT_CATEGORIES.map((c) => ({ header: ROLLUP_META[c].label, width: 12 })),
      { header: "Tỷ lệ hoàn thành (%)", width: 12 },
      { header: "Số xã chậm", width: 9 },
      { header: "Xã chậm", width: 40 },
    ],
    rows: rollup.tasks.map((t) => [
      t.task.code,
      t.task.withdrawn ? `${t.task.title} (đã thu hồi)` : t.task.title,
      [t.task.groupCode, t.task.groupTitle].filter(Boolean).join(". "),
      t.targeted,
      ...EXPORT_CATEGORIES.map((c) => t.counts[c]),
      t.doneShare,
      t.laggards.length,
      t.laggards.map((l) => l.communeName).join("; "),
    ]),
  };
}

const fmt = (k: KpiRollup, n: number | null) => (n === null ? null : formatValue(n, k.indicator.unit));

export function kpiTable(rollup: PlanRollup): Table {
  return {
    columns: [
      { header: "Mã", width: 8 },
      { header: "Chỉ tiêu", width: 44 },
      { header: "Đơn vị tính", width: 11 },
      { header: "Chỉ tiêu của tỉnh", width: 12 },
      { header: "Xã được giao", width: 10 },
      { header: "Đạt", width: 8 },
      { header: "Chưa đạt", width: 9 },
      { header: "Chưa có số liệu", width: 10 },
      ...KPI_BUCKETS.map((b) => ({ header: b.label, width: 12 })),
      { header: "Thấp nhất", width: 10 },
      { header: "Trung vị", width: 10 },
      { header: "Cao nhất", width: 10 },
      { header: "Xã chưa đạt (xa chỉ tiêu nhất trước)", width: 40 },
      { header: "Xã chưa có số liệu", width: 30 },
    ],
    rows: rollup.kpis.map((k) => {
      const d = k.distribution;
      return [
        k.indicator.code,
        k.indicator.name,
        UNIT_LABEL[k.indicator.unit],
        `${COMPARISON_SYMBOL[k.indicator.comparison]} ${formatValue(k.indicator.target, k.indicator.unit)}`,
        d.targeted,
        d.met,
        d.notMet,
        d.noValue,
        ...KPI_BUCKETS.map((b) => d.buckets[b.key]),
        fmt(k, d.min),
        fmt(k, d.median),
        fmt(k, d.max),
        d.below.map((x) => `${x.communeName} (${formatValue(x.value, k.indicator.unit)})`).join("; "),
        d.missing.map((x) => x.communeName).join("; "),
      ];
    }),
  };
}

export function pairTable(rollup: PlanRollup, pairs: readonly DetailRow[]): Table {
  const tasks = new Map(rollup.tasks.map((t) => [t.task.id, t.task]));
  return {
    columns: [
      { header: "Mã nhiệm vụ", width: 10 },
      { header: "Nhiệm vụ", width: 44 },
      { header: "Xã, phường", width: 24 },
      { header: "Trạng thái", width: 22 },
      { header: "Tiến độ (%)", width: 9 },
      { header: "Hạn hoàn thành", width: 12 },
      { header: "Cập nhật gần nhất", width: 17 },
      { header: "Đơn vị chủ trì", width: 24 },
      { header: "Xã chậm", width: 8 },
      { header: "Lý do chậm", width: 34 },
    ],
    rows: pairs.map((r) => {
      const task = tasks.get(r.provinceTaskId);
      const category = r.category as RollupCategory;
      return [
        task?.code ?? "",
        task?.title ?? "",
        r.communeName,
        ROLLUP_META[category]?.label ?? r.category,
        r.progress,
        r.dueDate ? formatDateKey(dateOnlyKey(r.dueDate)) : null,
        r.lastUpdateAt ? formatDateTime(r.lastUpdateAt) : null,
        r.leadUnits,
        r.lagging ? "Có" : "",
        r.lagging ? lagReason(r, rollup.period.label) : "",
      ];
    }),
  };
}

/**
 * The workbook of a plan's roll-up for `provinceId`; null when the plan is not that province's. Counted
 * afresh at one instant (not the page's one-minute cache): the three sheets then agree with one another.
 */
export async function planRollupWorkbook(provinceId: string, planId: string, now = new Date()) {
  const rollup = await getPlanRollup(provinceId, planId, now);
  if (!rollup) return null;
  const pairs = rollup.version ? await getPlanPairs(provinceId, planId, rollup.version.snapshot.tasks, now) : [];
  const planName = rollup.plan.number ? `Kế hoạch số ${rollup.plan.number}` : rollup.plan.title;
  const subtitle = rollup.version
    ? `${planName} · phiên bản ${rollup.version.number} · kỳ ${rollup.period.label} · số liệu lúc ${formatDateTime(now)}`
    : `${planName} · chưa ban hành phiên bản nào`;
  const wb = newWorkbook(now);
  addTableSheet(wb, { name: "Nhiệm vụ", title: "TỔNG HỢP THEO NHIỆM VỤ CỦA TỈNH", subtitle, ...taskTable(rollup) });
  addTableSheet(wb, { name: "Chỉ tiêu", title: "CHỈ TIÊU CỦA TỈNH: PHÂN BỐ GIỮA CÁC XÃ", subtitle, ...kpiTable(rollup) });
  addTableSheet(wb, { name: "Theo xã", title: "TÌNH TRẠNG TỪNG NHIỆM VỤ Ở TỪNG XÃ", subtitle, ...pairTable(rollup, pairs) });
  const fileName = `Tổng hợp ${rollup.plan.number ? `Kế hoạch ${rollup.plan.number.replaceAll("/", "-")}` : "kế hoạch"} - ${localDateKey(now)}.xlsx`;
  return { wb, fileName, rollup, pairs };
}
