import { describe, expect, it } from "vitest";
import { printedReportNumber, REPORT_NUMBER } from "@/lib/reports/number";
import { saveReportSchema } from "@/lib/reports/schemas";

describe("report number as printed", () => {
  it("one number however it is typed: leading zeros, case, dashes, spaces", () => {
    for (const typed of ["60/BC-UBND", "060/BC-UBND", "0060/bc-ubnd", " 60 / BC – UBND ", "60/BC‐UBND"]) {
      expect(printedReportNumber(typed), typed).toBe("60/BC-UBND");
    }
  });

  it("a leading zero below 10, as the decree writes it; nothing else is invented", () => {
    expect(printedReportNumber("5/bc-vhxh")).toBe("05/BC-VHXH");
    expect(printedReportNumber("005/BC-UBND")).toBe("05/BC-UBND");
    expect(printedReportNumber("120/BC-UBND")).toBe("120/BC-UBND");
    expect(printedReportNumber("")).toBe("");
    expect(printedReportNumber("BC-UBND")).toBe("BC-UBND");
  });

  it("number zero and five digits are refused", () => {
    expect(REPORT_NUMBER.test(printedReportNumber("0/BC-UBND"))).toBe(false);
    expect(REPORT_NUMBER.test(printedReportNumber("12345/BC-UBND"))).toBe(false);
    expect(REPORT_NUMBER.test(printedReportNumber("0012/BC-UBND"))).toBe(true);
  });

  it("the save form stores the printed number", () => {
    const parsed = saveReportSchema.shape.number.safeParse("007/bc-ubnd");
    expect(parsed).toMatchObject({ success: true, data: "07/BC-UBND" });
    expect(saveReportSchema.shape.number.safeParse("7/BC UBND!").success).toBe(false);
  });
});
