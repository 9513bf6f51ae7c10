import type { Metadata } from "next";
import { IncidentFilters } from "@/components/incidents/incident-filters";
import { IncidentList } from "@/components/incidents/incident-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canReportIncident, canViewOperations } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/calendar/working-days";
import { getDb } from "@/lib/db";
import { incidentListQuery } from "@/lib/incidents/list-query";
import { listIncidents } from "@/lib/incidents/queries";
import { now } from "@/lib/jobs/clock";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Sự cố CNTT" };

/** Sự cố CNTT: the commune's incident log, open ones by default, urgent first. */
export default async function IncidentsPage({ params, searchParams }: PageProps<"/c/[communeId]/su-co">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewOperations);
  const query = incidentListQuery(await searchParams);
  const db = getDb();
  const [rows, calendar] = await Promise.all([listIncidents(db, commune.communeId, query), loadCalendar(db)]);
  const to = routes.commune(commune.communeId);
  return (
    <>
      <PageHeader
        title="Sự cố CNTT"
        description="Sự cố hạ tầng, thiết bị, phần mềm tại Trung tâm Phục vụ hành chính công và cách xử lý"
        actions={
          <div className="flex flex-wrap gap-2">
            {canReportIncident(user, commune) ? (
              <LinkButton href={to.newIncident()} variant="primary">
                Báo sự cố
              </LinkButton>
            ) : null}
            <LinkButton href={to.dailyCheckHistory()}>Kiểm tra đầu giờ</LinkButton>
          </div>
        }
      />
      <Card>
        <IncidentFilters action={to.incidents()} query={query} />
        {rows.length === 0 ? (
          <EmptyState>{query.status === "open" ? "Không có sự cố nào đang mở." : "Không có sự cố nào khớp bộ lọc."}</EmptyState>
        ) : (
          <IncidentList communeId={commune.communeId} rows={rows} calendar={calendar} now={now()} />
        )}
      </Card>
    </>
  );
}
