import type { Metadata } from "next";
import { IndicatorBadge } from "@/components/indicators/indicator-badge";
import { IndicatorTable } from "@/components/indicators/indicator-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canManageIndicators, canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { listIndicators } from "@/lib/indicators/queries";
import { STATUS_META, type IndicatorStatus } from "@/lib/indicators/status";

export const metadata: Metadata = { title: "Chỉ tiêu" };

export default async function IndicatorsPage({ params }: PageProps<"/c/[communeId]/chi-tieu">) {
  const { user, commune } = await requireCommune((await params).communeId, canViewCommune);
  const plans = await listIndicators(commune.communeId);
  const base = `/c/${commune.communeId}/chi-tieu`;
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
            {mayEnter && all.length ? <LinkButton href={`${base}/nhap`}>Nhập số liệu từ tệp</LinkButton> : null}
            {manage && plans.length ? (
              <LinkButton href={`${base}/moi?plan=${plans[0].plan.id}`} variant="primary">
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
              <li key={s} className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow-sm">
                <IndicatorBadge status={s} />
                <span className="font-semibold tabular-nums">{counts.get(s)}</span>
              </li>
            ))}
        </ul>
      ) : null}
      <div className="space-y-5">
        {plans.length === 0 ? (
          <Card>
            <EmptyState>Xã chưa có kế hoạch nào. Chỉ tiêu được tạo cùng kế hoạch (nhập từ văn bản) hoặc thêm tay.</EmptyState>
          </Card>
        ) : (
          plans.map(({ plan, indicators }) => (
            <Card key={plan.id}>
              <CardHeader
                title={plan.title}
                description={`${plan.number ? `Số ${plan.number} · ` : ""}${indicators.length} chỉ tiêu`}
                actions={manage && plans.length > 1 ? <LinkButton href={`${base}/moi?plan=${plan.id}`}>Thêm chỉ tiêu</LinkButton> : null}
              />
              {indicators.length ? (
                <IndicatorTable rows={indicators} communeId={commune.communeId} />
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
