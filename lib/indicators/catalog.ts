// The standard KPIs (chỉ tiêu) of Kế hoạch 02 that recur in the communes' plans (docs/architecture.md#kpis). An
// imported target that is one of these carries its code, so the same KPI can be compared across
// communes. This list is shipped with the app and copied into the IndicatorCatalogEntry table when a
// code is missing (lib/indicators/catalog-sync.ts); ADMIN edits the table, not this file. Units and
// comparisons are written as plans write them (DraftUnit, DraftComparison); vocabulary.ts maps them.

import type { DraftComparison, DraftUnit } from "./vocabulary";

export type CatalogIndicator = {
  code: string;
  name: string;
  unit: DraftUnit;
  comparison: DraftComparison;
  defaultTarget: number;
  defaultDueDate: string;
  /** RATIO: computed from a numerator and a denominator with these labels; DIRECT: typed. */
  measure: "DIRECT" | "RATIO";
  numeratorLabel?: string;
  denominatorLabel?: string;
  /** How it is measured and where the figure comes from. */
  method: string;
  /** The unit that usually answers for it, matched by name to the commune's units. */
  responsibleHint: string;
  /**
   * Matching wording, folded (lower case, no diacritics). The entry matches a target when every
   * word group of one alternative occurs in it; a group lists interchangeable spellings.
   */
  wording: string[][][];
};

const END_2025 = "2025-12-31";

export const INDICATOR_CATALOG: readonly CatalogIndicator[] = [
  {
    code: "HO_SO_TRUC_TUYEN",
    name: "Hồ sơ TTHC được xử lý hoàn toàn trực tuyến",
    unit: "%",
    comparison: ">=",
    defaultTarget: 80,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số hồ sơ xử lý trực tuyến toàn trình",
    denominatorLabel: "Tổng số hồ sơ tiếp nhận",
    method:
      "Số hồ sơ TTHC tiếp nhận và giải quyết trực tuyến toàn trình trên tổng số hồ sơ tiếp nhận trong kỳ, theo Hệ thống thông tin giải quyết TTHC của tỉnh.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["ho so"], ["thu tuc hanh chinh", "tthc"], ["truc tuyen"], ["hoan toan", "toan trinh"]]],
  },
  {
    code: "DVCTT_TOAN_TRINH",
    name: "TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số TTHC đã cung cấp DVCTT toàn trình",
    denominatorLabel: "Số TTHC đủ điều kiện",
    method:
      "Số TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện, theo Cổng Dịch vụ công.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["dich vu cong truc tuyen", "dvctt"], ["toan trinh"], ["du dieu kien"]]],
  },
  {
    code: "DVCTT_82_NHOM",
    name: "Nhóm TTHC được cung cấp dịch vụ công trực tuyến toàn trình",
    unit: "count",
    comparison: "=",
    defaultTarget: 82,
    defaultDueDate: END_2025,
    measure: "DIRECT",
    method: "Số nhóm TTHC (trong 82 nhóm theo danh mục của Chính phủ) đã được cung cấp dịch vụ công trực tuyến toàn trình.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["nhom thu tuc", "nhom tthc"]]],
  },
  {
    code: "TTHC_PHI_DIA_GIOI",
    name: "TTHC được thực hiện không phụ thuộc vào địa giới hành chính",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số TTHC thực hiện không phụ thuộc địa giới",
    denominatorLabel: "Tổng số TTHC thuộc thẩm quyền",
    method: "Số TTHC cấp xã tiếp nhận không phụ thuộc địa giới hành chính trên tổng số TTHC thuộc thẩm quyền.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["khong phu thuoc"], ["dia gioi"]]],
  },
  {
    code: "TTHC_DOANH_NGHIEP",
    name: "TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số TTHC liên quan doanh nghiệp thực hiện trực tuyến",
    denominatorLabel: "Tổng số TTHC liên quan doanh nghiệp",
    method: "Số TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến trên tổng số TTHC liên quan đến doanh nghiệp.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["thu tuc hanh chinh", "tthc"], ["doanh nghiep"], ["truc tuyen"]]],
  },
  {
    code: "HO_SO_CONG_VIEC_DIEN_TU",
    name: "Hồ sơ công việc được tạo lập, xử lý trên môi trường điện tử",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số hồ sơ công việc xử lý trên môi trường điện tử",
    denominatorLabel: "Tổng số hồ sơ công việc",
    method: "Số hồ sơ công việc được tạo lập, xử lý trên hệ thống quản lý văn bản và điều hành trên tổng số hồ sơ công việc trong kỳ.",
    responsibleHint: "Văn phòng HĐND và UBND",
    wording: [[["ho so"], ["cong viec"], ["moi truong dien tu", "moi truong mang"]]],
  },
  {
    code: "SO_HOA_LUU_TRU",
    name: "Tài liệu lưu trữ lịch sử được số hóa",
    unit: "%",
    comparison: ">=",
    defaultTarget: 30,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số tài liệu lưu trữ lịch sử đã số hóa",
    denominatorLabel: "Tổng số tài liệu lưu trữ lịch sử",
    method: "Số tài liệu (hồ sơ, trang) lưu trữ lịch sử đã được số hóa trên tổng số tài liệu phải số hóa.",
    responsibleHint: "Văn phòng HĐND và UBND",
    wording: [[["tai lieu luu tru"]]],
  },
  {
    code: "CSDL_LAM_SACH",
    name: "Cơ sở dữ liệu quốc gia, chuyên ngành được làm sạch, đưa vào khai thác",
    unit: "count",
    comparison: "=",
    defaultTarget: 12,
    defaultDueDate: END_2025,
    measure: "DIRECT",
    method: "Số cơ sở dữ liệu quốc gia, chuyên ngành đã được làm sạch dữ liệu của xã và đưa vào khai thác.",
    responsibleHint: "Công an xã",
    wording: [[["co so du lieu", "csdl"]]],
  },
  {
    code: "BAO_CAO_DINH_KY",
    name: "Báo cáo định kỳ thực hiện trên hệ thống thông tin báo cáo",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số báo cáo định kỳ thực hiện trên hệ thống",
    denominatorLabel: "Tổng số báo cáo định kỳ",
    method: "Số chế độ báo cáo định kỳ thực hiện trên Hệ thống thông tin báo cáo trên tổng số chế độ báo cáo định kỳ.",
    responsibleHint: "Văn phòng HĐND và UBND",
    wording: [[["bao cao dinh ky"], ["he thong thong tin bao cao"]]],
  },
  {
    code: "KET_QUA_TTHC_SO_HOA",
    name: "Kết quả giải quyết TTHC được số hóa",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số kết quả giải quyết TTHC được số hóa",
    denominatorLabel: "Tổng số kết quả giải quyết TTHC",
    method: "Số kết quả giải quyết TTHC được số hóa, lưu trữ điện tử trên tổng số kết quả giải quyết trong kỳ.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["ket qua giai quyet"], ["so hoa"]]],
  },
  {
    code: "HAI_LONG",
    name: "Mức độ hài lòng của người dân, doanh nghiệp",
    unit: "%",
    comparison: ">",
    defaultTarget: 90,
    defaultDueDate: END_2025,
    measure: "DIRECT",
    method: "Chỉ số hài lòng của người dân, doanh nghiệp trong giải quyết TTHC, theo Hệ thống đánh giá trên Cổng Dịch vụ công.",
    responsibleHint: "Trung tâm Phục vụ hành chính công",
    wording: [[["hai long"]]],
  },
  {
    code: "TAP_HUAN_KY_NANG_SO",
    name: "CBCCVC được tập huấn, bồi dưỡng kỹ năng số",
    unit: "%",
    comparison: ">=",
    defaultTarget: 80,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số CBCCVC được tập huấn kỹ năng số",
    denominatorLabel: "Tổng số CBCCVC",
    method: "Số cán bộ, công chức, viên chức đã được tập huấn, bồi dưỡng kỹ năng số trên tổng số CBCCVC của xã.",
    responsibleHint: "Phòng Văn hóa - Xã hội",
    wording: [[["tap huan", "boi duong"], ["ky nang so"]]],
  },
  {
    code: "VAN_BAN_KY_SO",
    name: "Văn bản được ký số",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số văn bản đi được ký số",
    denominatorLabel: "Tổng số văn bản đi",
    method: "Số văn bản đi được ký số (trừ văn bản mật) trên tổng số văn bản đi trong kỳ.",
    responsibleHint: "Văn phòng HĐND và UBND",
    wording: [[["van ban"], ["ky so"]]],
  },
  {
    code: "ATTT_CAP_DO",
    name: "Hệ thống thông tin bảo đảm an toàn thông tin theo cấp độ",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số hệ thống đã được phê duyệt cấp độ ATTT",
    denominatorLabel: "Tổng số hệ thống thông tin",
    method: "Số hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ và triển khai phương án bảo đảm ATTT trên tổng số hệ thống.",
    responsibleHint: "Phòng Văn hóa - Xã hội",
    wording: [[["an toan"], ["cap do"]]],
  },
  {
    code: "SO_SUC_KHOE_DIEN_TU",
    name: "Người dân có sổ sức khỏe điện tử",
    unit: "%",
    comparison: "=",
    defaultTarget: 100,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số người dân có sổ sức khỏe điện tử",
    denominatorLabel: "Tổng dân số",
    method: "Số người dân có sổ sức khỏe điện tử trên VNeID trên tổng dân số của xã.",
    responsibleHint: "Trạm Y tế",
    wording: [[["so suc khoe dien tu"]]],
  },
  {
    code: "TU_VAN_SUC_KHOE_TRUC_TUYEN",
    name: "Người trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến",
    unit: "%",
    comparison: ">=",
    defaultTarget: 30,
    defaultDueDate: END_2025,
    measure: "RATIO",
    numeratorLabel: "Số người trưởng thành dùng tư vấn sức khỏe trực tuyến",
    denominatorLabel: "Tổng số người trưởng thành",
    method: "Số người trưởng thành sử dụng dịch vụ tư vấn sức khỏe trực tuyến trên tổng số người trưởng thành.",
    responsibleHint: "Trạm Y tế",
    wording: [[["tu van suc khoe"], ["truc tuyen"]]],
  },
];

/** The catalog entry a target's wording describes, if any; the first entry that fits wins. */
export function findCatalogIndicator(foldedText: string, unit: DraftUnit): CatalogIndicator | null {
  // Whole words only: "ho so" must not match inside "tho so".
  const padded = ` ${foldedText.replace(/[^a-z0-9]+/g, " ")} `;
  for (const entry of INDICATOR_CATALOG) {
    if (entry.unit !== unit) continue;
    const fits = entry.wording.some((alternative) => alternative.every((group) => group.some((words) => padded.includes(` ${words} `))));
    if (fits) return entry;
  }
  return null;
}
