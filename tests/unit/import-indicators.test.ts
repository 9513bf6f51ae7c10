import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectIndicators, readIndicators, rebuildParagraphs, splitStatements } from "@/lib/import/indicators";
import { INDICATOR_CATALOG, findCatalogIndicator } from "@/lib/indicators/catalog";
import type { SourceLine } from "@/lib/import/lines";
import { parsePlanText } from "@/lib/import/parse-plan";
import type { IndicatorDraft } from "@/lib/indicators/vocabulary";

const inObjectives = { defaultDueDate: "2025-12-31", catalogOnly: false };

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../prisma/seed/plans/${name}`, import.meta.url)), "utf8");
}

function summary(i: IndicatorDraft): [string | null, string, number, string, string | null] {
  return [i.catalogCode, i.comparison, i.target, i.unit, i.dueDate];
}

describe("readIndicators", () => {
  const rows: [string, ReturnType<typeof summary>[]][] = [
    [
      "Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần.",
      [["HO_SO_TRUC_TUYEN", ">=", 80, "%", "2025-12-31"]],
    ],
    [
      "hoàn thành số hoá ít nhất 30% tài liệu lưu trữ lịch sử có giá trị cao, tạo tiền đề hoàn thành toàn bộ công tác số hoá tài liệu lưu trữ trong năm 2026.",
      [["SO_HOA_LUU_TRU", ">=", 30, "%", "2025-12-31"]],
    ],
    [
      "100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh",
      [["TTHC_PHI_DIA_GIOI", "=", 100, "%", "2025-12-31"]],
    ],
    [
      "Hoàn thành làm sạch đối với 12 cơ sở dữ liệu quốc gia và chuyên ngành trọng yếu",
      [["CSDL_LAM_SACH", "=", 12, "count", "2025-12-31"]],
    ],
    [
      "Bảo đảm cung cấp dịch vụ công trực tuyến toàn trình đối với 82 nhóm thủ tục hành chính theo Quyết định số 06/QĐ-TTg, ngày 06/01/2022",
      [["DVCTT_82_NHOM", "=", 82, "count", "2025-12-31"]],
    ],
    [
      "Tỷ lệ mức độ hài lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính đạt trên 90%.",
      [["HAI_LONG", ">", 90, "%", "2025-12-31"]],
    ],
    [
      "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 90% (trừ hồ sơ mật).",
      [["HO_SO_CONG_VIEC_DIEN_TU", ">=", 90, "%", "2025-12-31"]],
    ],
    [
      "100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
      [["DVCTT_TOAN_TRINH", "=", 100, "%", "2025-12-31"]],
    ],
    ["Đến năm 2026, 100% tài liệu lưu trữ được số hóa", [["SO_HOA_LUU_TRU", "=", 100, "%", "2026-12-31"]]],
    ["Triển khai cho 100% phụ huynh học sinh sử dụng phần mềm edu", [[null, "=", 100, "%", "2025-12-31"]]],
    ["Giảm ít nhất 20,5% thời gian xử lý hồ sơ", [[null, ">=", 20.5, "%", "2025-12-31"]]],
    ["Kết nối, liên thông các hệ thống thông tin phục vụ hoạt động và chỉ đạo, điều hành", []],
    ["Hoàn thành giai đoạn 1 và giai đoạn 2 trong năm 2025, kết thúc vào năm 2026", []],
    ["Tăng 150% so với năm trước", []],
  ];
  it.each(rows)("%j", (statement, expected) => expect(readIndicators(statement, inObjectives).map(summary)).toEqual(expected));

  it("names a catalogued target after the catalog and an uncatalogued one after its wording", () => {
    const [catalogued] = readIndicators("Tối thiểu 80% hồ sơ TTHC được xử lý trực tuyến hoàn toàn", inObjectives);
    expect(catalogued?.name).toBe("Hồ sơ TTHC được xử lý hoàn toàn trực tuyến");
    expect(catalogued?.sourceText).toBe("Tối thiểu 80% hồ sơ TTHC được xử lý trực tuyến hoàn toàn");
    const [free] = readIndicators("Triển khai cho 100% phụ huynh học sinh sử dụng phần mềm edu.", inObjectives);
    expect(free?.name).toBe("Triển khai cho phụ huynh học sinh sử dụng phần mềm edu");
  });

  it("outside the objectives takes catalogued KPIs only", () => {
    const context = { defaultDueDate: null, catalogOnly: true };
    expect(readIndicators("Triển khai cho 100% phụ huynh học sinh sử dụng phần mềm edu", context)).toEqual([]);
    expect(readIndicators("Trạm y tế thực hiện tốt sổ sức khỏe điện tử đạt 100%", context).map(summary)).toEqual([
      ["SO_SUC_KHOE_DIEN_TU", "=", 100, "%", "2025-12-31"],
    ]);
  });
});

describe("collectIndicators", () => {
  it("takes a catalogued KPI once", () => {
    const found = collectIndicators(
      [
        "Tối thiểu 80% hồ sơ TTHC được xử lý trực tuyến hoàn toàn",
        "tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến",
      ],
      inObjectives,
    );
    expect(found).toHaveLength(1);
  });
});

describe("rebuildParagraphs and splitStatements", () => {
  const lines = (texts: string[]): SourceLine[] => texts.map((text, index) => ({ index, text, blankBefore: 1 }));

  it("joins PDF lines into paragraphs and paragraphs into statements", () => {
    const paragraphs = rebuildParagraphs(
      lines([
        "Thời điểm từ ngày (01/7/2025 đến ngày 31/12/2025)",
        "100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới",
        "hành chính; 100% thủ tục hành chính liên quan đến",
        "doanh nghiệp được thực hiện trực tuyến.",
        "- Tối thiểu 80% hồ sơ được xử lý",
        "Hpnet-",
        "Office.",
      ]),
    );
    expect(paragraphs).toEqual([
      "Thời điểm từ ngày (01/7/2025 đến ngày 31/12/2025)",
      "100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính; 100% thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến.",
      "Tối thiểu 80% hồ sơ được xử lý Hpnet-Office.",
    ]);
    expect(splitStatements(paragraphs.slice(1, 2))).toEqual([
      "100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính",
      "100% thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến.",
    ]);
  });
});

describe("KPI catalog (docs/architecture.md#kpis)", () => {
  it("has unique codes and sensible defaults", () => {
    expect(new Set(INDICATOR_CATALOG.map((k) => k.code)).size).toBe(INDICATOR_CATALOG.length);
    for (const entry of INDICATOR_CATALOG) {
      expect(entry.defaultDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.unit === "%") expect(entry.defaultTarget).toBeLessThanOrEqual(100);
    }
  });

  it("matches whole words only", () => {
    expect(findCatalogIndicator("tho so thu tuc hanh chinh truc tuyen hoan toan", "%")).toBeNull();
    expect(findCatalogIndicator("ho so thu tuc hanh chinh truc tuyen hoan toan", "%")?.code).toBe("HO_SO_TRUC_TUYEN");
    expect(findCatalogIndicator("ho so thu tuc hanh chinh truc tuyen hoan toan", "count")).toBeNull();
  });
});

describe("targets of the three plans", () => {
  it("Hải An: the seven targets of “Mục tiêu cụ thể”", () => {
    expect(parsePlanText(fixture("phuong-hai-an.txt")).indicators.map(summary)).toEqual([
      ["DVCTT_82_NHOM", "=", 82, "count", "2025-12-31"],
      ["TTHC_PHI_DIA_GIOI", "=", 100, "%", "2025-12-31"],
      ["TTHC_DOANH_NGHIEP", "=", 100, "%", "2025-12-31"],
      ["HO_SO_TRUC_TUYEN", ">=", 80, "%", "2025-12-31"],
      ["CSDL_LAM_SACH", "=", 12, "count", "2025-12-31"],
      ["HO_SO_CONG_VIEC_DIEN_TU", "=", 100, "%", "2025-12-31"],
      ["SO_HOA_LUU_TRU", ">=", 30, "%", "2025-12-31"],
    ]);
  });

  it("Thạch Khôi: the seven numeric targets “đến hết năm 2025”", () => {
    expect(parsePlanText(fixture("phuong-thach-khoi.txt")).indicators.map(summary)).toEqual([
      ["DVCTT_TOAN_TRINH", "=", 100, "%", "2025-12-31"],
      ["HO_SO_TRUC_TUYEN", ">=", 80, "%", "2025-12-31"],
      ["HO_SO_CONG_VIEC_DIEN_TU", ">=", 90, "%", "2025-12-31"],
      ["BAO_CAO_DINH_KY", "=", 100, "%", "2025-12-31"],
      ["KET_QUA_TTHC_SO_HOA", "=", 100, "%", "2025-12-31"],
      ["HAI_LONG", ">", 90, "%", "2025-12-31"],
      ["TAP_HUAN_KY_NANG_SO", ">=", 80, "%", "2025-12-31"],
    ]);
  });

  it("Hà Long: the objectives, plus the health KPIs given to the health station", () => {
    expect(parsePlanText(fixture("xa-ha-long.txt")).indicators.map(summary)).toEqual([
      ["ATTT_CAP_DO", "=", 100, "%", "2025-12-31"],
      ["TTHC_PHI_DIA_GIOI", "=", 100, "%", "2025-12-31"],
      ["TTHC_DOANH_NGHIEP", "=", 100, "%", "2025-12-31"],
      ["HO_SO_TRUC_TUYEN", ">=", 80, "%", "2025-12-31"],
      ["CSDL_LAM_SACH", "=", 12, "count", "2025-12-31"],
      ["HO_SO_CONG_VIEC_DIEN_TU", "=", 100, "%", "2025-12-31"],
      ["SO_HOA_LUU_TRU", ">=", 30, "%", "2025-12-31"],
      ["SO_SUC_KHOE_DIEN_TU", "=", 100, "%", "2025-12-31"],
      ["TU_VAN_SUC_KHOE_TRUC_TUYEN", ">=", 30, "%", "2025-12-31"],
    ]);
  });
});
