import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorBadge } from "@/components/indicators/indicator-badge";
import { IndicatorTable } from "@/components/indicators/indicator-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canEnterIndicatorValues, canManageIndicators, canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { readIndicatorFilters } from "@/lib/indicators/list-filters";
import { indicatorListView } from "@/lib/indicators/list-view";
import { listIndicators } from "@/lib/indicators/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Chỉ tiêu" };

export default async function IndicatorsPage({ params, searchParams }: PageProps<"/c/[communeId]/chi-tieu">) {
  const { user, commune } = await requireCommune((await params).communeId, canViewCommune);
  const filters = readIndicatorFilters(await searchParams);
  const view = indicatorListView(commune.communeId, await listIndicators(commune.communeId), filters);
  const { plans } = view;
  const [firstPlan] = plans;
  const to = routes.commune(commune.communeId);
  const manage = canManageIndicators(user, commune);
  const mayEnter = canEnterIndicatorValues(user, commune);

  return (
    <>
      <PageHeader
        title="Chỉ tiêu"
        description="Số liệu từng kỳ so với chỉ tiêu của kế hoạch; tình trạng so với lộ trình từ giá trị ban đầu đến chỉ tiêu tại thời hạn."
        actions={
          <div className="flex flex-wrap gap-2">
            {mayEnter && view.indicatorCount ? <LinkButton href={to.importIndicatorValues()}>Nhập số liệu từ tệp</LinkButton> : null}
            {manage && firstPlan ? (
              <LinkButton href={to.newIndicator(firstPlan.plan.id)} variant="primary">
                Thêm chỉ tiêu
              </LinkButton>
            ) : null}
          </div>
        }
      />
      {view.indicatorCount ? (
        <ul className="mb-5 flex flex-wrap gap-3" aria-label="Số chỉ tiêu theo tình trạng">
          {view.chips.map((c) => (
            <li key={c.status}>
              <Link
                href={c.href}
                aria-current={c.active ? "true" : undefined}
                className={`flex items-center gap-2 rounded-md border bg-white px-3 py-2 text-sm shadow-sm hover:border-brand-600 ${c.active ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200"}`}
              >
                <IndicatorBadge status={c.status} />
                <span className="font-semibold tabular-nums">{c.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {view.filterNote ? (
        <p className="mb-3 text-sm text-slate-600" aria-live="polite">
          {view.filterNote}{" "}
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
          plans.map(({ plan, indicators, shown }) => (
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
          ))
        )}
      </div>
    </>
  );
}
