import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Chỉ tiêu" };

export default async function IndicatorsPage({ params }: PageProps<"/c/[communeId]/chi-tieu">) {
  await requireCommune((await params).communeId, canViewCommune);
  return (
    <ComingSoon title="Chỉ tiêu">
      Theo dõi các chỉ tiêu của kế hoạch (tỷ lệ hồ sơ xử lý trực tuyến toàn trình, tỷ lệ số hóa tài liệu lưu trữ…) với số liệu từng kỳ và
      đánh giá đạt/chậm sẽ có trong bản cập nhật tới. Chưa có số liệu nào được nhập ở mục này.
    </ComingSoon>
  );
}
