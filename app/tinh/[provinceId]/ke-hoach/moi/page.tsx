import type { Metadata } from "next";
import { PlanMetaForm } from "@/components/province-plans/plan-meta-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canManageProvincePlans } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Tạo kế hoạch của tỉnh" };

export default async function NewProvincePlanPage({ params }: PageProps<"/tinh/[provinceId]/ke-hoach/moi">) {
  const { provinceId } = await params;
  const { user, province } = await requireProvince(provinceId, canManageProvincePlans);
  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)}>
      <PageHeader title="Tạo kế hoạch của tỉnh" description="Nhập thông tin kế hoạch; nhiệm vụ và chỉ tiêu được thêm ở bước sau." />
      <Card className="max-w-3xl p-4 sm:p-5">
        <PlanMetaForm provinceId={province.provinceId} provinceName={province.name} plan={null} />
      </Card>
    </AppShell>
  );
}
