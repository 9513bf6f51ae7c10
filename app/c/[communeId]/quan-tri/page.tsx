import type { Metadata } from "next";
import Link from "next/link";
import { UnitForm } from "@/components/admin/unit-form";
import { UnitGroupsSection } from "@/components/admin/unit-groups";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { UNIT_KIND_LABEL } from "@/lib/admin/labels";
import { listUnits } from "@/lib/admin/queries";
import { canManageUnitGroups, canManageUnits } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { listUnitGroups } from "@/lib/unit-groups/queries";

export const metadata: Metadata = { title: "Quản trị đơn vị" };

export default async function UnitsPage({ params }: PageProps<"/c/[communeId]/quan-tri">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canManageUnits);
  const [units, groups] = await Promise.all([listUnits(commune.communeId), listUnitGroups(commune.communeId)]);
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader title="Đơn vị" description={`${units.length} đơn vị`} />
        {units.length === 0 ? (
          <EmptyState>Chưa có đơn vị nào.</EmptyState>
        ) : (
          <Table minWidth={560}>
            <TableHead columns={["Tên đơn vị", "Viết tắt", "Loại", ["Tài khoản", "text-right"], "Trạng thái"]} />
            <TableBody>
              {units.map((u) => (
                <tr key={u.id} className={u.active ? "" : "text-slate-400"}>
                  <Td>
                    <Link href={routes.commune(commune.communeId).admin.unit(u.id)} className="font-medium text-brand-700 hover:underline">
                      {u.name}
                    </Link>
                  </Td>
                  <Td>{u.shortName}</Td>
                  <Td>{UNIT_KIND_LABEL[u.kind as keyof typeof UNIT_KIND_LABEL] ?? u.kind}</Td>
                  <Td className="text-right">{u._count.users}</Td>
                  <Td>{u.active ? "Hoạt động" : "Ngừng hoạt động"}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <Card>
        <CardHeader title="Thêm đơn vị" />
        <div className="p-4 sm:p-5">
          <UnitForm communeId={commune.communeId} />
        </div>
      </Card>
      <UnitGroupsSection
        communeId={commune.communeId}
        groups={groups}
        units={units.filter((u) => u.active)}
        canManage={canManageUnitGroups(user, commune)}
      />
    </div>
  );
}
