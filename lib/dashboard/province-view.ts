// What the communes page (app/xa-phuong) shows, worked out from the province overview: which province,
// the summary line, the table's rows and the key-KPI scatter. Pure, so that the page only gates, loads
// and renders.
import { formatDateTime } from "../dates";
import { INDICATOR_CATALOG } from "../indicators/catalog";
import { routes } from "../routes";
import { KEY_INDICATORS, type ProvinceRow } from "./province";
import { provinceRows, type ProvinceQuery } from "./province-table";

/** The `tinh` value of an admin's country-wide view. */
export const ALL_PROVINCES = "ca-nuoc";
/** Rows shown at once: a country has about 3,300 communes; sorting and search pick which. */
export const MAX_ROWS = 300;

/** One commune of the overview (lib/dashboard/province.ts), as far as the page reads it. */
export type ProvinceCommune = Pick<
  ProvinceRow,
  | "id"
  | "name"
  | "provinceName"
  | "total"
  | "done"
  | "completion"
  | "progress"
  | "overdue"
  | "indicatorCounts"
  | "indicatorTotal"
  | "indicatorOnTrack"
  | "keyIndicators"
  | "lastUpdateAt"
  | "latestReport"
  | "operations"
>;

/** A row of the province table (components/dashboard/province-table.tsx), dates already written out. */
export type ProvinceTableRow = Omit<ProvinceCommune, "indicatorOnTrack" | "keyIndicators" | "lastUpdateAt" | "latestReport"> & {
  keyIndicators: (number | null)[];
  lastUpdate: string | null;
  /** The latest signed report: its period and when it was signed. */
  report: { id: string; label: string; signed: string } | null;
};

export type ScatterPoint = { name: string; x: number; y: number; href: string };

/**
 * The province shown. `ownProvinceId` is set for a user bound to one province: theirs, whatever the
 * URL says ("-" when the account has none, which matches no commune). Otherwise the one asked for,
 * null for the whole country, or the first province when the URL names none that exists.
 */
export function shownProvinceId(p: {
  ownProvinceId: string | null;
  requested: string;
  provinces: readonly { id: string }[];
}): string | null {
  if (p.ownProvinceId !== null) return p.ownProvinceId;
  if (p.requested === ALL_PROVINCES) return null;
  return (p.provinces.find((x) => x.id === p.requested) ?? p.provinces[0])?.id ?? null;
}

/** The province's name: from the list a chooser has, else from the communes themselves. */
export function provinceName(
  provinceId: string | null,
  provinces: readonly { id: string; name: string }[],
  communes: readonly ProvinceCommune[],
): string | null {
  if (!provinceId) return null;
  return provinces.find((p) => p.id === provinceId)?.name ?? communes[0]?.provinceName ?? null;
}

export function provinceTotals(communes: readonly ProvinceCommune[]) {
  return communes.reduce((t, c) => ({ total: t.total + c.total, done: t.done + c.done, overdue: t.overdue + c.overdue }), {
    total: 0,
    done: 0,
    overdue: 0,
  });
}

function tableRow(c: ProvinceCommune): ProvinceTableRow {
  return {
    id: c.id,
    name: c.name,
    provinceName: c.provinceName,
    total: c.total,
    done: c.done,
    completion: c.completion,
    progress: c.progress,
    overdue: c.overdue,
    indicatorCounts: c.indicatorCounts,
    indicatorTotal: c.indicatorTotal,
    keyIndicators: KEY_INDICATORS.map((k) => c.keyIndicators[k.code] ?? null),
    lastUpdate: c.lastUpdateAt ? formatDateTime(c.lastUpdateAt) : null,
    report: c.latestReport
      ? { id: c.latestReport.id, label: c.latestReport.periodLabel, signed: formatDateTime(c.latestReport.finalizedAt) }
      : null,
    operations: c.operations,
  };
}

/** Communes with values of both key KPIs, one dot each, linking to the commune. */
export function keyIndicatorPoints(communes: readonly ProvinceCommune[]): ScatterPoint[] {
  const [xIndicator, yIndicator] = KEY_INDICATORS;
  return communes.flatMap((c) => {
    const x = c.keyIndicators[xIndicator.code];
    const y = c.keyIndicators[yIndicator.code];
    return x === undefined || y === undefined ? [] : [{ name: c.name, x, y, href: routes.commune(c.id).dashboard() }];
  });
}

/** The catalog's default target of a KPI (the dashed lines of the scatter). */
export function catalogTarget(code: string): number {
  return INDICATOR_CATALOG.find((k) => k.code === code)?.defaultTarget ?? 0;
}

export function provinceView(p: {
  communes: readonly ProvinceCommune[];
  query: ProvinceQuery;
  provinceId: string | null;
  provinceName: string | null;
  /** Province users read only: the summary says so. */
  readOnly: boolean;
  /** The country-wide view of a user who may choose: rows name their province. */
  mayChooseProvince: boolean;
}) {
  const matching = provinceRows(p.communes, p.query);
  const shown = matching.slice(0, MAX_ROWS);
  const totals = provinceTotals(p.communes);
  return {
    title: p.provinceName ? `Các xã, phường · ${p.provinceName}` : "Các xã, phường",
    context: p.provinceName ?? "Toàn quốc",
    description:
      `${p.communes.length} xã, phường · ${totals.done}/${totals.total} nhiệm vụ hoàn thành · ${totals.overdue} quá hạn` +
      (p.readOnly ? " · chỉ xem" : ""),
    rows: shown.map(tableRow),
    /** Set when the table holds only the first MAX_ROWS of the matching communes. */
    truncated: matching.length > shown.length ? { shown: shown.length, matching: matching.length } : null,
    emptyMessage: p.communes.length ? "Không có xã, phường phù hợp." : "Chưa có xã, phường nào.",
    showProvince: p.mayChooseProvince && !p.provinceId,
    points: keyIndicatorPoints(p.communes),
  };
}
