import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteIndicatorButton } from "@/components/indicators/delete-indicator";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { canManageIndicators } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formValuesOf } from "@/lib/indicators/form-values";
import { getIndicator, indicatorFormOptions } from "@/lib/indicators/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Sửa chỉ tiêu" };

export default async function EditIndicatorPage({ params }: PageProps<"/c/[communeId]/chi-tieu/[indicatorId]/sua">) {
  const { communeId, indicatorId } = await params;
  const { commune } = await requireCommune(communeId, canManageIndicators);
  const data = await getIndicator(commune.communeId, indicatorId);
  if (!data) notFound();
  const i = data.indicator;
  const options = await indicatorFormOptions(commune.communeId, i.planId);
  const back = routes.commune(commune.communeId).indicator(i.id);
  return (
    <>
      <PageHeader title="Sửa chỉ tiêu" description={`${i.code} · ${i.name}`} />
      <Card className="px-4 py-5 sm:px-5">
        <IndicatorForm
          communeId={commune.communeId}
          planId={i.planId}
          existing={{ id: i.id, version: i.version }}
          initial={formValuesOf({ ...i, taskIds: data.tasks.map((t) => t.id) })}
          units={options.units}
          tasks={options.tasks}
          catalog={options.catalog}
          backHref={back}
        />
      </Card>
      {data.history.length === 0 ? (
        <Card className="mt-5">
          <CardHeader title="Xóa chỉ tiêu" description="Chỉ xóa được khi chỉ tiêu chưa có số liệu nào." />
          <div className="px-4 py-4 sm:px-5">
            <DeleteIndicatorButton communeId={commune.communeId} indicatorId={i.id} version={i.version} />
          </div>
        </Card>
      ) : null}
    </>
  );
}
