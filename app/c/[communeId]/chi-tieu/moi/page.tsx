import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { Card, PageHeader } from "@/components/ui/card";
import { canManageIndicators } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { EMPTY_INDICATOR } from "@/lib/indicators/form-values";
import { indicatorFormOptions, plansOfCommune } from "@/lib/indicators/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Thêm chỉ tiêu" };

export default async function NewIndicatorPage({ params, searchParams }: PageProps<"/c/[communeId]/chi-tieu/moi">) {
  const { commune } = await requireCommune((await params).communeId, canManageIndicators);
  const wanted = (await searchParams).plan;
  const plans = await plansOfCommune(commune.communeId);
  const plan = plans.find((p) => p.id === wanted) ?? plans[0];
  if (!plan) notFound();
  const options = await indicatorFormOptions(commune.communeId, plan.id);
  return (
    <>
      <PageHeader title="Thêm chỉ tiêu" description={`Kế hoạch: ${plan.title}`} />
      <Card className="px-4 py-5 sm:px-5">
        <IndicatorForm
          communeId={commune.communeId}
          planId={plan.id}
          initial={EMPTY_INDICATOR}
          units={options.units}
          tasks={options.tasks}
          catalog={options.catalog}
          backHref={routes.commune(commune.communeId).indicators()}
        />
      </Card>
    </>
  );
}
