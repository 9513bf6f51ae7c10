// GET /provinces/{provinceId}/summary: the figures of the province table (/xa-phuong), one row per
// commune plus the province's totals, from the same read model as the page (lib/read-models).
import { z } from "zod";
import { PROVINCE_COLUMNS, provinceSummaryRow } from "../../dashboard/province-columns";
import { provinceTotals } from "../../dashboard/province-view";
import { getDb } from "../../db";
import { provinceOverview } from "../../read-models/models";
import { provinceFiguresAsOf } from "../../read-models/versions";
import { defineEndpoint } from "../endpoint";
import { pageQuerySchema } from "../pagination";
import { instant, provinceIdParam } from "./common";

const percent = (description: string) => z.number().meta({ description });
const count = (description: string) => z.number().int().meta({ description });

const indicatorCounts = z
  .object({
    MET: count("Đạt."),
    ON_TRACK: count("Đúng tiến độ."),
    BEHIND: count("Chậm."),
    AT_RISK: count("Có nguy cơ không đạt."),
    MISSED: count("Không đạt."),
    STALE: count("Số liệu đã cũ."),
    NO_DATA: count("Chưa có số liệu."),
  })
  .meta({ id: "IndicatorStatusCounts", description: "Số chỉ tiêu theo từng tình trạng." });

export const communeSummarySchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ example: "Phường Tân An" }),
    provinceName: z.string(),
    tasks: z
      .object({
        total: count("Số nhiệm vụ của các kế hoạch đang thực hiện."),
        done: count("Đã hoàn thành."),
        completion: percent("Tỷ lệ hoàn thành (%), làm tròn."),
        progress: percent("Tiến độ bình quân (%)."),
        overdue: count("Quá hạn."),
      })
      .meta({ description: "Nhiệm vụ." }),
    indicators: z
      .object({
        total: count("Số chỉ tiêu."),
        onTrack: percent("Tỷ lệ chỉ tiêu đạt hoặc đúng tiến độ (%); null khi xã chưa có chỉ tiêu.").nullable(),
        counts: indicatorCounts,
      })
      .meta({ description: "Chỉ tiêu (KPI)." }),
    keyIndicators: z
      .array(
        z.object({
          code: z.string(),
          label: z.string(),
          value: z.number().nullable().meta({ description: "Giá trị kỳ gần nhất; null khi chưa có." }),
        }),
      )
      .meta({ description: "Các chỉ tiêu chính tỉnh so sánh giữa các xã (theo mã danh mục)." }),
    lastUpdateAt: instant.nullable().meta({ description: "Lần cập nhật nhiệm vụ gần nhất." }),
    latestReport: z
      .object({ id: z.string(), periodLabel: z.string(), number: z.string(), finalizedAt: instant })
      .nullable()
      .meta({ description: "Báo cáo đã ký gần nhất." }),
    operations: z
      .object({
        openIncidents: count("Sự cố công nghệ thông tin đang mở (chưa khắc phục)."),
        urgentIncidents: count("Trong đó khẩn cấp."),
        checkedToday: z.boolean().nullable().meta({ description: "Đã kiểm tra đầu giờ hôm nay; null vào ngày nghỉ chưa kiểm tra." }),
      })
      .meta({ description: "Trung tâm Phục vụ hành chính công: sự cố đang mở và kiểm tra đầu giờ hôm nay." }),
  })
  .meta({ id: "CommuneSummary" });

export const provinceSummarySchema = z
  .object({
    provinceId: z.string(),
    provinceName: z.string(),
    computedAt: instant.meta({
      description: "Lúc số liệu thay đổi lần gần nhất: lần ghi gần nhất của các xã, hoặc đầu ngày (giờ Việt Nam) nếu muộn hơn.",
    }),
    totals: z
      .object({
        communes: count("Số xã, phường."),
        total: count("Số nhiệm vụ."),
        done: count("Đã hoàn thành."),
        overdue: count("Quá hạn."),
        completion: percent("Tỷ lệ hoàn thành của tỉnh (%), làm tròn."),
      })
      .meta({ description: "Tổng của tỉnh (dòng tóm tắt trên bảng)." }),
    data: z.array(communeSummarySchema).meta({ description: "Mỗi xã, phường một dòng, theo tên." }),
  })
  .meta({ id: "ProvinceSummary" });

export const getProvinceSummary = defineEndpoint({
  id: "getProvinceSummary",
  method: "GET",
  path: "/provinces/{provinceId}/summary",
  summary: "Số liệu tổng hợp các xã của tỉnh",
  description:
    "Số liệu của bảng các xã, phường (trang /xa-phuong): mỗi xã một dòng và tổng của tỉnh. Cùng số liệu với trang, " +
    "luôn tính đến lần cập nhật gần nhất của các xã: `computedAt` là lúc số liệu thay đổi lần gần nhất (lần ghi gần nhất của các xã, hoặc đầu ngày nếu muộn hơn). `?format=csv` cho tệp CSV " +
    "cùng các cột với tệp Excel xuất từ trang. Khóa của tài khoản tỉnh khác hoặc của xã: 404.",
  tag: "Tỉnh",
  params: z.object({ provinceId: provinceIdParam }),
  query: pageQuerySchema.pick({ format: true }),
  response: provinceSummarySchema,
  csv: { fileName: "tong-hop-xa-phuong.csv", columns: PROVINCE_COLUMNS },
  handler: async ({ province }) => {
    const now = new Date();
    const [communes, computedAt] = await Promise.all([
      provinceOverview(province!.provinceId, now),
      provinceFiguresAsOf(getDb(), province!.provinceId, now),
    ]);
    const totals = provinceTotals(communes);
    return {
      body: {
        provinceId: province!.provinceId,
        provinceName: province!.name,
        computedAt: computedAt.toISOString(),
        totals: { communes: communes.length, ...totals, completion: totals.total ? Math.round((totals.done / totals.total) * 100) : 0 },
        data: communes.map(provinceSummaryRow),
      },
    };
  },
});
