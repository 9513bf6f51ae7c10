import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthoringIndicatorForm } from "@/components/province-plans/authoring-indicator-form";
import { AuthoringIndicators } from "@/components/province-plans/authoring-indicators";
import { AuthoringSource } from "@/components/province-plans/authoring-source";
import { AuthoringTaskForm } from "@/components/province-plans/authoring-task-form";
import { AuthoringTaskTable } from "@/components/province-plans/authoring-task-table";
import { PlanMetaForm } from "@/components/province-plans/plan-meta-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canManageProvincePlans, canViewProvincePlans } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";
import { formatDateKey, formatDateTime } from "@/lib/dates";
import { getWorkingCopy } from "@/lib/province-plans/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Kế hoạch của tỉnh" };

/** `?nhiem-vu=<id>|moi` or `?chi-tieu=<id>|moi`: the form open beside the lists. */
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function ProvincePlanPage({ params, searchParams }: PageProps<"/tinh/[provinceId]/ke-hoach/[planId]">) {
  const { provinceId, planId } = await params;
  const { user, province } = await requireProvince(provinceId, canViewProvincePlans);
  const copy = await getWorkingCopy(province.provinceId, planId);
  if (!copy) notFound();
  const { plan, tasks, indicators, communes, catalog } = copy;
  const mayWrite = canManageProvincePlans(user, province.provinceId);
  const query = await searchParams;
  const to = routes.province(province.provinceId);
  const here = to.plan(plan.id);
  const taskParam = mayWrite ? one(query["nhiem-vu"]) : undefined;
  const kpiParam = mayWrite && !taskParam ? one(query["chi-tieu"]) : undefined;
  const editedTask = taskParam && taskParam !== "moi" ? tasks.find((t) => t.id === taskParam) : undefined;
  const editedKpi = kpiParam && kpiParam !== "moi" ? indicators.find((k) => k.id === kpiParam) : undefined;
  const communeNames = new Map(communes.map((c) => [c.id, c.name]));
  const ref = { provinceId: province.provinceId, planId: plan.id, version: plan.version };
  const published =
    plan.publishedVersion > 0
      ? `Đã ban hành phiên bản ${plan.publishedVersion} (${formatDateTime(plan.lastPublishedAt)}), ${plan.receiptCount} xã, phường đã nhận`
      : "Bản soạn, chưa ban hành";

  const side =
    taskParam && (taskParam === "moi" || editedTask) ? (
      <Card className="p-4">
        <h2 className="mb-3 text-base font-semibold">{editedTask ? `Sửa nhiệm vụ ${editedTask.code}` : "Thêm nhiệm vụ"}</h2>
        <AuthoringTaskForm key={editedTask?.id ?? "moi"} {...ref} task={editedTask ?? null} communes={communes} closeHref={here} />
      </Card>
    ) : kpiParam && (kpiParam === "moi" || editedKpi) ? (
      <Card className="p-4">
        <h2 className="mb-3 text-base font-semibold">{editedKpi ? `Sửa chỉ tiêu ${editedKpi.code}` : "Thêm chỉ tiêu"}</h2>
        <AuthoringIndicatorForm
          key={editedKpi?.id ?? "moi"}
          {...ref}
          indicator={editedKpi ?? null}
          catalog={catalog}
          communes={communes}
          closeHref={here}
        />
      </Card>
    ) : plan.sourceText || plan.warnings.length ? (
      <AuthoringSource fileName={plan.sourceFile} text={plan.sourceText} warnings={plan.warnings} />
    ) : null;

  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)} readOnly={!mayWrite}>
      <PageHeader
        title={plan.title}
        description={
          <>
            {[plan.number ? `Số ${plan.number}` : null, plan.issuedDate ? `ngày ${formatDateKey(plan.issuedDate)}` : null, plan.issuer]
              .filter(Boolean)
              .join(" · ")}
            <span className="block">{published}</span>
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {mayWrite ? (
              <LinkButton href={to.publish(plan.id)} variant="primary">
                Ban hành…
              </LinkButton>
            ) : null}
            {plan.publishedVersion > 0 ? <LinkButton href={to.rollup(plan.id)}>Tổng hợp theo nhiệm vụ</LinkButton> : null}
            <LinkButton href={to.plans()}>Tất cả kế hoạch</LinkButton>
          </div>
        }
      />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_28rem]">
        {side ? <aside className="space-y-5 lg:order-last">{side}</aside> : null}
        <div className="min-w-0 space-y-5">
          <Card>
            <CardHeader
              title={`Nhiệm vụ (${tasks.length})`}
              description={mayWrite ? "Sửa trong bản soạn; xã, phường chỉ nhận thay đổi khi kế hoạch được ban hành." : undefined}
              actions={mayWrite ? <LinkButton href={`${here}?nhiem-vu=moi`}>Thêm nhiệm vụ</LinkButton> : null}
            />
            {tasks.length === 0 ? (
              <EmptyState>Chưa có nhiệm vụ nào.</EmptyState>
            ) : (
              <AuthoringTaskTable
                {...ref}
                tasks={tasks}
                communeNames={communeNames}
                communeCount={communes.length}
                editHref={mayWrite ? (id) => `${here}?nhiem-vu=${id}` : null}
              />
            )}
          </Card>
          <Card>
            <CardHeader
              title={`Chỉ tiêu (${indicators.length})`}
              actions={mayWrite ? <LinkButton href={`${here}?chi-tieu=moi`}>Thêm chỉ tiêu</LinkButton> : null}
            />
            {indicators.length === 0 ? (
              <EmptyState>Chưa có chỉ tiêu nào.</EmptyState>
            ) : (
              <AuthoringIndicators
                {...ref}
                indicators={indicators}
                communeNames={communeNames}
                communeCount={communes.length}
                editHref={mayWrite ? (id) => `${here}?chi-tieu=${id}` : null}
              />
            )}
          </Card>
          {mayWrite ? (
            <Card>
              <details className="p-4">
                <summary className="cursor-pointer text-sm font-semibold text-slate-800">
                  Thông tin kế hoạch (số, ngày, người ký, thời gian thực hiện)
                </summary>
                <div className="mt-4">
                  <PlanMetaForm provinceId={province.provinceId} provinceName={province.name} plan={plan} />
                </div>
              </details>
            </Card>
          ) : null}
        </div>
      </div>
    </AppShell>
  );
}
