import type { Metadata } from "next";
import Link from "next/link";
import { UnitForm } from "@/components/admin/unit-form";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { UNIT_KIND_LABEL } from "@/lib/admin/labels";
import { listUnits } from "@/lib/admin/queries";
import { canManageUnits } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Quản trị đơn vị" };

export default async function UnitsPage({ params }: PageProps<"/c/[communeId]/quan-tri">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManageUnits);
  const units = await listUnits(commune.communeId);
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader title="Đơn vị" description={`${units.length} đơn vị`} />
        {units.length === 0 ? (
          <EmptyState>Chưa có đơn vị nào.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[560px] text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">Tên đơn vị</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Viết tắt</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Loại</th>
                  <th scope="col" className="px-4 py-2 text-right font-semibold">Tài khoản</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Trạng thái</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {units.map((u) => (
                  <tr key={u.id} className={u.active ? "" : "text-slate-400"}>
                    <td className="px-4 py-2.5">
                      <Link href={`/c/${commune.communeId}/quan-tri/don-vi/${u.id}`} className="font-medium text-brand-700 hover:underline">
                        {u.name}
                      </Link>
                    </td>
                    <td className="px-4 py-2.5">{u.shortName}</td>
                    <td className="px-4 py-2.5">{UNIT_KIND_LABEL[u.kind as keyof typeof UNIT_KIND_LABEL] ?? u.kind}</td>
                    <td className="px-4 py-2.5 text-right">{u._count.users}</td>
                    <td className="px-4 py-2.5">{u.active ? "Hoạt động" : "Ngừng hoạt động"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <CardHeader title="Thêm đơn vị" />
        <div className="p-4 sm:p-5">
          <UnitForm communeId={commune.communeId} />
        </div>
      </Card>
    </div>
  );
}
