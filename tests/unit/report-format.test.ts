import { describe, expect, it } from "vitest";
import {
  appendixNote,
  issuerLines,
  numberLine,
  paragraphsOf,
  placeDateLine,
  placeFromCommune,
  recipientLines,
  signatureLines,
} from "@/lib/reports/format";
import { sampleReport } from "../support/report-document";

describe("placeDateLine (NĐ 30: leading zero for days < 10 and months 1–2)", () => {
  it.each([
    ["2026-01-05", "Hà Long, ngày 05 tháng 01 năm 2026"],
    ["2026-02-28", "Hà Long, ngày 28 tháng 02 năm 2026"],
    ["2026-03-09", "Hà Long, ngày 09 tháng 3 năm 2026"],
    ["2026-11-24", "Hà Long, ngày 24 tháng 11 năm 2026"],
    ["2025-12-10", "Hà Long, ngày 10 tháng 12 năm 2025"],
  ])("%s → %s", (date, line) => {
    expect(placeDateLine("Hà Long", date)).toBe(line);
  });

  it("leaves blanks to fill by hand when there is no date", () => {
    expect(placeDateLine("Hà Long", "")).toBe("Hà Long, ngày     tháng     năm");
  });
});

describe("numberLine and issuerLines", () => {
  it("writes the number, or room for it on a draft", () => {
    expect(numberLine("05/BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(numberLine("")).toBe("Số:      /BC-UBND");
  });

  it("puts the commune in capitals under its superior body", () => {
    expect(issuerLines("Xã Hà Long")).toEqual(["ỦY BAN NHÂN DÂN", "XÃ HÀ LONG"]);
    expect(issuerLines("Phường Đông Sơn")).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG SƠN"]);
  });
});

describe("placeFromCommune", () => {
  it.each([
    ["Xã Hà Long", "Hà Long"],
    ["xã Hải An", "Hải An"],
    ["Phường Đông Sơn", "Đông Sơn"],
    ["Thị trấn Nga Sơn", "Nga Sơn"],
    ["Đặc khu Cồn Cỏ", "Cồn Cỏ"],
    ["Hà Long", "Hà Long"],
  ])("%s → %s", (name, place) => {
    expect(placeFromCommune(name)).toBe(place);
  });

  it("only strips the kind at the start of the name", () => {
    expect(placeFromCommune("Xã Phường Xá")).toBe("Phường Xá");
  });
});

describe("signatureLines", () => {
  it("signs on behalf of the committee (TM.) with the title in capitals", () => {
    expect(signatureLines("TM", "Chủ tịch")).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });

  it("signs for the chairman (KT.) as a deputy", () => {
    expect(signatureLines("KT", "Phó Chủ tịch")).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });
});

describe("recipientLines", () => {
  it("starts each line with a dash, ends it with a semicolon and the last one with a full stop", () => {
    expect(recipientLines(["UBND tỉnh (để b/c)", "Sở KH&CN", "Lưu: VT, VHXH"])).toEqual([
      "- UBND tỉnh (để b/c);",
      "- Sở KH&CN;",
      "- Lưu: VT, VHXH.",
    ]);
  });

  it("replaces the punctuation people typed and drops empty lines", () => {
    expect(recipientLines(["- UBND tỉnh;", "  ", "• Sở KH&CN,", "+ Chủ tịch UBND xã", "– Lưu: VT, VHXH."])).toEqual([
      "- UBND tỉnh;",
      "- Sở KH&CN;",
      "- Chủ tịch UBND xã;",
      "- Lưu: VT, VHXH.",
    ]);
  });

  it("ends a single recipient with a full stop and gives nothing for none", () => {
    expect(recipientLines(["Lưu: VT"])).toEqual(["- Lưu: VT."]);
    expect(recipientLines([])).toEqual([]);
  });
});

describe("appendixNote", () => {
  it("names the report by number and date, and the committee with a lower-case commune kind", () => {
    expect(appendixNote(sampleReport())).toBe("(Kèm theo Báo cáo số 05/BC-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Hà Long)");
  });

  it("leaves out the number and the date a draft does not have yet", () => {
    expect(appendixNote(sampleReport({ number: "", issuedDate: "" }))).toBe("(Kèm theo Báo cáo của Ủy ban nhân dân xã Hà Long)");
    expect(appendixNote(sampleReport({ number: "" }))).toBe("(Kèm theo Báo cáo ngày 05/01/2026 của Ủy ban nhân dân xã Hà Long)");
  });
});

describe("paragraphsOf", () => {
  it("makes one paragraph per non-empty line, trimmed", () => {
    expect(paragraphsOf("  Một.\r\n\nHai.  \n   \nBa.")).toEqual(["Một.", "Hai.", "Ba."]);
    expect(paragraphsOf("")).toEqual([]);
  });
});
