import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";
import { canViewReports } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Báo cáo" };

export default async function ReportsPage({ params }: PageProps<"/c/[communeId]/bao-cao">) {
  await requireCommune((await params).communeId, canViewReports);
  return (
    <ComingSoon title="Báo cáo">
      Tổng hợp báo cáo tuần, tháng từ cập nhật của các đơn vị và xuất văn bản DOCX theo Nghị định 30/2020, bảng XLSX sẽ có trong bản cập
      nhật tới.
    </ComingSoon>
  );
}
