import { describe, expect, it } from "vitest";
import { formatFileSize, formatNumber, formatPercent, formatPlainNumber, formatValue } from "@/lib/format/number";

// The exact strings pages, files and messages showed before the formatters were gathered here.
describe("lib/format/number: numbers the Vietnamese way", () => {
  it("writes a decimal comma and dot grouping, two decimals unless said", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(81.25)).toBe("81,25");
    expect(formatNumber(81.256)).toBe("81,26");
    expect(formatNumber(1234)).toBe("1.234");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(0.12345, 4)).toBe("0,1235");
    expect(formatNumber(12.34, 1)).toBe("12,3");
    expect(formatNumber(5000, 3)).toBe("5.000");
  });

  it("writes percents and indicator values by unit", () => {
    expect(formatPercent(80)).toBe("80%");
    expect(formatPercent(81.25)).toBe("81,25%");
    expect(formatPercent(81.25, 1)).toBe("81,3%");
    expect(formatValue(81.25, "PERCENT")).toBe("81,25%");
    expect(formatValue(1234, "COUNT")).toBe("1.234");
  });

  it("writes file sizes in MB with one decimal, else whole KB (at least 1)", () => {
    expect(formatFileSize(12.3 * 1024 * 1024)).toBe("12,3 MB");
    expect(formatFileSize(1024 * 1024)).toBe("1 MB");
    expect(formatFileSize(5 * 1024)).toBe("5 KB");
    expect(formatFileSize(10)).toBe("1 KB");
  });

  it("writes plain numbers without grouping, to 15 significant digits, for text read back in", () => {
    expect(formatPlainNumber(1234.5)).toBe("1234,5");
    expect(formatPlainNumber(0.1 + 0.2)).toBe("0,3");
    expect(formatPlainNumber(81.5)).toBe("81,5");
  });
});
