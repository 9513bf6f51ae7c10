import { describe, expect, it } from "vitest";
import { readIndicatorFilters } from "@/lib/indicators/list-filters";
import { indicatorListView } from "@/lib/indicators/list-view";
import type { IndicatorStatus } from "@/lib/indicators/status";

const row = (id: string, planId: string, status: IndicatorStatus, unit: string | null = "u1") => ({
  id,
  planId,
  responsibleUnitId: unit,
  summary: { status },
});
const loaded = [
  { plan: { id: "p1" }, indicators: [row("a", "p1", "MET"), row("b", "p1", "BEHIND"), row("c", "p1", "BEHIND", "u2")] },
  { plan: { id: "p2" }, indicators: [row("d", "p2", "NO_DATA")] },
];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("indicatorListView", () => {
  it("shows everything without filters, with a chip per status present", () => {
    const v = indicatorListView("cm", loaded, readIndicatorFilters({}));
    expect(v.indicatorCount).toBe(4);
    expect(v.filterNote).toBeNull();
    expect(v.chips).toEqual([
      { status: "MET", count: 1, active: false, href: "/c/cm/chi-tieu?tinh-trang=MET" },
      { status: "BEHIND", count: 2, active: false, href: "/c/cm/chi-tieu?tinh-trang=BEHIND" },
      { status: "NO_DATA", count: 1, active: false, href: "/c/cm/chi-tieu?tinh-trang=NO_DATA" },
    ]);
    expect(v.plans.map((p) => ids(p.shown))).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("counts the chips after plan and unit but narrows the tables by status; the active chip clears it", () => {
    const v = indicatorListView("cm", loaded, readIndicatorFilters({ "ke-hoach": "p1", "don-vi": "u1", "tinh-trang": "BEHIND" }));
    const [p1, ...others] = v.plans;
    expect(p1?.plan.id).toBe("p1");
    expect(others).toEqual([]);
    expect(ids(p1?.indicators ?? [])).toEqual(["a", "b"]);
    expect(ids(p1?.shown ?? [])).toEqual(["b"]);
    expect(v.chips.map((c) => [c.status, c.count, c.active])).toEqual([
      ["MET", 1, false],
      ["BEHIND", 1, true],
    ]);
    expect(v.chips[1]?.href).toBe("/c/cm/chi-tieu?ke-hoach=p1&don-vi=u1");
    expect(v.filterNote).toBe("Đang lọc theo tình trạng “Chậm” theo đơn vị chịu trách nhiệm theo kế hoạch.");
  });

  it("says which filters are set", () => {
    expect(indicatorListView("cm", loaded, readIndicatorFilters({ "ke-hoach": "p2" })).filterNote).toBe("Đang lọc theo kế hoạch.");
    expect(indicatorListView("cm", [], readIndicatorFilters({ "don-vi": "u1" })).filterNote).toBe("Đang lọc theo đơn vị chịu trách nhiệm.");
  });
});
