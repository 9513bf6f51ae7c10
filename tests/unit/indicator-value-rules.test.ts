import { describe, expect, it } from "vitest";
import { checkValue, parseDecimal } from "@/lib/indicators/value-rules";

describe("parseDecimal: figures as Vietnamese users and spreadsheets write them", () => {
  it.each([
    ["81,5", 81.5],
    ["81.5", 81.5],
    [" 1.234,5 ", 1234.5],
    ["1.000", 1000],
    ["12.500.000", 12_500_000],
    ["1234.5", 1234.5],
    ["0,25", 0.25],
    ["81,5%", 81.5],
    ["-3", -3],
    ["100", 100],
  ])("%s → %s", (text, expected) => expect(parseDecimal(text)).toBe(expected));

  it.each(["", "abc", "1,2,3", "1.2.3", "1,000.5", "NaN", "Infinity", "1e6", "12 hồ sơ", "--1", "0x10"])("%s → null", (text) =>
    expect(parseDecimal(text)).toBeNull(),
  );
});

describe("checkValue", () => {
  const ratio = { unit: "PERCENT", measure: "RATIO" } as const;
  const percent = { unit: "PERCENT", measure: "DIRECT" } as const;
  const count = { unit: "COUNT", measure: "DIRECT" } as const;

  it("computes a ratio's percentage from numerator and denominator", () => {
    expect(checkValue(ratio, { numerator: "812", denominator: "1.000" })).toEqual({
      ok: true,
      value: 81.2,
      numerator: 812,
      denominator: 1000,
    });
    expect(checkValue(ratio, { numerator: "1", denominator: "3" })).toEqual({ ok: true, value: 33.3333, numerator: 1, denominator: 3 });
  });

  it.each([
    [ratio, { value: "80", numerator: "8", denominator: "10" }, "value", "Giá trị được tính tự động từ tử số và mẫu số, không nhập tay"],
    [ratio, { numerator: "1200", denominator: "1000" }, "numerator", "Tử số không được lớn hơn mẫu số"],
    [ratio, { numerator: "0", denominator: "0" }, "denominator", "Mẫu số phải lớn hơn 0"],
    [ratio, { numerator: "", denominator: "10" }, "numerator", "Nhập tử số"],
    [ratio, { numerator: "-1", denominator: "10" }, "numerator", "Tử số không được âm"],
    [percent, { value: "100,5" }, "value", "Tỷ lệ phải từ 0 đến 100%"],
    [percent, { value: "" }, "value", "Nhập giá trị"],
    [percent, { value: "8", numerator: "8" }, "numerator", "Chỉ tiêu này nhập trực tiếp giá trị, không dùng tử số/mẫu số"],
    [count, { value: "12,5" }, "value", "Giá trị phải là số nguyên"],
    [count, { value: "12%" }, "value", "Giá trị là số lượng, không ghi dấu %"],
    [ratio, { numerator: "81%", denominator: "100" }, "numerator", "Tử số là số lượng, không ghi dấu %"],
    [count, { value: "1000000000000" }, "value", "Giá trị quá lớn"],
    [percent, { value: "1,23456" }, "value", "Giá trị: tối đa 4 chữ số thập phân"],
  ] as const)("refuses %o %o: %s", (def, entry, field, message) => {
    const res = checkValue(def, entry);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[field]).toBe(message);
  });

  it("accepts a direct percentage and a whole count", () => {
    expect(checkValue(percent, { value: "81,5%" })).toEqual({ ok: true, value: 81.5, numerator: null, denominator: null });
    expect(checkValue(percent, { value: "81,25" })).toEqual({ ok: true, value: 81.25, numerator: null, denominator: null });
    expect(checkValue(count, { value: "12" })).toEqual({ ok: true, value: 12, numerator: null, denominator: null });
  });
});
