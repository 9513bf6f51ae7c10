import { TabNav } from "@/components/ui/tab-nav";
import { PageHeader } from "@/components/ui/card";
import { canManageApiTokens, canManageUsers } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export default async function AdminLayout({ children, params }: LayoutProps<"/c/[communeId]/quan-tri">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canManageUsers);
  const to = routes.commune(commune.communeId).admin;
  return (
    <>
      <PageHeader title="Quản trị" description={`Đơn vị, tài khoản người dùng và nhật ký thao tác của ${commune.name}`} />
      <TabNav
        label="Mục quản trị"
        tabs={[
          { href: to.units(), label: "Đơn vị" },
          { href: to.users(), label: "Người dùng" },
          { href: to.audit(), label: "Nhật ký thao tác" },
          { href: to.settings(), label: "Cài đặt" },
          ...(canManageApiTokens(user, commune) ? [{ href: to.apiTokens(), label: "Kết nối hệ thống" }] : []),
        ]}
      />
      {children}
    </>
  );
}
