import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentStatusBadge, SeverityBadge } from "@/components/incidents/badges";
import { AttachForm, CommentForm } from "@/components/incidents/comment-form";
import { IncidentChecks, IncidentFacts, IncidentFiles, IncidentHistory } from "@/components/incidents/incident-detail";
import { IncidentMoves } from "@/components/incidents/incident-moves";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { canCommentOnIncident, canViewOperations } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/calendar/working-days";
import { serviceCentreScope } from "@/lib/daily-checks/centre";
import { getDb } from "@/lib/db";
import { isIdShaped } from "@/lib/ids";
import { incidentCode } from "@/lib/incidents/labels";
import { incidentDetail } from "@/lib/incidents/queries";
import { sideOf } from "@/lib/incidents/side";
import { MOVES, availableMoves } from "@/lib/incidents/states";
import { now } from "@/lib/jobs/clock";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Sự cố CNTT" };

/**
 * One incident: its facts, times and history for whoever sees the commune; the moves of the viewer's
 * side (the centre and the standing office; the province team once escalated) and the comment box.
 */
export default async function IncidentPage({ params }: PageProps<"/c/[communeId]/su-co/[incidentId]">) {
  const { communeId, incidentId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewOperations);
  const db = getDb();
  const incident = isIdShaped(incidentId) ? await incidentDetail(db, commune.communeId, incidentId) : null;
  if (!incident) notFound();
  const [calendar, centre] = await Promise.all([loadCalendar(db), serviceCentreScope(db, commune)]);
  const scope = { ...centre, escalated: incident.status === "ESCALATED" };
  const side = sideOf(user, scope);
  const state = { status: incident.status, provinceAcknowledged: incident.provinceAcknowledgedAt !== null };
  const moves = side ? availableMoves(state, side).map((m) => ({ move: m, label: MOVES[m].label, needs: MOVES[m].needs })) : [];
  const mayComment = canCommentOnIncident(user, scope);
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${incidentCode(incident.number)} · ${incident.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={incident.severity} />
            <IncidentStatusBadge status={incident.status} />
            <a href={routes.commune(commune.communeId).incidents()} className="text-brand-700 underline">
              Sổ sự cố
            </a>
          </span>
        }
      />
      {moves.length ? (
        <Card>
          <CardHeader title={side === "province" ? "Tổ hỗ trợ cấp tỉnh xử lý" : "Xử lý"} />
          <div className="px-4 py-3 sm:px-5">
            <IncidentMoves
              communeId={commune.communeId}
              incidentId={incident.id}
              version={incident.version}
              moves={moves}
              fix={incident.fix}
            />
          </div>
        </Card>
      ) : null}
      <IncidentFacts incident={incident} calendar={calendar} now={now()} />
      <IncidentChecks communeId={commune.communeId} incident={incident} />
      <IncidentFiles incident={incident}>
        {mayComment ? <AttachForm communeId={commune.communeId} incidentId={incident.id} /> : null}
      </IncidentFiles>
      <IncidentHistory incident={incident} />
      {mayComment ? (
        <Card className="p-4 sm:p-5">
          <CommentForm communeId={commune.communeId} incidentId={incident.id} />
        </Card>
      ) : null}
    </div>
  );
}
