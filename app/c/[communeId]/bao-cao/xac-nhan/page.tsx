import type { Metadata } from "next";
import Link from "next/link";
import { ClosePeriodForm } from "@/components/reports/close-period-form";
import { PeriodPicker } from "@/components/reports/period-picker";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { ToneBadge } from "@/components/ui/status-badge";
import { canReportOnBehalf, canViewCommune, hasOwnTasks } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDate, formatDateTime, localDateKey } from "@/lib/dates";
import { onBehalfUnits, plansLedBy, reportPlans, unitName, unitPeriodStatus } from "@/lib/reports/queries";
import { readPeriodSelection } from "@/lib/reports/selection";
import { routes } from "@/lib/routes";
import { searchParam } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Xác nhận báo cáo" };

/**
 * A unit closes a period: its open items (tasks it leads, its own part of group tasks), each sent as
 * "không thay đổi" or a real report, and the confirmation, in one form. The standing office does the
 * same for a unit without an active account ("báo cáo thay").
 */
export default async function ConfirmReportedPage({ params, searchParams }: PageProps<"/c/[communeId]/bao-cao/xac-nhan">) {
  const { user, commune } = await requireCommune(
    (await params).communeId,
    (v, c) => canViewCommune(v, c) && (hasOwnTasks(v) || canReportOnBehalf(v, c)),
  );
  const query = await searchParams;
  const office = canReportOnBehalf(user, commune);
  const plans = office ? await reportPlans(commune.communeId) : await plansLedBy(commune.communeId, user.unitId ?? "");
  const selection = readPeriodSelection(query, plans, localDateKey(new Date()));
  const header = (
    <PageHeader
      title="Xác nhận đã báo cáo"
      description={
        office
          ? "Báo cáo thay đơn vị chưa có tài khoản: chọn đơn vị, gửi tình hình từng nhiệm vụ rồi xác nhận đã báo cáo."
          : "Gửi tình hình các nhiệm vụ đơn vị chủ trì trong kỳ (không thay đổi hoặc cập nhật mới) và xác nhận đã báo cáo, trong một lần gửi."
      }
    />
  );
  if (!selection) {
    return (
      <>
        {header}
        <Card>
          <EmptyState>{office ? "Xã chưa có kế hoạch nào." : "Đơn vị của bạn chưa chủ trì nhiệm vụ nào."}</EmptyState>
        </Card>
      </>
    );
  }
  const { plan, period } = selection;
  const links = routes.commune(commune.communeId);
  const candidates = office ? await onBehalfUnits(commune.communeId, plan.id) : [];
  const wanted = searchParam(query, "don-vi");
  const unit = office
    ? (candidates.find((u) => u.id === wanted) ?? null)
    : { id: user.unitId ?? "", name: await unitName(commune.communeId, user.unitId ?? "") };
  const status = unit ? await unitPeriodStatus(commune.communeId, unit.id, plan.id, period) : null;
  return (
    <>
      {header}
      <PeriodPicker
        action={links.confirmReported()}
        selection={selection}
        plans={plans}
        keep={unit && office ? { "don-vi": unit.id } : {}}
      />
      <div className="space-y-5">
        {office ? (
          <Card>
            <CardHeader
              title="Báo cáo thay đơn vị chưa có tài khoản"
              description="Chỉ các đơn vị chủ trì không có tài khoản nào đang hoạt động; đơn vị có tài khoản tự báo cáo."
            />
            {candidates.length === 0 ? (
              <EmptyState>Các đơn vị chủ trì của kế hoạch đều có tài khoản.</EmptyState>
            ) : (
              <ul className="flex flex-wrap gap-2 px-4 py-3 text-sm sm:px-5">
                {candidates.map((u) => (
                  <li key={u.id}>
                    <Link
                      href={links.confirmReported({ planId: plan.id, periodKey: period.key, unitId: u.id })}
                      aria-current={u.id === unit?.id ? "page" : undefined}
                      className={`inline-block rounded-md border px-3 py-1.5 ${u.id === unit?.id ? "border-brand-600 bg-brand-50 font-medium text-brand-800" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
                    >
                      {u.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        {unit && status ? (
          <Card>
            <CardHeader
              title={`${office ? `${unit.name}: ` : ""}${period.label} (${period.range})`}
              description={
                status.leads === 0
                  ? undefined
                  : `${status.items.length} việc đang mở (nhiệm vụ chủ trì chưa hoàn thành, phần việc của đơn vị ở nhiệm vụ giao cho nhóm); ${status.items.filter((i) => i.updatedAt).length} đã cập nhật trong kỳ.`
              }
              actions={
                status.submission ? (
                  <span className="text-sm" data-testid="confirmed">
                    <ToneBadge tone="green" label="Đã xác nhận báo cáo" /> {formatDateTime(status.submission.confirmedAt)} ·{" "}
                    {status.submission.confirmedBy.fullName}
                    {status.submission.onBehalf ? " (Văn phòng báo cáo thay)" : ""}
                  </span>
                ) : null
              }
            />
            {status.leads === 0 ? (
              <EmptyState>Đơn vị không chủ trì nhiệm vụ nào của kế hoạch này.</EmptyState>
            ) : status.submission ? (
              <EmptyState>Đơn vị đã xác nhận báo cáo kỳ này. Cập nhật thêm (nếu có) trên trang của từng nhiệm vụ.</EmptyState>
            ) : (
              <ClosePeriodForm
                communeId={commune.communeId}
                planId={plan.id}
                periodKey={period.key}
                onBehalfUnitId={office ? unit.id : null}
                unitName={unit.name}
                items={status.items.map((i) => ({
                  taskId: i.taskId,
                  code: i.code,
                  title: i.title,
                  href: links.task(i.taskId),
                  part: i.part,
                  workStatus: i.workStatus,
                  progress: i.progress,
                  version: i.version,
                  updatedAt: i.updatedAt ? formatDateTime(i.updatedAt) : null,
                  last: i.last && {
                    at: formatDateTime(i.last.createdAt),
                    author: i.last.author,
                    result: i.last.result,
                    unchanged: i.last.unchanged,
                    onBehalf: i.last.onBehalf,
                  },
                }))}
              />
            )}
          </Card>
        ) : null}
        {status ? (
          <Card>
            <CardHeader title="Các kỳ đã xác nhận" />
            {status.history.length === 0 ? (
              <EmptyState>Chưa xác nhận kỳ nào.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {status.history.map((h) => (
                  <li key={h.periodKey} className="px-4 py-2 sm:px-5">
                    {formatDate(h.periodStart, "date-only")} – {formatDate(h.periodEnd, "date-only")}: {formatDateTime(h.confirmedAt)} ·{" "}
                    {h.confirmedBy.fullName}
                    {h.onBehalf ? " (Văn phòng báo cáo thay)" : ""}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
