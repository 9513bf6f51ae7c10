import type { Metadata } from "next";
import { PlanList } from "@/components/plans/plan-list";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canManagePlans, canViewMandates, canViewPlan } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { listPlans } from "@/lib/plans/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Kế hoạch" };

export default async function PlansPage({ params }: PageProps<"/c/[communeId]/ke-hoach">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewPlan);
  const plans = await listPlans(commune.communeId);
  return (
    <>
      <PageHeader
        title="Kế hoạch"
        description={`Các kế hoạch chuyển đổi số của ${commune.name}`}
        actions={
          <>
            {canViewMandates(user, commune) ? (
              <LinkButton href={routes.commune(commune.communeId).mandates()}>Kế hoạch tỉnh giao</LinkButton>
            ) : null}
            {canManagePlans(user, commune) ? (
              <LinkButton href={routes.commune(commune.communeId).importPlan()} variant="primary">
                Nhập từ văn bản
              </LinkButton>
            ) : null}
          </>
        }
      />
      <Card>
        {plans.active.length === 0 ? (
          <EmptyState>Chưa có kế hoạch nào.</EmptyState>
        ) : (
          <PlanList plans={plans.active} communeId={commune.communeId} />
        )}
      </Card>
      {plans.archived.length > 0 ? (
        <Card className="mt-5">
          <CardHeader
            title="Đã lưu trữ"
            description="Không hiện trên tổng quan, danh sách nhiệm vụ và báo cáo; mở kế hoạch để khôi phục."
          />
          <PlanList plans={plans.archived} communeId={commune.communeId} />
        </Card>
      ) : null}
    </>
  );
}
