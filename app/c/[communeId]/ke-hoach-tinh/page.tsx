import type { Metadata } from "next";
import { MovePlanForm, AcknowledgeButton } from "@/components/mandates/plan-header";
import { PlanChanges } from "@/components/mandates/plan-changes";
import { MandateTaskRows } from "@/components/mandates/task-rows";
import { mandateRowView } from "@/components/mandates/row-view";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { canManageMandatedTasks, canViewMandates } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getCommuneMandates } from "@/lib/mandates/queries";
import { routes } from "@/lib/routes";
import { listGroupOptions } from "@/lib/unit-groups/queries";

export const metadata: Metadata = { title: "Kế hoạch tỉnh giao" };

export default async function MandatesPage({ params }: PageProps<"/c/[communeId]/ke-hoach-tinh">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewMandates);
  const id = commune.communeId;
  const canManage = canManageMandatedTasks(user, commune);
  const [{ plans, movablePlans }, groups, units] = await Promise.all([
    getCommuneMandates(commune),
    listGroupOptions(id),
    getDb().unit.findMany({
      where: { communeId: id, active: true, kind: { notIn: ["COMMUNE", "WARD", "PROVINCE"] } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return (
    <>
      <PageHeader
        title="Kế hoạch tỉnh giao"
        description="Nhiệm vụ của các kế hoạch tỉnh giao cho xã/phường: giao đơn vị chủ trì, báo không phát sinh, xem thay đổi của từng phiên bản."
      />
      {plans.length === 0 ? (
        <Card>
          <EmptyState>Tỉnh chưa ban hành kế hoạch nào giao cho {commune.name}.</EmptyState>
        </Card>
      ) : null}
      {plans.map((p) => {
        const unread = !p.acknowledgedAt;
        return (
          <Card key={p.provincePlanId} className="mb-5">
            <CardHeader
              title={`${p.number ? `Kế hoạch số ${p.number}` : "Kế hoạch"}: ${p.title}`}
              description={`${p.issuer} · phiên bản ${p.appliedVersion}, nhận lúc ${formatDateTime(p.appliedAt)}`}
            />
            <div className="space-y-4 px-4 py-3 sm:px-5">
              <MovePlanForm
                communeId={id}
                provincePlanId={p.provincePlanId}
                current={{ id: p.receivingPlan.id, label: p.receivingPlan.label, href: routes.commune(id).plan(p.receivingPlan.id) }}
                plans={movablePlans}
                canManage={canManage}
              />
              <section className={`rounded-md border p-3 ${unread ? "border-amber-300 bg-amber-50/50" : "border-slate-200"}`}>
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <h3 className="text-sm font-semibold text-slate-900">Thay đổi của phiên bản {p.appliedVersion}</h3>
                  {unread ? (
                    <span className="rounded bg-amber-200 px-1.5 py-0.5 text-[11px] font-semibold text-amber-900">Chưa xem</span>
                  ) : (
                    <span className="text-xs text-slate-500">Đã xem lúc {formatDateTime(p.acknowledgedAt)}</span>
                  )}
                  {unread && canManage ? (
                    <span className="ml-auto">
                      <AcknowledgeButton communeId={id} provincePlanId={p.provincePlanId} appliedVersion={p.appliedVersion} />
                    </span>
                  ) : null}
                </div>
                <PlanChanges communeId={id} changes={p.changes} />
              </section>
            </div>
            <MandateTaskRows
              communeId={id}
              tasks={p.tasks.map((t) => mandateRowView(t, id, unitName, groupName))}
              canManage={canManage}
              units={units.map((u) => ({ value: u.id, label: u.name }))}
              groups={groups}
            />
          </Card>
        );
      })}
    </>
  );
}
