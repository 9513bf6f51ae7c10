import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/dashboard/print-button";
import { ReportPaper } from "@/components/reports/report-paper";
import { canViewReports } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { documentOf } from "@/lib/reports/document";
import { getReport } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Bản in báo cáo" };

/** The report alone on A4 pages (portrait text, landscape appendix) for the browser's print / PDF. */
export default async function ReportPrintPage({ params }: PageProps<"/c/[communeId]/bao-cao/[reportId]/in">) {
  const { communeId, reportId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewReports);
  const report = await getReport(user, commune, reportId);
  if (!report) notFound();
  return (
    <>
      <div className="no-print mb-4 flex items-center gap-3">
        <PrintButton />
        <span className="text-sm text-slate-600">Chọn “Lưu dưới dạng PDF” trong hộp thoại in để có tệp PDF khổ A4.</span>
      </div>
      <div className="bg-white p-6 shadow-sm print:p-0 print:shadow-none">
        <ReportPaper doc={documentOf(report)} />
      </div>
    </>
  );
}
