import type { Metadata } from "next";
import { ReportIncidentForm } from "@/components/incidents/report-form";
import { Card, PageHeader } from "@/components/ui/card";
import { canReportIncident } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { localDateKey } from "@/lib/dates";
import { activeChecklist } from "@/lib/incidents/queries";
import { localTimeOf, now } from "@/lib/jobs/clock";
import { searchParam } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Báo sự cố CNTT" };

/** Báo sự cố: anyone in the commune; ?hang-muc= prefills it with a checklist item. */
export default async function NewIncidentPage({ params, searchParams }: PageProps<"/c/[communeId]/su-co/moi">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canReportIncident);
  const items = await activeChecklist(getDb(), commune.communeId);
  const itemId = searchParam(await searchParams, "hang-muc");
  const at = now();
  return (
    <>
      <PageHeader title="Báo sự cố CNTT" description="Trung tâm Phục vụ hành chính công sẽ tiếp nhận và xử lý" />
      <Card className="max-w-2xl p-4 sm:p-5">
        <ReportIncidentForm
          communeId={commune.communeId}
          items={items}
          item={items.find((i) => i.id === itemId) ?? null}
          startedAt={`${localDateKey(at)}T${localTimeOf(at)}`}
        />
      </Card>
    </>
  );
}
