import type { Metadata } from "next";
import { ProvincePlanList } from "@/components/province-plans/plan-list";
import { AppShell } from "@/components/shell/app-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canManageProvincePlans, canViewProvincePlans } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";
import { listProvincePlans } from "@/lib/province-plans/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Kế hoạch của tỉnh" };

export default async function ProvincePlansPage({ params }: PageProps<"/tinh/[provinceId]/ke-hoach">) {
  const { provinceId } = await params;
  const { user, province } = await requireProvince(provinceId, canViewProvincePlans);
  const plans = await listProvincePlans(province.provinceId);
  const mayWrite = canManageProvincePlans(user, province.provinceId);
  const to = routes.province(province.provinceId);
  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)} readOnly={!mayWrite}>
      <PageHeader
        title="Kế hoạch của tỉnh"
        description={`Kế hoạch ${province.name} giao cho các xã, phường thực hiện`}
        actions={
          mayWrite ? (
            <div className="flex flex-wrap gap-2">
              <LinkButton href={to.importPlan()} variant="primary">
                Nhập từ văn bản
              </LinkButton>
              <LinkButton href={to.newPlan()}>Tạo kế hoạch</LinkButton>
            </div>
          ) : null
        }
      />
      <Card>
        {plans.length === 0 ? (
          <EmptyState>
            {mayWrite
              ? "Chưa có kế hoạch nào: nhập từ văn bản của tỉnh hoặc tạo kế hoạch mới."
              : "Tỉnh chưa có kế hoạch nào trên hệ thống."}
          </EmptyState>
        ) : (
          <ProvincePlanList provinceId={province.provinceId} plans={plans} />
        )}
      </Card>
    </AppShell>
  );
}
