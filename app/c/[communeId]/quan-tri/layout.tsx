import { TabNav } from "@/components/ui/tab-nav";
import { PageHeader } from "@/components/ui/card";
import { canManageUsers } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";

export default async function AdminLayout({ children, params }: LayoutProps<"/c/[communeId]/quan-tri">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManageUsers);
  const base = `/c/${commune.communeId}/quan-tri`;
  return (
    <>
      <PageHeader title="Quản trị" description={`Đơn vị, tài khoản người dùng và nhật ký thao tác của ${commune.name}`} />
      <TabNav
        label="Mục quản trị"
        tabs={[
          { href: base, label: "Đơn vị" },
          { href: `${base}/nguoi-dung`, label: "Người dùng" },
          { href: `${base}/nhat-ky`, label: "Nhật ký thao tác" },
        ]}
      />
      {children}
    </>
  );
}
