import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmReported } from "@/components/reports/confirm-reported";
import { PeriodPicker } from "@/components/reports/period-picker";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { ToneBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { canViewCommune, hasOwnTasks } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDate, formatDateTime, localDateKey } from "@/lib/dates";
import { plansLedBy, unitPeriodStatus } from "@/lib/reports/queries";
import { readPeriodSelection } from "@/lib/reports/selection";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Xác nhận báo cáo" };

/** A unit's "đã báo cáo" for a period: its open lead tasks, which are updated, and the confirmation. */
export default async function ConfirmReportedPage({ params, searchParams }: PageProps<"/c/[communeId]/bao-cao/xac-nhan">) {
  const { user, commune } = await requireCommune((await params).communeId, (v, c) => canViewCommune(v, c) && hasOwnTasks(v));
  const unitId = user.unitId ?? "";
  const plans = await plansLedBy(commune.communeId, unitId);
  const selection = readPeriodSelection(await searchParams, plans, localDateKey(new Date()));
  const header = (
    <PageHeader
      title="Xác nhận đã báo cáo"
      description="Cập nhật tiến độ các nhiệm vụ đơn vị chủ trì trong kỳ, rồi xác nhận đã báo cáo để Phòng Văn hóa - Xã hội tổng hợp."
    />
  );
  if (!selection) {
    return (
      <>
        {header}
        <Card>
          <EmptyState>Đơn vị của bạn chưa chủ trì nhiệm vụ nào.</EmptyState>
        </Card>
      </>
    );
  }
  const { plan, period } = selection;
  const status = await unitPeriodStatus(commune.communeId, unitId, plan.id, period);
  const open = status.tasks.filter((t) => !t.done);
  const missing = open.filter((t) => !t.updatedAt).length;
  return (
    <>
      {header}
      <PeriodPicker action={routes.commune(commune.communeId).confirmReported()} selection={selection} plans={plans} />
      <div className="space-y-5">
        <Card>
          <CardHeader
            title={`${period.label} (${period.range})`}
            description={`${open.length - missing}/${open.length} nhiệm vụ chưa hoàn thành đã cập nhật tiến độ từ ngày bắt đầu kỳ.`}
            actions={
              status.submission ? (
                <span className="text-sm">
                  <ToneBadge tone="green" label="Đã báo cáo" /> {formatDateTime(status.submission.confirmedAt)} ·{" "}
                  {status.submission.confirmedBy.fullName}
                </span>
              ) : (
                <ConfirmReported communeId={commune.communeId} planId={plan.id} periodKey={period.key} missing={missing} />
              )
            }
          />
          {open.length === 0 ? (
            <EmptyState>Các nhiệm vụ đơn vị chủ trì đã hoàn thành.</EmptyState>
          ) : (
            <Table minWidth={320}>
              <TableHead columns={["Nhiệm vụ", "Cập nhật trong kỳ"]} />
              <TableBody>
                {open.map((t) => (
                  <tr key={t.id}>
                    <Td>
                      <Link href={routes.commune(commune.communeId).task(t.id)} className="text-brand-700 hover:underline">
                        {t.code} {t.title}
                      </Link>
                    </Td>
                    <Td>{t.updatedAt ? formatDateTime(t.updatedAt) : <ToneBadge tone="red" label="Chưa cập nhật" />}</Td>
                  </tr>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
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
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
