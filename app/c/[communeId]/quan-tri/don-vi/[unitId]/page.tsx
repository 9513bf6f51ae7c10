import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UnitForm } from "@/components/admin/unit-form";
import { Card, CardHeader } from "@/components/ui/card";
import { getUnit } from "@/lib/admin/queries";
import { canManageUnits } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Sửa đơn vị" };

export default async function EditUnitPage({ params }: PageProps<"/c/[communeId]/quan-tri/don-vi/[unitId]">) {
  const { communeId, unitId } = await params;
  const { commune } = await requireCommune(communeId, canManageUnits);
  const unit = await getUnit(commune.communeId, unitId);
  if (!unit) notFound();
  return (
    <Card>
      <CardHeader
        title={`Sửa đơn vị: ${unit.name}`}
        actions={
          <Link href={routes.commune(commune.communeId).admin.units()} className="text-sm text-brand-700 hover:underline">
            ← Danh sách đơn vị
          </Link>
        }
      />
      <div className="p-4 sm:p-5">
        <UnitForm communeId={commune.communeId} unit={unit} />
      </div>
    </Card>
  );
}
