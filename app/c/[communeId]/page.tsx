import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionLists } from "@/components/dashboard/action-lists";
import { OperationsCard } from "@/components/dashboard/operations-card";
import { DashboardFilterBar } from "@/components/dashboard/dashboard-filters";
import { Headline } from "@/components/dashboard/headline";
import { IndicatorSection } from "@/components/dashboard/indicator-section";
import { PendingExtensions } from "@/components/dashboard/pending-extensions";
import { PrintButton } from "@/components/dashboard/print-button";
import { CompletionChart, GroupChart, UnitChart } from "@/components/dashboard/task-charts";
import { StatusSummary } from "@/components/tasks/status-summary";
import { Alert } from "@/components/ui/form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { canActOnDashboard, canRunDailyCheck, canViewCommune, canViewDashboard } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { urgentIncidents } from "@/lib/dashboard/action-lists";
import { serviceCentreScope } from "@/lib/daily-checks/centre";
import { getDb } from "@/lib/db";
import { groupChoices, periodChoices, readDashboardFilters, taskListHref } from "@/lib/dashboard/filters";
import { formatDateKey, localDateKey } from "@/lib/dates";
import { communeDashboard, dashboardOperations } from "@/lib/read-models/models";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Tổng quan" };

export default async function DashboardPage({ params, searchParams }: PageProps<"/c/[communeId]">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  // Unit staff work from their own task list; the commune-wide figures are the leaders'.
  if (!canViewDashboard(user, commune)) redirect(routes.commune(commune.communeId).tasks());
  const now = new Date();
  const today = localDateKey(now);
  const filters = readDashboardFilters(await searchParams, today);
  const [data, operations, centre] = await Promise.all([
    communeDashboard(commune.communeId, filters, now),
    dashboardOperations(commune.communeId, now),
    serviceCentreScope(getDb(), commune),
  ]);
  const id = commune.communeId;
  const link = (extra: Parameters<typeof taskListHref>[2] = {}) => taskListHref(id, filters, extra);
  // The commune's chair and standing office work from "Cần xử lý": it comes first for them.
  const actionsFirst = canActOnDashboard(user, commune);
  const actions = (
    <ActionLists
      data={data}
      communeId={id}
      filters={filters}
      urgent={urgentIncidents(operations.open)}
      extensions={<PendingExtensions user={user} commune={commune} />}
    />
  );

  return (
    <>
      <PageHeader
        title={`Tổng quan · ${commune.name}`}
        description={
          <>
            Số liệu {filters.isCurrent ? "đến hôm nay" : "đến hết ngày"} {formatDateKey(data.day)} · so với hết ngày{" "}
            {formatDateKey(data.comparisonDay)} (cuối kỳ trước)
          </>
        }
        actions={<PrintButton />}
      />
      <DashboardFilterBar
        action={routes.commune(id).dashboard()}
        filters={filters}
        periods={periodChoices(today)}
        plans={data.options.plans}
        groups={groupChoices(data.options.groups, filters.planId)}
        units={data.options.units.map((u) => ({ id: u.id, name: u.name }))}
      />
      {filters.isCurrent ? null : (
        <div className="mb-4">
          <Alert tone="info">
            Đang xem {filters.period.label} ({filters.period.range}): tình trạng được dựng lại như lúc đó (nhiệm vụ đã có, thời hạn khi đó,
            báo cáo tiến độ gửi trước ngày đó). Các liên kết mở danh sách nhiệm vụ hiện tại.
          </Alert>
        </div>
      )}
      {actionsFirst ? actions : null}
      <Headline
        now={data.headline}
        before={data.previous}
        allHref={link()}
        doneHref={link({ status: "DONE" })}
        overdueHref={link({ status: "OVERDUE" })}
      />
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">Theo tình trạng</h2>
      <div className="mb-5">
        <StatusSummary counts={data.headline.counts} previous={data.previous.counts} hrefFor={(s) => link({ status: s })} />
      </div>
      <IndicatorSection data={data} communeId={id} filters={filters} />
      {/* The plan's figures keep their place at the top; the centre's day-to-day follows them (its urgent
          incidents are already first in "Cần xử lý"). */}
      <OperationsCard data={operations} communeId={id} mayCheck={canRunDailyCheck(user, centre)} />
      <div className="mb-5 grid gap-4 xl:grid-cols-2">
        <Card className="break-inside-avoid">
          <CardHeader title="Nhiệm vụ theo nhóm" description="Bấm vào một đoạn để mở danh sách nhiệm vụ" />
          <div className="p-4">
            <GroupChart data={data} communeId={id} filters={filters} />
          </div>
        </Card>
        <Card className="break-inside-avoid">
          <CardHeader title="Đơn vị chủ trì" description="Xếp theo số nhiệm vụ quá hạn" />
          <div className="p-4">
            <UnitChart data={data} communeId={id} filters={filters} />
          </div>
        </Card>
      </div>
      <Card className="mb-5 break-inside-avoid">
        <CardHeader title="Nhiệm vụ hoàn thành theo tuần" description="12 tuần gần nhất" />
        <div className="p-4">
          <CompletionChart data={data} communeId={id} filters={filters} />
        </div>
      </Card>
      {actionsFirst ? null : actions}
    </>
  );
}
