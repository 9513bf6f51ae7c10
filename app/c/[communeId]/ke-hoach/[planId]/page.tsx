import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { TaskTable } from "@/components/tasks/task-table";
import { ArchivePlanButton, PlanDetailsForm } from "@/components/plans/plan-controls";
import { Alert } from "@/components/ui/form";
import { canArchivePlan, canManagePlans, canViewPlan } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { dateOnlyKey, formatDate } from "@/lib/dates";
import { planPage } from "@/lib/read-models/models";
import { countByStatus } from "@/lib/tasks/queries";
import { StatusSummary } from "@/components/tasks/status-summary";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Kế hoạch" };

export default async function PlanPage({ params }: PageProps<"/c/[communeId]/ke-hoach/[planId]">) {
  const { communeId, planId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewPlan);
  const data = await planPage(commune.communeId, planId);
  if (!data) notFound();
  const { plan, groups, ungrouped, tasks } = data;
  const meta: [string, string | null][] = [
    ["Cơ quan ban hành", plan.issuer],
    ["Số, ký hiệu", plan.number],
    ["Ngày ban hành", plan.issuedDate ? formatDate(plan.issuedDate, "date-only") : null],
    [
      "Thời gian thực hiện",
      plan.periodStart && plan.periodEnd
        ? `${formatDate(plan.periodStart, "date-only")} – ${formatDate(plan.periodEnd, "date-only")}`
        : null,
    ],
    ["Người ký", plan.signerName ? `${plan.signerTitle ? `${plan.signerTitle} ` : ""}${plan.signerName}` : null],
    ["Căn cứ, thực hiện", plan.parentRefs || null],
  ];

  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="Đường dẫn">
        <Link href={routes.commune(commune.communeId).plans()} className="hover:underline">
          Kế hoạch
        </Link>{" "}
        / <span className="text-slate-700">Chi tiết</span>
      </nav>
      <PageHeader
        title={plan.title}
        actions={
          canArchivePlan(user, commune) ? (
            <ArchivePlanButton communeId={commune.communeId} planId={plan.id} archived={!!plan.archivedAt} />
          ) : null
        }
      />
      {plan.archivedAt ? (
        <div className="mb-4" data-testid="plan-archived">
          <Alert tone="info">
            <strong>Đã lưu trữ</strong> ngày {formatDate(plan.archivedAt, "date-only")}: kế hoạch không hiện trên tổng quan, danh sách nhiệm
            vụ, báo cáo và số liệu cấp tỉnh; dữ liệu và lịch sử vẫn được giữ nguyên.
          </Alert>
        </div>
      ) : null}
      <Card className="mb-5">
        <dl className="grid gap-x-6 gap-y-2 px-4 py-4 text-sm sm:grid-cols-2 sm:px-5">
          {meta
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className={k === "Căn cứ, thực hiện" ? "sm:col-span-2" : ""}>
                <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
                <dd className="text-slate-900">{v}</dd>
              </div>
            ))}
        </dl>
        {canManagePlans(user, commune) ? (
          <div className="border-t border-slate-100 px-4 py-4 sm:px-5">
            <PlanDetailsForm
              communeId={commune.communeId}
              planId={plan.id}
              version={plan.version}
              number={plan.number ?? ""}
              issuedDate={plan.issuedDate ? dateOnlyKey(plan.issuedDate) : ""}
            />
          </div>
        ) : null}
      </Card>
      <div className="mb-5">
        <StatusSummary
          counts={countByStatus(tasks.filter((t) => !t.closedKind))} // closed tasks are shown below, not counted
          hrefFor={(s) => routes.commune(commune.communeId).tasks({ planId: plan.id, status: s })}
        />
      </div>
      <div className="space-y-5">
        {groups.map((g) => (
          <Card key={g.id}>
            <CardHeader title={`${g.code}. ${g.title}`} description={`${g.tasks.length} nhiệm vụ`} />
            <TaskTable tasks={g.tasks} communeId={commune.communeId} />
          </Card>
        ))}
        {ungrouped.length > 0 ? (
          <Card>
            <CardHeader title="Nhiệm vụ khác" />
            <TaskTable tasks={ungrouped} communeId={commune.communeId} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
