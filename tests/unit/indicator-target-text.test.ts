import { describe, expect, it } from "vitest";
import { targetText } from "@/lib/indicators/vocabulary";

describe("targetText: a KPI target as official text writes it", () => {
  it("gives a counted target its noun and drops the '=' of 'reach'", () => {
    expect(targetText("EQ", 82, "COUNT", "Nhóm TTHC được cung cấp dịch vụ công trực tuyến toàn trình")).toBe("82 nhóm TTHC");
    expect(targetText("EQ", 12, "COUNT", "Cơ sở dữ liệu quốc gia, chuyên ngành được làm sạch, đưa vào khai thác")).toBe("12 cơ sở dữ liệu");
    expect(targetText("GTE", 5, "COUNT", "Số CSDL dùng chung được kết nối")).toBe("≥ 5 CSDL");
  });

  it("keeps the sign of a bound and the percent sign", () => {
    expect(targetText("GTE", 80, "PERCENT", "Hồ sơ TTHC được xử lý hoàn toàn trực tuyến")).toBe("≥ 80%");
    expect(targetText("EQ", 100, "PERCENT", "Hồ sơ công việc được tạo lập trên môi trường điện tử")).toBe("100%");
    expect(targetText("LTE", 2.5, "PERCENT", "Hồ sơ trễ hạn")).toBe("≤ 2,5%");
  });

  it("writes a count whose name has no known noun as the number alone", () => {
    expect(targetText("EQ", 3, "COUNT", "Mô hình điểm về chuyển đổi số")).toBe("3");
  });
});
