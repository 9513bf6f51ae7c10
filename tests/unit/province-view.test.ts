import { describe, expect, it } from "vitest";
import {
  ALL_PROVINCES,
  catalogTarget,
  MAX_ROWS,
  provinceName,
  provinceView,
  shownProvinceId,
  type ProvinceCommune,
} from "@/lib/dashboard/province-view";
import { readProvinceQuery } from "@/lib/dashboard/province-table";

const counts = { MET: 1, ON_TRACK: 0, BEHIND: 0, AT_RISK: 0, MISSED: 0, STALE: 0, NO_DATA: 1 };
const commune = (id: string, extra: Partial<ProvinceCommune> = {}): ProvinceCommune => ({
  id,
  name: `Phường ${id}`,
  provinceName: "Thành phố Hải Phòng",
  total: 10,
  done: 4,
  completion: 40,
  progress: 50,
  overdue: 2,
  indicatorCounts: counts,
  indicatorTotal: 2,
  indicatorOnTrack: 0.5,
  keyIndicators: {},
  lastUpdateAt: null,
  latestReport: null,
  operations: { openIncidents: 0, urgentIncidents: 0, checkedToday: false },
  ...extra,
});
const provinces = [
  { id: "hp", name: "Thành phố Hải Phòng" },
  { id: "th", name: "Tỉnh Thanh Hóa" },
];
const computedAt = new Date("2025-11-20T03:04:00Z");

describe("shownProvinceId", () => {
  it("keeps a province user on their own province whatever the URL says", () => {
    expect(shownProvinceId({ ownProvinceId: "hp", requested: "th", provinces: [] })).toBe("hp");
    expect(shownProvinceId({ ownProvinceId: "-", requested: ALL_PROVINCES, provinces: [] })).toBe("-");
  });
  it("gives a chooser the province asked for, the first one for an unknown id, none for the country", () => {
    expect(shownProvinceId({ ownProvinceId: null, requested: "th", provinces })).toBe("th");
    expect(shownProvinceId({ ownProvinceId: null, requested: "x", provinces })).toBe("hp");
    expect(shownProvinceId({ ownProvinceId: null, requested: "", provinces })).toBe("hp");
    expect(shownProvinceId({ ownProvinceId: null, requested: ALL_PROVINCES, provinces })).toBeNull();
    expect(shownProvinceId({ ownProvinceId: null, requested: "th", provinces: [] })).toBeNull();
  });
});

describe("provinceName", () => {
  it("reads the chooser's list, else the communes' province, and nothing for the country", () => {
    expect(provinceName("th", provinces, [commune("a")])).toBe("Tỉnh Thanh Hóa");
    expect(provinceName("hp", [], [commune("a")])).toBe("Thành phố Hải Phòng");
    expect(provinceName("hp", [], [])).toBeNull();
    expect(provinceName(null, provinces, [commune("a")])).toBeNull();
  });
});

describe("provinceView", () => {
  const base = { query: readProvinceQuery({}), provinceId: "hp", provinceName: "Thành phố Hải Phòng" };

  it("sums the communes' tasks into the summary line, marked read-only for province users", () => {
    const v = provinceView({
      ...base,
      communes: [commune("a"), commune("b", { done: 1, overdue: 0 })],
      readOnly: true,
      mayChooseProvince: false,
    });
    expect(v.title).toBe("Các xã, phường · Thành phố Hải Phòng");
    expect(v.context).toBe("Thành phố Hải Phòng");
    expect(v.description).toMatch(/^2 xã, phường · 5\/20 nhiệm vụ hoàn thành · 2 quá hạn · chỉ xem$/);
    expect(provinceView({ ...base, communes: [], readOnly: false, mayChooseProvince: true }).description).not.toContain("chỉ xem");
  });

  it("names the country when no province is chosen and shows the province column only then", () => {
    const v = provinceView({
      ...base,
      provinceId: null,
      provinceName: null,
      communes: [commune("a")],
      readOnly: false,
      mayChooseProvince: true,
    });
    expect(v.title).toBe("Các xã, phường");
    expect(v.context).toBe("Toàn quốc");
    expect(v.showProvince).toBe(true);
    expect(provinceView({ ...base, communes: [commune("a")], readOnly: false, mayChooseProvince: true }).showProvince).toBe(false);
  });

  it("searches and sorts the rows, writes out dates and says when the table is cut", () => {
    const communes = Array.from({ length: MAX_ROWS + 5 }, (_, i) => commune(String(i).padStart(4, "0")));
    communes[0] = commune("Hải An", {
      keyIndicators: { HO_SO_TRUC_TUYEN: 70, SO_HOA_LUU_TRU: 20 },
      lastUpdateAt: computedAt,
      latestReport: { id: "r1", communeId: "Hải An", periodLabel: "Tháng 10/2025", number: "05/BC-UBND", finalizedAt: computedAt },
    });
    const all = provinceView({ ...base, communes, readOnly: false, mayChooseProvince: true });
    expect(all.rows).toHaveLength(MAX_ROWS);
    expect(all.truncated).toEqual({ shown: MAX_ROWS, matching: MAX_ROWS + 5 });
    const found = provinceView({ ...base, query: readProvinceQuery({ q: "hai an" }), communes, readOnly: false, mayChooseProvince: true });
    expect(found.truncated).toBeNull();
    expect(found.rows).toHaveLength(1);
    expect(found.rows[0]).toMatchObject({ id: "Hải An", keyIndicators: [70, 20], report: { id: "r1", label: "Tháng 10/2025" } });
    expect(found.rows[0]?.lastUpdate).toMatch(/2025/);
    expect(found.points).toEqual([expect.objectContaining({ name: "Phường Hải An", x: 70, y: 20 })]);
    expect(
      provinceView({ ...base, query: readProvinceQuery({ q: "zzz" }), communes, readOnly: false, mayChooseProvince: true }).emptyMessage,
    ).toBe("Không có xã, phường phù hợp.");
    expect(provinceView({ ...base, communes: [], readOnly: false, mayChooseProvince: true }).emptyMessage).toBe("Chưa có xã, phường nào.");
  });

  it("plots only communes with both key KPIs, linking to their dashboard", () => {
    const v = provinceView({
      ...base,
      communes: [
        commune("a", { keyIndicators: { HO_SO_TRUC_TUYEN: 50 } }),
        commune("b", { keyIndicators: { HO_SO_TRUC_TUYEN: 0, SO_HOA_LUU_TRU: 0 } }),
      ],
      readOnly: false,
      mayChooseProvince: true,
    });
    expect(v.points).toEqual([{ name: "Phường b", x: 0, y: 0, href: "/c/b" }]);
  });

  it("takes the scatter's target lines from the catalog", () => {
    expect(catalogTarget("HO_SO_TRUC_TUYEN")).toBeGreaterThan(0);
    expect(catalogTarget("KHONG_CO")).toBe(0);
  });
});
