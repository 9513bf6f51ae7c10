import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteDraftButton } from "@/components/reports/delete-draft-button";
import { ReportEditor } from "@/components/reports/report-editor";
import { ReportPaper } from "@/components/reports/report-paper";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { Alert, buttonClass } from "@/components/ui/form";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { canCompileReports, canFinalizeReport, canSubmitForSignature, canViewReports } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { documentOf } from "@/lib/reports/document";
import { getReport } from "@/lib/reports/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Báo cáo" };

export default async function ReportPage({ params }: PageProps<"/c/[communeId]/bao-cao/[reportId]">) {
  const { communeId, reportId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewReports);
  const report = await getReport(user, commune, reportId);
  if (!report) notFound();
  const doc = documentOf(report);
  const to = routes.commune(commune.communeId);
  const final = report.status === "FINAL";
  const editable = !final && canCompileReports(user, commune);
  const { heading, sections } = doc;
  return (
    <>
      <PageHeader
        title={`Báo cáo ${report.periodLabel}`}
        description={
          <>
            <Link href={to.reports({ planId: report.planId })} className="text-brand-700 hover:underline">
              ← Báo cáo của kế hoạch
            </Link>
            <span className="ml-3">
              <ReportStatusBadge status={report.status} submittedAt={report.submittedAt} />
            </span>
            <span className="mt-1 block">
              Số liệu tính đến {formatDateTime(new Date(doc.data.asOf))} ({doc.data.period.range}).{" "}
              {final
                ? `${report.finalizedBy?.fullName ?? ""} ký phát hành lúc ${formatDateTime(report.finalizedAt)}; văn bản tải về là bản đã lưu khi phát hành.`
                : `${report.createdBy.fullName} lập lúc ${formatDateTime(report.createdAt)}. Muốn số liệu mới hơn, hãy lập dự thảo mới.`}
            </span>
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <a href={to.reportFile(report.id, "docx")} download className={buttonClass.secondary}>
              Tải DOCX
            </a>
            <a href={to.reportFile(report.id, "xlsx")} download className={buttonClass.secondary}>
              Tải XLSX
            </a>
            <Link href={to.reportPrint(report.id)} className={buttonClass.secondary}>
              Bản in (A4)
            </Link>
            {editable ? <DeleteDraftButton communeId={commune.communeId} reportId={report.id} /> : null}
          </div>
        }
      />
      {editable ? (
        <div className="space-y-5">
          <ReportEditor
            communeId={commune.communeId}
            reportId={report.id}
            version={report.version}
            canFinalize={canFinalizeReport(user, commune)}
            canSubmit={canSubmitForSignature(user, commune)}
            submittedAt={report.submittedAt ? formatDateTime(report.submittedAt) : null}
            initial={{
              ...sections,
              summary: heading.summary,
              place: heading.place,
              number: heading.number,
              issuedDate: heading.issuedDate,
              signerMode: heading.signerMode,
              signerTitle: heading.signerTitle,
              signerName: heading.signerName,
              recipients: heading.recipients.join("\n"),
            }}
          />
          <Card>
            <CardHeader title="Xem trước văn bản (bản đã lưu)" description="Bảng phụ lục lấy từ số liệu tại thời điểm lập dự thảo." />
            <div className="overflow-x-auto p-4 sm:p-6">
              <ReportPaper doc={doc} />
            </div>
          </Card>
        </div>
      ) : (
        <Card>
          {!final ? (
            <div className="p-4">
              <Alert tone="info">Dự thảo do Phòng Văn hóa - Xã hội soạn; bạn đang xem ở chế độ chỉ đọc.</Alert>
            </div>
          ) : null}
          <div className="overflow-x-auto p-4 sm:p-6">
            <ReportPaper doc={doc} />
          </div>
        </Card>
      )}
    </>
  );
}
