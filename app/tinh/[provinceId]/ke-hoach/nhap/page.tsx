import type { Metadata } from "next";
import { PlanImportForm } from "@/components/province-plans/plan-import-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canManageProvincePlans } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Nhập kế hoạch của tỉnh" };

export default async function ImportProvincePlanPage({ params }: PageProps<"/tinh/[provinceId]/ke-hoach/nhap">) {
  const { provinceId } = await params;
  const { user, province } = await requireProvince(provinceId, canManageProvincePlans);
  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)}>
      <PageHeader
        title="Nhập kế hoạch của tỉnh từ văn bản"
        description="Hệ thống đọc số, ngày, nhiệm vụ, thời hạn, chủ trì và chỉ tiêu; nhiệm vụ ghi “UBND các xã, phường” được giao cho mọi xã, phường. Bạn kiểm tra và sửa trong bản soạn trước khi ban hành."
      />
      <Card className="max-w-3xl p-4 sm:p-5">
        <PlanImportForm provinceId={province.provinceId} />
      </Card>
    </AppShell>
  );
}
