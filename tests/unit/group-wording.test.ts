import { describe, expect, it } from "vitest";
import { fittingUnits, keyTerms, readGroupWording, tidyGroupName } from "@/lib/units/group-wording";

describe("readGroupWording: built-in groups", () => {
  it.each([
    "Các phòng của UBND phường",
    "Các phòng thuộc UBND phường",
    "Các phòng thuộc Uỷ ban nhân dân xã",
    "Các phòng thuộc Ủy ban nhân dân phường",
    "các phòng của Ủy ban nhân dân xã Hà Long",
    "Cac phong thuoc UBND phuong",
    "CÁC PHÒNG THUỘC UBND PHƯỜNG",
    "Các phòng chuyên môn",
    "Các phòng chuyên môn thuộc UBND xã",
    "Các cơ quan chuyên môn xã",
    "Các cơ quan chuyên môn thuộc UBND phường",
    "Cac co quan chuyen mon thuoc Uy ban nhan dan xa",
    "Các phòng, ban thuộc UBND phường",
  ])("%j → the offices", (text) => expect(readGroupWording(text)).toEqual({ kind: "BUILTIN", builtin: "OFFICES" }));

  it.each([
    "Các cơ quan, đơn vị thuộc UBND xã",
    "Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường",
    "các cơ quan, đơn vị của Uỷ ban nhân dân xã",
    "Các cơ quan, đơn vị trực thuộc UBND phường",
    "Các đơn vị thuộc UBND xã",
    "Cac co quan, don vi thuoc UBND phuong Hai An",
  ])("%j → the People's Committee's units", (text) =>
    expect(readGroupWording(text)).toEqual({ kind: "BUILTIN", builtin: "COMMITTEE_UNITS" }),
  );
});

describe("readGroupWording: nobody in particular, and no collective wording", () => {
  it.each([
    "các đơn vị có liên quan",
    "Các đơn vị khác có liên quan",
    "Các cơ quan, đơn vị liên quan",
    "Các đơn vị",
    "Các cơ quan, đơn vị",
    "Đơn vị khác",
  ])("%j stays free text", (text) => expect(readGroupWording(text)).toEqual({ kind: "FREE" }));
  it.each(["Phòng Văn hóa - Xã hội", "Công an phường", "Trung tâm Phục vụ hành chính công", "Văn phòng HĐND và UBND"])(
    "%j is a unit's name, not group wording",
    (text) => expect(readGroupWording(text)).toBeNull(),
  );
  it("“Các đơn vị” alone is not the People's Committee's units (the committee must be named)", () => {
    expect(readGroupWording("Các đơn vị")).toEqual({ kind: "FREE" });
  });
});

describe("readGroupWording: other collective wording → a proposal", () => {
  it("names it tidily and keeps its key terms", () => {
    expect(readGroupWording("Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin")).toEqual({
      kind: "PROPOSAL",
      name: "Các đơn vị quản lý, vận hành nền tảng số, hệ thống thông tin",
      keyTerms: ["quan ly", "van hanh", "nen tang", "tang so", "he thong", "thong thong", "thong tin"],
    });
  });
  it("tidies the role and the inner “các” away, and the trailing stop", () => {
    expect(tidyGroupName("các đơn vị phối hợp thực hiện các chương trình văn hóa.")).toBe("Các đơn vị chương trình văn hóa");
    expect(tidyGroupName("Các đơn vị được giao quản lý các cơ sở dữ liệu")).toBe("Các đơn vị quản lý cơ sở dữ liệu");
  });
  it("key terms are two-word terms without the generic ones", () => {
    expect(keyTerms("Các cơ quan, đơn vị chủ trì")).toEqual([]);
    expect(keyTerms("Các đơn vị văn hóa, thể thao")).toEqual(["van hoa", "the thao"]);
  });
});

describe("fittingUnits", () => {
  const units = [
    { id: "vp", name: "Văn phòng HĐND và UBND" },
    { id: "vhxh", name: "Phòng Văn hóa - Xã hội" },
    { id: "tt", name: "Trung tâm Phục vụ hành chính công" },
    { id: "tc", name: "Trung tâm Văn hóa, Thể thao và Truyền thanh" },
  ];
  it("preselects the units whose names share a key term, in the units' order", () => {
    expect(fittingUnits(keyTerms("Các đơn vị văn hóa, thể thao"), units)).toEqual(["vhxh", "tc"]);
  });
  it("one shared syllable is not a fit (“vận hành” vs “hành chính”); often nothing fits", () => {
    expect(fittingUnits(keyTerms("Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin"), units)).toEqual([]);
  });
  it("generic words (trung tâm, văn phòng) make no fit", () => {
    expect(fittingUnits(keyTerms("Các trung tâm"), units)).toEqual([]);
  });
});
