import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { UnitTemplateEditor } from "@/components/tenants/unit-template-editor";
import { Card, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canManageTenants } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { unitTemplate } from "@/lib/tenants/queries";

export const metadata: Metadata = { title: "Mẫu đơn vị" };

export default async function UnitTemplatePage() {
  const user = await requireUser();
  if (!canManageTenants(user)) notFound();
  const entries = await unitTemplate();
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Mẫu đơn vị"
        description="Các đơn vị mỗi xã, phường mới có sẵn (theo thứ tự). Phường dùng “Tên ở phường” khi có. Xã, phường đã tạo không thay đổi khi sửa mẫu."
      />
      <Card className="px-4 py-5 sm:px-5">
        <UnitTemplateEditor initial={entries} />
      </Card>
    </AppShell>
  );
}
