// The one place an incident row is made: reported by hand (lib/incidents/commands.ts) or opened by a
// fault of the daily check (lib/daily-checks/commands.ts), in the caller's transaction. It numbers the
// incident within its commune (SC-001…, serialised per commune), writes the "báo sự cố" line of its
// history and, when it is urgent, tells the centre and the province support team.
import type { ServiceCentreScope } from "../auth/permissions";
import type { Tx } from "../db";
import type { IncidentSeverity } from "../generated/prisma/enums";
import { createId } from "../ids";
import { notify } from "../notifications/notify";
import { routes } from "../routes";
import { incidentCode } from "./labels";
import { incidentHandlersOf, provinceTeamOf } from "./recipients";

export type NewIncident = {
  title: string;
  description?: string;
  checkItemId?: string | null;
  severity: IncidentSeverity;
  startedAt: Date;
  countersDown?: number;
  servicesAffected?: string;
  dossiersAffected?: number | null;
};

export type OpenedIncident = { id: string; number: number; code: string };

export async function openIncident(
  tx: Tx,
  scope: ServiceCentreScope & { communeName: string },
  reportedById: string,
  input: NewIncident,
  at: Date,
): Promise<OpenedIncident> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`incident-number:${scope.communeId}`}))`;
  const last = await tx.incident.aggregate({ where: { communeId: scope.communeId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  const id = createId();
  await tx.incident.create({
    data: {
      id,
      communeId: scope.communeId,
      number,
      title: input.title,
      description: input.description ?? "",
      checkItemId: input.checkItemId ?? null,
      severity: input.severity,
      // "Since when" cannot be after the report: a clock a few minutes ahead would say so.
      startedAt: input.startedAt.getTime() > at.getTime() ? at : input.startedAt,
      reportedAt: at,
      reportedById,
      countersDown: input.countersDown ?? 0,
      servicesAffected: input.servicesAffected ?? "",
      dossiersAffected: input.dossiersAffected ?? null,
      events: { create: { id: createId(), communeId: scope.communeId, kind: "REPORTED", toStatus: "NEW", actorId: reportedById, at } },
    },
  });
  const code = incidentCode(number);
  if (input.severity === "URGENT") {
    const userIds = [...(await incidentHandlersOf(tx, scope)), ...(await provinceTeamOf(tx, scope))].filter((u) => u !== reportedById);
    await notify(tx, {
      communeId: scope.communeId,
      kind: "INCIDENT_URGENT",
      userIds,
      title: `Sự cố khẩn cấp ${code} tại ${scope.communeName}`,
      body: input.title,
      href: routes.commune(scope.communeId).incident(id),
      topic: `incident:${id}`,
      at,
    });
  }
  return { id, number, code };
}
