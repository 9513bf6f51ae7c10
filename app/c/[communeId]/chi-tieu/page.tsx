import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorBadge } from "@/components/indicators/indicator-badge";
import { IndicatorTable } from "@/components/indicators/indicator-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canManageIndicators, canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { indicatorListHref, matchesIndicatorFilters, readIndicatorFilters } from "@/lib/indicators/list-filters";
import { listIndicators } from "@/lib/indicators/queries";
import { STATUS_META, type IndicatorStatus } from "@/lib/indicators/status";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Chỉ tiêu" };

export default async function IndicatorsPage({ params, searchParams }: PageProps<"/c/[communeId]/chi-tieu">) {
  const { user, commune } = await requireCommune((await params).communeId, canViewCommune);
  const filters = readIndicatorFilters(await searchParams);
  const filtered = Boolean(filters.status || filters.planId || filters.unitId);
  const plans = (await listIndicators(commune.communeId))
    .filter((p) => !filters.planId || p.plan.id === filters.planId)
    .map((p) => ({ ...p, indicators: p.indicators.filter((r) => matchesIndicatorFilters(r, { ...filters, status: "" })) }));
  const to = routes.commune(commune.communeId);
  const manage = canManageIndicators(user, commune);
  const mayEnter = manage || user.role === "UNIT_STAFF";
  const all = plans.flatMap((p) => p.indicators);
  const counts = new Map<IndicatorStatus, number>();
  for (const r of all) counts.set(r.summary.status, (counts.get(r.summary.status) ?? 0) + 1);

  return (
    <>
      <PageHeader
        title="Chỉ tiêu"
        description="Số liệu từng kỳ so với chỉ tiêu của kế hoạch; tình trạng so với lộ trình từ giá trị ban đầu đến chỉ tiêu tại thời hạn."
        actions={
          <div className="flex flex-wrap gap-2">
            {mayEnter && all.length ? <LinkButton href={to.importIndicatorValues()}>Nhập số liệu từ tệp</LinkButton> : null}
            {manage && plans.length ? (
              <LinkButton href={to.newIndicator(plans[0].plan.id)} variant="primary">
                Thêm chỉ tiêu
              </LinkButton>
            ) : null}
          </div>
        }
      />
      {all.length ? (
        <ul className="mb-5 flex flex-wrap gap-3" aria-label="Số chỉ tiêu theo tình trạng">
          {(Object.keys(STATUS_META) as IndicatorStatus[])
            .filter((s) => counts.get(s))
            .map((s) => (
              <li key={s}>
                <Link
                  href={indicatorListHref(commune.communeId, { ...filters, status: filters.status === s ? "" : s })}
                  aria-current={filters.status === s ? "true" : undefined}
                  className={`flex items-center gap-2 rounded-md border bg-white px-3 py-2 text-sm shadow-sm hover:border-brand-600 ${filters.status === s ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200"}`}
                >
                  <IndicatorBadge status={s} />
                  <span className="font-semibold tabular-nums">{counts.get(s)}</span>
                </Link>
              </li>
            ))}
        </ul>
      ) : null}
      {filtered ? (
        <p className="mb-3 text-sm text-slate-600" aria-live="polite">
          Đang lọc{filters.status ? ` theo tình trạng “${STATUS_META[filters.status].label}”` : ""}
          {filters.unitId ? " theo đơn vị chịu trách nhiệm" : ""}
          {filters.planId ? " theo kế hoạch" : ""}.{" "}
          <Link href={to.indicators()} className="text-brand-700 hover:underline">
            Xem tất cả chỉ tiêu
          </Link>
        </p>
      ) : null}
      <div className="space-y-5">
        {plans.length === 0 ? (
          <Card>
            <EmptyState>Xã chưa có kế hoạch nào. Chỉ tiêu được tạo cùng kế hoạch (nhập từ văn bản) hoặc thêm tay.</EmptyState>
          </Card>
        ) : (
          plans.map(({ plan, indicators }) => {
            // Plan and unit are already applied; the status chips narrow the table further.
            const shown = indicators.filter((r) => !filters.status || r.summary.status === filters.status);
            return (
              <Card key={plan.id}>
                <CardHeader
                  title={plan.title}
                  description={`${plan.number ? `Số ${plan.number} · ` : ""}${indicators.length} chỉ tiêu`}
                  actions={manage && plans.length > 1 ? <LinkButton href={to.newIndicator(plan.id)}>Thêm chỉ tiêu</LinkButton> : null}
                />
                {shown.length ? (
                  <IndicatorTable rows={shown} communeId={commune.communeId} />
                ) : indicators.length ? (
                  <EmptyState>Không có chỉ tiêu phù hợp.</EmptyState>
                ) : (
                  <EmptyState>Kế hoạch chưa có chỉ tiêu nào.</EmptyState>
                )}
              </Card>
            );
          })
        )}
      </div>
    </>
  );
}
