import Link from "next/link";
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
      <div className="mb-4 flex gap-2 border-b border-slate-200 text-sm font-medium">
        <Link href={base} className="-mb-px border-b-2 border-transparent px-3 py-2 hover:border-brand-600">
          Đơn vị
        </Link>
        <Link href={`${base}/nguoi-dung`} className="-mb-px border-b-2 border-transparent px-3 py-2 hover:border-brand-600">
          Người dùng
        </Link>
        <Link href={`${base}/nhat-ky`} className="-mb-px border-b-2 border-transparent px-3 py-2 hover:border-brand-600">
          Nhật ký thao tác
        </Link>
      </div>
      {children}
    </>
  );
}
