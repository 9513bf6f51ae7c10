import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/dashboard/print-button";
import { StackedCounts } from "@/components/province-plans/rollup-table";
import { RollupTaskTable } from "@/components/province-plans/rollup-task";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canViewProvincePlans, isReadOnlyViewer } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { isIdShaped } from "@/lib/ids";
import { taskRollup } from "@/lib/read-models/models";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Nhiệm vụ của tỉnh theo từng xã" };

export default async function TaskRollupPage({ params }: PageProps<"/tinh/[provinceId]/ke-hoach/[planId]/tong-hop/[taskId]">) {
  const { provinceId, planId, taskId } = await params;
  const { user, province } = await requireProvince(provinceId, canViewProvincePlans);
  if (!isIdShaped(planId) || !isIdShaped(taskId)) notFound();
  const rollup = await taskRollup(province.provinceId, planId, taskId);
  if (!rollup?.version) notFound();
  const { summary: s, rows } = rollup;
  const t = s.task;

  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)} readOnly={isReadOnlyViewer(user)}>
      <PageHeader
        title={`Nhiệm vụ ${t.code}. ${t.title}`}
        description={
          <>
            <p>
              <Link href={routes.province(province.provinceId).rollup(planId)} className="text-brand-700 hover:underline">
                ← Tổng hợp theo nhiệm vụ
              </Link>{" "}
              · {rollup.plan.title} (phiên bản {rollup.version.number})
            </p>
            <p>
              {t.dueDate ? `Hạn ${formatDate(new Date(t.dueDate), "date-only")}` : t.deadlineText || "Không ghi thời hạn"} · Chủ trì theo kế
              hoạch tỉnh: {t.leadText || "—"}
              {t.withdrawn ? " · Tỉnh đã thu hồi nhiệm vụ này" : ""}
            </p>
            <p>
              &quot;Chậm&quot;: quá hạn, chưa triển khai, hoặc chưa cập nhật trong {rollup.period.label.toLowerCase()} (
              {rollup.period.range}).
            </p>
          </>
        }
        actions={<PrintButton />}
      />
      <Card className="mb-5">
        <CardHeader
          title={`${s.targeted} xã được giao · hoàn thành ${s.doneShare === null ? "—" : `${s.doneShare}%`} · ${s.laggards.length} xã chậm`}
          description={s.noLead ? `${s.noLead} xã chưa giao đơn vị chủ trì.` : undefined}
        />
        <div className="px-4 py-3">
          <StackedCounts t={s} />
        </div>
      </Card>
      <Card>
        {rows.length === 0 ? (
          <EmptyState>Nhiệm vụ không giao cho xã nào của tỉnh.</EmptyState>
        ) : (
          <RollupTaskTable rows={rows} periodLabel={rollup.period.label} version={rollup.version.number} />
        )}
      </Card>
    </AppShell>
  );
}
