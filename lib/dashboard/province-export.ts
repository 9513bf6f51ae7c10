import "server-only";
// The province table (/xa-phuong) as an XLSX file: the same communes as on screen for the same search,
// sort and province, in the same order, with the columns the API's CSV also writes (./province-columns.ts).
import type { Viewer } from "../auth/permissions";
import { canPickProvince, isBoundToOwnProvince } from "../auth/permissions";
import { listProvinces } from "../communes/queries";
import { formatDateTime, localDateKey } from "../dates";
import { addTableSheet, newWorkbook } from "../exports/xlsx-table";
import { PROVINCE_COLUMNS, provinceSummaryRow } from "./province-columns";
import type { ProvinceQuery } from "./province-table";
import { provinceRows } from "./province-table";
import { shownProvinceId, type ProvinceCommune } from "./province-view";

/**
 * The province the page and its export show, and the provinces an admin may choose from: a province
 * user's own whatever the URL says, else the one asked for (lib/dashboard/province-view.ts shownProvinceId).
 */
export async function shownProvinceFor(user: Viewer, query: ProvinceQuery) {
  const provinces = canPickProvince(user) ? await listProvinces() : [];
  const provinceId = shownProvinceId({
    ownProvinceId: isBoundToOwnProvince(user) ? (user.provinceId ?? "-") : null,
    requested: query.provinceId,
    provinces,
  });
  return { provinces, provinceId };
}

/**
 * The workbook of the table: every commune matching the search (the page stops at MAX_ROWS to stay
 * light; a file has no such need), in the table's order.
 */
export function provinceTableWorkbook(p: {
  communes: readonly ProvinceCommune[];
  query: ProvinceQuery;
  provinceName: string | null;
  computedAt: Date;
}) {
  const rows = provinceRows(p.communes, p.query).map(provinceSummaryRow);
  const wb = newWorkbook(p.computedAt);
  const search = p.query.q ? ` · tìm "${p.query.q}"` : "";
  addTableSheet(wb, {
    name: "Xã, phường",
    title: `CÁC XÃ, PHƯỜNG – ${(p.provinceName ?? "Toàn quốc").toUpperCase()}`,
    subtitle: `${rows.length} xã, phường${search} · số liệu lúc ${formatDateTime(p.computedAt)}`,
    columns: PROVINCE_COLUMNS,
    rows: rows.map((r) => PROVINCE_COLUMNS.map((c) => c.value(r))),
  });
  return wb;
}

/** "Các xã, phường - Hải Phòng - 2026-12-05.xlsx". */
export const provinceTableFileName = (provinceName: string | null, at: Date) =>
  `Các xã, phường - ${provinceName ?? "Toàn quốc"} - ${localDateKey(at)}.xlsx`;
