// The targets (chỉ tiêu) that recur in the communes' plans (DESIGN.md §4). An imported target that
// is one of these carries its code, so the same KPI can be compared across communes.

import type { IndicatorComparison, IndicatorUnit } from "@/lib/import/types";

export type KpiUnit = IndicatorUnit;
export type KpiComparison = IndicatorComparison;

export type KpiCatalogEntry = {
  code: string;
  name: string;
  unit: KpiUnit;
  comparison: KpiComparison;
  defaultTarget: number;
  defaultDueDate: string;
  /**
   * Matching wording, folded (lower case, no diacritics). The entry matches a target when every
   * word group of one alternative occurs in it; a group lists interchangeable spellings.
   */
  wording: string[][][];
};

const END_2025 = "2025-12-31";

export const KPI_CATALOG: readonly KpiCatalogEntry[] = [
  {
    code: "HO_SO_TRUC_TUYEN",
    name: "Hồ sơ TTHC được xử lý hoàn toàn trực tuyến",
    unit: "%",
    comparison: ">=",
    defaultTarget: 80,
    defaultDueDate: END_2025,
    wording: [[["ho so"], ["thu tuc hanh chinh", "tthc"], ["truc tuyen"], ["hoan toan", "toan trinh"]]],
  },
  {
    code: "DVCTT_TOAN_TRINH",
    name: "TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["dich vu cong truc tuyen", "dvctt"], ["toan trinh"], ["du dieu kien"]]],
  },
  {
    code: "DVCTT_82_NHOM",
    name: "Nhóm TTHC được cung cấp dịch vụ công trực tuyến toàn trình",
    unit: "count",
    comparison: "=",
    defaultTarget: 82,
    defaultDueDate: END_2025,
    wording: [[["nhom thu tuc", "nhom tthc"]]],
  },
  {
    code: "TTHC_PHI_DIA_GIOI",
    name: "TTHC được thực hiện không phụ thuộc vào địa giới hành chính",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["khong phu thuoc"], ["dia gioi"]]],
  },
  {
    code: "TTHC_DOANH_NGHIEP",
    name: "TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["thu tuc hanh chinh", "tthc"], ["doanh nghiep"], ["truc tuyen"]]],
  },
  {
    code: "HO_SO_CONG_VIEC_DIEN_TU",
    name: "Hồ sơ công việc được tạo lập, xử lý trên môi trường điện tử",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["ho so"], ["cong viec"], ["moi truong dien tu", "moi truong mang"]]],
  },
  {
    code: "SO_HOA_LUU_TRU",
    name: "Tài liệu lưu trữ lịch sử được số hóa",
    unit: "%",
    comparison: ">=",
    defaultTarget: 30,
    defaultDueDate: END_2025,
    wording: [[["tai lieu luu tru"]]],
  },
  {
    code: "CSDL_LAM_SACH",
    name: "Cơ sở dữ liệu quốc gia, chuyên ngành được làm sạch, đưa vào khai thác",
    unit: "count",
    comparison: "=",
    defaultTarget: 12,
    defaultDueDate: END_2025,
    wording: [[["co so du lieu", "csdl"]]],
  },
  {
    code: "BAO_CAO_DINH_KY",
    name: "Báo cáo định kỳ thực hiện trên hệ thống thông tin báo cáo",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["bao cao dinh ky"], ["he thong thong tin bao cao"]]],
  },
  {
    code: "KET_QUA_TTHC_SO_HOA",
    name: "Kết quả giải quyết TTHC được số hóa",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["ket qua giai quyet"], ["so hoa"]]],
  },
  {
    code: "HAI_LONG",
    name: "Mức độ hài lòng của người dân, doanh nghiệp",
    unit: "%",
    comparison: ">",
    defaultTarget: 90,
    defaultDueDate: END_2025,
    wording: [[["hai long"]]],
  },
  {
    code: "TAP_HUAN_KY_NANG_SO",
    name: "CBCCVC được tập huấn, bồi dưỡng kỹ năng số",
    unit: "%",
    comparison: ">=",
    defaultTarget: 80,
    defaultDueDate: END_2025,
    wording: [[["tap huan", "boi duong"], ["ky nang so"]]],
  },
  {
    code: "VAN_BAN_KY_SO",
    name: "Văn bản được ký số",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["van ban"], ["ky so"]]],
  },
  {
    code: "ATTT_CAP_DO",
    name: "Hệ thống thông tin bảo đảm an toàn thông tin theo cấp độ",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["an toan"], ["cap do"]]],
  },
  {
    code: "SO_SUC_KHOE_DIEN_TU",
    name: "Người dân có sổ sức khỏe điện tử",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    wording: [[["so suc khoe dien tu"]]],
  },
  {
    code: "TU_VAN_SUC_KHOE_TRUC_TUYEN",
    name: "Người trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến",
    unit: "%",
    comparison: ">=",
    defaultTarget: 30,
    defaultDueDate: END_2025,
    wording: [[["tu van suc khoe"], ["truc tuyen"]]],
  },
];

/** The catalog entry a target's wording describes, if any; the first entry that fits wins. */
export function findKpiByWording(foldedText: string, unit: KpiUnit): KpiCatalogEntry | null {
  // Whole words only: "ho so" must not match inside "tho so".
  const padded = ` ${foldedText.replace(/[^a-z0-9]+/g, " ")} `;
  for (const entry of KPI_CATALOG) {
    if (entry.unit !== unit) continue;
    const fits = entry.wording.some((alternative) => alternative.every((group) => group.some((words) => padded.includes(` ${words} `))));
    if (fits) return entry;
  }
  return null;
}
