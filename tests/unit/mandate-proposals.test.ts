// The lead proposed for a mandated task nobody leads yet (lib/mandates/proposals.ts): the most similar
// own task first, then the units the province's text names, then the standing office.
import { describe, expect, it } from "vitest";
import { mostSimilar, proposeLead, similarity, titleWords, unitsNamedIn, type OwnTask } from "@/lib/mandates/proposals";
import { freeCode } from "@/lib/mandates/move";

const units = [
  { id: "vp", name: "Văn phòng HĐND và UBND", shortName: "VP HĐND-UBND" },
  { id: "vhxh", name: "Phòng Văn hóa - Xã hội", shortName: "Phòng VH-XH" },
  { id: "ca", name: "Công an phường", shortName: "Công an" },
];
const own = (code: string, title: string, leadUnitIds: string[], leadGroupIds: string[] = []): OwnTask => ({
  code,
  title,
  planLabel: "Kế hoạch 15/KH-UBND",
  leadUnitIds,
  leadGroupIds,
});
const OWN = [
  own("1.2", "Triển khai nền tảng họp không giấy tờ của phường", ["vp"]),
  own("2.3", "Tuyên truyền, phổ biến kỹ năng số cho người dân", ["vhxh"]),
  own("3.1", "Bảo đảm an ninh mạng, an toàn thông tin", ["ca"]),
  own("3.4", "Bảo đảm an toàn thông tin mạng", [], []), // nobody leads it: never proposed
];

describe("title similarity", () => {
  it("ignores case, diacritics, punctuation and filler words", () => {
    expect(similarity(titleWords("Tuyên truyền, phổ biến KỸ NĂNG SỐ"), titleWords("tuyen truyen pho bien ky nang so"))).toBe(1);
    expect(similarity(titleWords("Số hóa hồ sơ"), titleWords("Họp không giấy tờ"))).toBe(0);
    expect(similarity(titleWords(""), titleWords("Họp"))).toBe(0);
  });

  it("picks the closest own task that has a lead, above the threshold only", () => {
    expect(mostSimilar("Tuyên truyền phổ biến kỹ năng số cho người dân trên địa bàn", OWN)?.task.code).toBe("2.3");
    expect(mostSimilar("Bảo đảm an toàn thông tin mạng", OWN)?.task.code).toBe("3.1"); // 3.4 is identical but unassigned
    expect(mostSimilar("Phát triển làng nghề truyền thống", OWN)).toBeNull();
  });

  it("breaks a tie by the lower code, whatever the order of the list", () => {
    const twins = [own("4.10", "Số hóa hồ sơ lưu trữ", ["ca"]), own("4.2", "Số hóa hồ sơ lưu trữ", ["vp"])];
    expect(mostSimilar("Số hóa hồ sơ lưu trữ", twins)?.task.code).toBe("4.2");
    expect(mostSimilar("Số hóa hồ sơ lưu trữ", [...twins].reverse())?.task.code).toBe("4.2");
  });
});

describe("proposeLead ranks similar task > province text > standing office", () => {
  it("a similar own task wins, with its lead units and groups and the reason naming it", () => {
    const withGroup = [own("1.2", "Triển khai nền tảng họp không giấy tờ", ["vp"], ["g1"])];
    expect(
      proposeLead(
        { title: "Triển khai nền tảng họp không giấy tờ", leadText: "Công an phường", supportText: null },
        withGroup,
        units,
        "vhxh",
      ),
    ).toEqual({
      source: "SIMILAR",
      unitIds: ["vp"],
      groupIds: ["g1"],
      reason: "giống nhiệm vụ 1.2 của Kế hoạch 15/KH-UBND",
    });
  });

  it("then the units the province's text names", () => {
    const p = proposeLead(
      { title: "Phát triển làng nghề", leadText: "Văn phòng HĐND và UBND phường; Công an phường", supportText: null },
      OWN,
      units,
      "vhxh",
    );
    expect(p).toEqual({ source: "TEXT", unitIds: ["vp", "ca"], groupIds: [], reason: "theo văn bản tỉnh" });
  });

  it("then the standing office; none without an office", () => {
    const task = { title: "Phát triển làng nghề", leadText: "UBND các xã, phường", supportText: null };
    expect(proposeLead(task, OWN, units, "vhxh")).toEqual({
      source: "OFFICE",
      unitIds: ["vhxh"],
      groupIds: [],
      reason: "cơ quan thường trực",
    });
    expect(proposeLead(task, OWN, units, null)).toBeNull();
  });

  it("reads unit names separated by commas, semicolons and 'và'", () => {
    expect(unitsNamedIn("Phòng Văn hóa - Xã hội và Công an phường", units)).toEqual(["vhxh", "ca"]);
    expect(unitsNamedIn("UBND các xã, phường", units)).toEqual([]);
  });
});

describe("KPI codes when moving a plan", () => {
  it("keeps a free code and renumbers a clash with the same letters", () => {
    expect(freeCode("CT05", new Set(["CT01"]))).toBe("CT05");
    expect(freeCode("CT01", new Set(["CT01", "CT02"]))).toBe("CT03");
    expect(freeCode("KPI", new Set(["KPI"]))).toBe("KPI-1");
  });
});
