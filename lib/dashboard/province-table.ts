// Search and sort of the province table, read from the URL (a GET form and header links: they work
// without JavaScript on an old PC and the view can be bookmarked or sent to a colleague).
import { searchParam, type SearchParams } from "../validation/search-params";
import { foldText } from "@/lib/text";
import { routes } from "../routes";

export const PROVINCE_SORTS = {
  ten: "Xã, phường",
  "hoan-thanh": "Hoàn thành",
  "qua-han": "Quá hạn",
  "chi-tieu": "Chỉ tiêu",
  "su-co": "Sự cố đang mở",
  "cap-nhat": "Cập nhật gần nhất",
} as const;

export type ProvinceSort = keyof typeof PROVINCE_SORTS;
export type ProvinceQuery = { q: string; sort: ProvinceSort; dir: "asc" | "desc"; provinceId: string };

/** The direction a column sorts in when first clicked: worst first for the figures a leader chases. */
export const DEFAULT_DIR: Record<ProvinceSort, "asc" | "desc"> = {
  ten: "asc",
  "hoan-thanh": "asc",
  "qua-han": "desc",
  "chi-tieu": "asc",
  "su-co": "desc",
  "cap-nhat": "asc",
};

export function readProvinceQuery(params: SearchParams): ProvinceQuery {
  const one = (k: string) => searchParam(params, k);
  const sort = (one("sap-xep") in PROVINCE_SORTS ? one("sap-xep") : "ten") as ProvinceSort;
  const dir = one("chieu") === "asc" || one("chieu") === "desc" ? (one("chieu") as "asc" | "desc") : DEFAULT_DIR[sort];
  return { q: one("q"), sort, dir, provinceId: one("tinh") };
}

type Sortable = {
  name: string;
  completion: number;
  overdue: number;
  indicatorOnTrack: number | null;
  lastUpdateAt: Date | null;
  operations: { openIncidents: number; urgentIncidents: number };
};

const sortKey: Record<ProvinceSort, (r: Sortable) => number | string | null> = {
  ten: (r) => r.name,
  "hoan-thanh": (r) => r.completion,
  "qua-han": (r) => r.overdue,
  "chi-tieu": (r) => r.indicatorOnTrack,
  // Urgent ones weigh more: two incidents, one urgent, come before two ordinary ones.
  "su-co": (r) => r.operations.openIncidents + r.operations.urgentIncidents / 1000,
  "cap-nhat": (r) => r.lastUpdateAt?.getTime() ?? null,
};

/** Rows whose name holds every word of `q` (diacritics ignored), sorted; empty values always last. */
export function provinceRows<T extends Sortable>(rows: readonly T[], query: ProvinceQuery): T[] {
  const words = foldText(query.q).split(/\s+/).filter(Boolean);
  const key = sortKey[query.sort];
  const sign = query.dir === "asc" ? 1 : -1;
  return rows
    .filter((r) => words.every((w) => foldText(r.name).includes(w)))
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? a.name.localeCompare(b.name, "vi") : x === null ? 1 : -1;
      const c = typeof x === "string" ? x.localeCompare(String(y), "vi") : x - Number(y);
      return c * sign || a.name.localeCompare(b.name, "vi");
    });
}

/** The URL of the table sorted by `sort`; clicking the current column flips its direction. */
export function sortHref(query: ProvinceQuery, sort: ProvinceSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sort];
  return routes.provinceOverview({ q: query.q, provinceId: query.provinceId, sort, dir });
}

/** "2 (1 khẩn cấp)", "1", "0": the open incidents of a commune as the table's cell says them. */
export function openIncidentsText(o: { openIncidents: number; urgentIncidents: number }): string {
  return o.urgentIncidents > 0 ? `${o.openIncidents} (${o.urgentIncidents} khẩn cấp)` : String(o.openIncidents);
}

/** "Đã kiểm tra", "Chưa", "Ngày nghỉ": today's start-of-day check. */
export function checkedTodayText(checked: boolean | null): string {
  return checked === null ? "Ngày nghỉ" : checked ? "Đã kiểm tra" : "Chưa";
}
