// Which communes a province task goes to, read from its lead as written (lib/province-plans/targets.ts).
import { describe, expect, it } from "vitest";
import { targetsFromLead } from "@/lib/province-plans/targets";

const communes = [
  { id: "c-haian", name: "Phường Hải An" },
  { id: "c-thachkhoi", name: "Phường Thạch Khôi" },
  { id: "c-halong", name: "Xã Hà Long" },
];
const read = (lead: string) => targetsFromLead("2.1", lead, communes);

describe("targetsFromLead", () => {
  it.each([
    "UBND các xã, phường",
    "Ủy ban nhân dân các xã, phường, đặc khu",
    "UBND cấp xã",
    "UBND xã, phường, đặc khu",
    "Các phường, xã trên địa bàn thành phố",
    "Sở Khoa học và Công nghệ; UBND các xã, phường",
    "các địa phương",
  ])("“%s” means every commune", (lead) => {
    expect(read(lead)).toEqual({ targetAll: true, targetCommuneIds: [], warning: null });
  });

  it("a lead naming communes targets those, in the province's order", () => {
    expect(read("UBND phường Hải An")).toEqual({ targetAll: false, targetCommuneIds: ["c-haian"], warning: null });
    expect(read("UBND xã Hà Long; UBND phường Hai An")).toEqual({
      targetAll: false,
      targetCommuneIds: ["c-haian", "c-halong"],
      warning: null,
    });
    expect(read("Ủy ban nhân dân phường Thạch Khôi").targetCommuneIds).toEqual(["c-thachkhoi"]);
  });

  it("a name alone, without its kind, or a longer name that contains it, is not that commune", () => {
    expect(read("Hải An").targetCommuneIds).toEqual([]);
    expect(read("UBND phường Hải Anh").targetCommuneIds).toEqual([]);
  });

  it.each(["Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "UBND tỉnh", "Sở Nội vụ; Sở Tài chính", "UBND thành phố"])(
    "a province body only (“%s”) is no commune's task, with a warning",
    (lead) => {
      const r = read(lead);
      expect(r.targetAll).toBe(false);
      expect(r.targetCommuneIds).toEqual([]);
      expect(r.warning).toContain("không giao cho xã");
      expect(r.warning).toContain("2.1");
    },
  );

  it("an unknown or missing lead goes nowhere and asks the reviewer to choose", () => {
    expect(read("Các đơn vị có liên quan")).toMatchObject({ targetAll: false, targetCommuneIds: [] });
    expect(read("Các đơn vị có liên quan").warning).toContain("hãy chọn xã, phường");
    expect(read("").warning).toContain("không ghi đơn vị chủ trì");
  });
});
