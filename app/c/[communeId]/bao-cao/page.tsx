import type { Metadata } from "next";
import { CreateDraftButton } from "@/components/reports/create-draft-button";
import { PeriodPicker } from "@/components/reports/period-picker";
import { ReportList } from "@/components/reports/report-list";
import { SubmissionTable } from "@/components/reports/submission-table";
import { WeekStartForm } from "@/components/reports/week-start-form";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { canCompileReports, canReportOnBehalf, canSetReportWeek, canViewDraftReports, canViewReports } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDateTime, localDateKey } from "@/lib/dates";
import { listReports, onBehalfUnits, reportPlans, submissionStatus } from "@/lib/reports/queries";
import { readPeriodSelection } from "@/lib/reports/selection";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Báo cáo" };

export default async function ReportsPage({ params, searchParams }: PageProps<"/c/[communeId]/bao-cao">) {
  const { user, commune } = await requireCommune((await params).communeId, canViewReports);
  const plans = await reportPlans(commune.communeId);
  const selection = readPeriodSelection(await searchParams, plans, localDateKey(new Date()));
  if (!selection) {
    return (
      <>
        <PageHeader title="Báo cáo định kỳ" />
        <Card>
          <EmptyState>Xã chưa có kế hoạch nào: báo cáo được lập từ nhiệm vụ của kế hoạch.</EmptyState>
        </Card>
      </>
    );
  }
  const { plan, period } = selection;
  const [units, reports, reportable] = await Promise.all([
    submissionStatus(commune.communeId, plan.id, period),
    listReports(user, commune, plan.id),
    canReportOnBehalf(user, commune) ? onBehalfUnits(commune.communeId, plan.id) : [],
  ]);
  const reportFor = new Set(reportable.map((u) => u.id));
  const compile = canCompileReports(user, commune);
  const missing = units.filter((u) => !u.confirmedAt).length;
  return (
    <>
      <PageHeader
        title="Báo cáo định kỳ"
        description="Theo dõi đơn vị đã báo cáo trong kỳ, lập dự thảo báo cáo từ cập nhật của các đơn vị, trình Chủ tịch ký phát hành và tải văn bản DOCX/XLSX."
      />
      <PeriodPicker action={routes.commune(commune.communeId).reports()} selection={selection} plans={plans} />
      <div className="space-y-5">
        <Card>
          <CardHeader
            title={`Tình hình báo cáo ${period.label} (${period.range})`}
            description={
              units.length === 0
                ? undefined
                : missing === 0
                  ? "Tất cả đơn vị chủ trì đã xác nhận báo cáo."
                  : `${missing}/${units.length} đơn vị chủ trì chưa xác nhận đã báo cáo.`
            }
          />
          {units.length === 0 ? (
            <EmptyState>Kế hoạch chưa giao nhiệm vụ cho đơn vị nào.</EmptyState>
          ) : (
            <SubmissionTable
              communeId={commune.communeId}
              planId={plan.id}
              periodKey={period.key}
              canRemind={compile}
              rows={units.map((u) => ({
                unitId: u.unitId,
                name: u.name,
                accounts: u.accounts,
                tasks: u.tasks,
                open: u.open,
                updated: u.updated,
                confirmed: u.confirmedAt ? formatDateTime(u.confirmedAt) : null,
                confirmedBy: u.confirmedBy,
                onBehalf: u.onBehalf,
                reportForHref: reportFor.has(u.unitId)
                  ? routes.commune(commune.communeId).confirmReported({ planId: plan.id, periodKey: period.key, unitId: u.unitId })
                  : null,
                reminded: u.remindedAt ? formatDateTime(u.remindedAt) : null,
              }))}
            />
          )}
        </Card>
        <Card>
          <CardHeader
            title="Báo cáo của kế hoạch"
            description={
              compile
                ? "Dự thảo tổng hợp số liệu tại thời điểm lập; có thể lập nhiều dự thảo. Chủ tịch ký phát hành; văn bản đã phát hành được lưu nguyên trạng."
                : !canViewDraftReports(user, commune)
                  ? "Các báo cáo xã đã ký phát hành."
                  : undefined
            }
            actions={
              compile ? (
                <CreateDraftButton communeId={commune.communeId} planId={plan.id} periodKey={period.key} periodLabel={period.label} />
              ) : null
            }
          />
          <ReportList reports={reports} communeId={commune.communeId} />
        </Card>
        {canSetReportWeek(user, commune) ? (
          <WeekStartForm communeId={commune.communeId} planId={plan.id} value={plan.reportWeekStart} />
        ) : null}
      </div>
    </>
  );
}
