import { describe, expect, it } from "vitest";
import { cleanUnitName, isGenericUnitWording, readUnitList, splitUnitList } from "@/lib/import/units";
import { matchUnit, normalizeUnitName } from "@/lib/units/match";
import { otherCommuneWarning } from "@/lib/import/commune-check";
import { haLong } from "@/prisma/seed/ha-long";
import { haiAn } from "@/prisma/seed/hai-an";
import { thachKhoi } from "@/prisma/seed/thach-khoi";
import type { SeedCommune } from "@/prisma/seed/types";

function unitsOf(commune: SeedCommune) {
  return commune.units.map((u, i) => ({ id: `u${i}`, name: u.name, shortName: u.shortName }));
}

describe("normalizeUnitName", () => {
  it("gives one key for the spellings of one unit", () => {
    const key = normalizeUnitName("Văn phòng HĐND và UBND");
    for (const written of [
      "VP HĐND-UBND",
      "Văn phòng HĐND&UBND xã",
      "Văn phòng HĐND & UBND phường",
      "văn phòng hđnd - ubnd phường Hải An",
      "Van phong HDND va UBND",
      "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    ])
      expect(normalizeUnitName(written), written).toBe(key);
  });

  it("keeps units apart that only share words", () => {
    expect(normalizeUnitName("Phòng Văn hóa - Xã hội")).not.toBe(normalizeUnitName("Văn phòng HĐND và UBND"));
    expect(normalizeUnitName("Phòng Văn hóa - Xã hội")).toBe("phong van hoa xa hoi");
    expect(normalizeUnitName("Công an phường")).toBe(normalizeUnitName("Công an xã Hà Long"));
  });
});

describe("matchUnit", () => {
  const rows: [SeedCommune, string, string | null][] = [
    [haiAn, "TTPVHCC", "Trung tâm Phục vụ hành chính công"],
    [haiAn, "TT PVHCC", "Trung tâm Phục vụ hành chính công"],
    [haiAn, "Trung tâm phục vụ hành chính công phường", "Trung tâm Phục vụ hành chính công"],
    [haiAn, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Trung tâm Phục vụ hành chính công"],
    [haiAn, "trung tam phuc vu hanh chinh cong", "Trung tâm Phục vụ hành chính công"],
    [haiAn, "VH-XH", "Phòng Văn hóa - Xã hội"],
    [haiAn, "Phòng VH-XH", "Phòng Văn hóa - Xã hội"],
    [haiAn, "Phòng Văn Hóa-Xã hội.", "Phòng Văn hóa - Xã hội"],
    [haiAn, "Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND"],
    [haiAn, "Phòng Kinh tế, Hạ tầng & Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị"],
    [haiAn, "Trung tâm sự nghiệp công phường", "Trung tâm Sự nghiệp công"],
    [haiAn, "Công an phường Hải An", "Công an phường"],
    [haiAn, "Công an", "Công an phường"],
    [haiAn, "Trung tâm", null],
    [haiAn, "Sở Khoa học và Công nghệ", null],
    [haiAn, "Các đơn vị có liên quan", null],
    [haiAn, "", null],
    [thachKhoi, "Văn phòng HĐND & UBND phường", "Văn phòng HĐND và UBND"],
    [thachKhoi, "Ủy ban MTTQ Việt Nam phường", "Ủy ban MTTQ Việt Nam"],
    [thachKhoi, "Trung tâm Văn hóa, Thể thao và Truyền thông", "Trung tâm Văn hóa, Thể thao và Truyền thông"],
    [thachKhoi, "Các Tổ công nghệ số cộng đồng trên địa bàn phường", "Các Tổ công nghệ số cộng đồng"],
    [haLong, "Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam"],
    [haLong, "Các tổ chức đoàn thể chính trị - xã hội", "Các tổ chức chính trị - xã hội"],
    [haLong, "Ban chỉ đạo cấp xã", "Ban Chỉ đạo xã"],
    [haLong, "TTCƯDVC", "Trung tâm Cung ứng dịch vụ công"],
    [haLong, "Trung tâm cung ứng dịch vụ công", "Trung tâm Cung ứng dịch vụ công"],
    [haLong, "PKT", "Phòng Kinh tế"],
    [haLong, "Các thôn trên địa bàn xã", "Các thôn"],
    [haLong, "Trạm y tế", "Trạm Y tế"],
    [haLong, "Các trường", "Các trường học"],
    [haLong, "Công an xã", "Công an xã"],
  ];
  it.each(rows.map(([c, written, name]) => [c.key, written, name, c] as const))("%s: %j → %j", (_key, written, name, commune) => {
    expect(matchUnit(written, unitsOf(commune))?.name ?? null).toBe(name);
  });

  it("returns the unit object itself, with its id", () => {
    const units = unitsOf(haiAn);
    expect(matchUnit("TT PVHCC", units)).toBe(units[3]);
  });
});

describe("splitUnitList", () => {
  const rows: [string, string[]][] = [
    [
      "Văn phòng HĐND và UBND; Phòng Kinh tế, Hạ tầng và Đô thị, Trung tâm Phục vụ hành chính công và Công an phường",
      ["Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công", "Công an phường"],
    ],
    [
      "Các phòng thuộc UBND phường, Trung tâm phục vụ hành chính công và các đơn vị có liên quan.",
      ["Các phòng thuộc UBND phường", "Trung tâm phục vụ hành chính công", "các đơn vị có liên quan"],
    ],
    ["Trung tâm Văn hóa, Thể thao và Truyền thông", ["Trung tâm Văn hóa, Thể thao và Truyền thông"]],
    [
      "Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin;",
      ["Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin"],
    ],
    ["Văn phòng HĐND&UBND xã", ["Văn phòng HĐND&UBND xã"]],
    ["Các trường, trạm y tế", ["Các trường", "trạm y tế"]],
    ["Mặt trận Tổ quốc và các tổ chức đoàn thể chính trị - xã hội", ["Mặt trận Tổ quốc", "các tổ chức đoàn thể chính trị - xã hội"]],
    ["VP HĐND-UBND & TTPVHCC", ["VP HĐND-UBND", "TTPVHCC"]],
    ["", []],
    [" ; , ", []],
  ];
  it.each(rows)("%j", (text, parts) => expect(splitUnitList(text)).toEqual(parts));
});

describe("isGenericUnitWording", () => {
  it.each([
    "Các đơn vị có liên quan",
    "các đơn vị khác có liên quan",
    "Các phòng thuộc UBND phường",
    "Các phòng của UBND phường",
    "Các đơn vị chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin",
    "Cơ quan, đơn vị liên quan",
    "Các cơ quan liên quan",
    "",
  ])("%j is generic", (text) => expect(isGenericUnitWording(text)).toBe(true));

  it.each(["Các thôn", "Các trường học", "Các Tổ công nghệ số cộng đồng", "Các tổ chức chính trị - xã hội", "Công an phường", "Trạm y tế"])(
    "%j is a unit",
    (text) => expect(isGenericUnitWording(text)).toBe(false),
  );
});

describe("cleanUnitName", () => {
  it.each([
    ["Trung tâm Phục vụ hành chính công phường.", "Trung tâm Phục vụ hành chính công"],
    ["Đề nghị Ủy ban MTTQ Việt Nam phường", "Ủy ban MTTQ Việt Nam"],
    ["Trách nhiệm của Ban chỉ đạo cấp xã.", "Ban chỉ đạo"],
    ["Các thôn trên địa bàn xã", "Các thôn"],
    ["Văn phòng HĐND và UBND phường Hải An", "Văn phòng HĐND và UBND"],
    ["Công an phường", "Công an phường"],
    ["Phòng Văn Hóa - Xã Hội", "Phòng Văn Hóa - Xã Hội"],
    ["trạm y tế", "Trạm y tế"],
  ])("%j → %j", (written, clean) => expect(cleanUnitName(written)).toBe(clean));
});

describe("readUnitList", () => {
  it("separates named units, group wording and free wording, once each", () => {
    expect(readUnitList("Các phòng của UBND phường; Công an phường, Công an phường và các đơn vị có liên quan")).toEqual({
      units: ["Công an phường"],
      groups: ["Các phòng của UBND phường"],
      generic: ["các đơn vị có liên quan"],
    });
  });
  it("keeps “Các cơ quan, đơn vị thuộc UBND xã” whole (a list of kinds after “các” is one phrase)", () => {
    expect(readUnitList("Các cơ quan, đơn vị thuộc UBND xã; Công an xã")).toEqual({
      units: ["Công an xã"],
      groups: ["Các cơ quan, đơn vị thuộc UBND xã"],
      generic: [],
    });
    expect(splitUnitList("Văn phòng HĐND và UBND, Phòng Văn hóa - Xã hội")).toEqual(["Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội"]);
  });
});

describe("otherCommuneWarning", () => {
  it("says nothing for the commune's own plan, whatever the case and prefix", () => {
    expect(otherCommuneWarning("phường Hải An", "Phường Hải An")).toBeNull();
    expect(otherCommuneWarning("UBND xã Hà Long", "Xã Hà Long")).toBeNull();
    expect(otherCommuneWarning("", "Xã Hà Long")).toBeNull();
  });
  it("warns when the document belongs to another commune", () => {
    expect(otherCommuneWarning("xã Hà Long", "Phường Thạch Khôi")).toBe(
      "Văn bản là kế hoạch của xã Hà Long, không phải của Phường Thạch Khôi: kiểm tra lại trước khi tạo.",
    );
  });
});
