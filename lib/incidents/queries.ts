// What the incident pages read: a commune's log (filtered, urgent first), one incident with its
// history, the daily checks that found it and its files, and the open incidents of a province's
// communes for its support team. Working times come from lib/incidents/times.ts.
import type { Db, Tx } from "../db";
import type { IncidentSeverity, IncidentStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { provinceCommunes } from "../province-plans/publish";
import type { IncidentListQuery } from "../routes";
import { OPEN_STATUSES } from "./states";
import { TIMED_FIELDS } from "./times";

const SEVERITY_RANK: Record<IncidentSeverity, number> = { URGENT: 0, NORMAL: 1, LOW: 2 };

const rowSelect = {
  id: true,
  communeId: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  ...TIMED_FIELDS,
} as const satisfies Prisma.IncidentSelect;

export type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof rowSelect }>;

function statusWhere(status: IncidentListQuery["status"]): Prisma.IncidentWhereInput {
  if (status === "all") return {};
  if (status === undefined || status === "open") return { status: { in: [...OPEN_STATUSES] } };
  return { status };
}

/** The commune's incidents for the filter (open ones by default): urgent first, then newest. */
export async function listIncidents(db: Db | Tx, communeId: string, q: IncidentListQuery): Promise<IncidentRow[]> {
  const rows = await db.incident.findMany({
    where: { communeId, ...statusWhere(q.status), ...(q.severity ? { severity: q.severity } : {}) },
    select: rowSelect,
    orderBy: { reportedAt: "desc" },
    take: 500,
  });
  return rows.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** One incident of the commune (null for an unknown id or another commune's), with all it shows. */
export function incidentDetail(db: Db | Tx, communeId: string, incidentId: string) {
  return db.incident.findFirst({
    where: { id: incidentId, communeId },
    include: {
      reportedBy: { select: { fullName: true } },
      checkItem: { select: { name: true, area: true } },
      events: { orderBy: { at: "asc" }, include: { actor: { select: { fullName: true, role: true, provinceId: true } } } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
      checkResults: {
        select: {
          id: true,
          state: true,
          note: true,
          itemName: true,
          revision: { select: { number: true, check: { select: { day: true } } } },
        },
        orderBy: { revision: { submittedAt: "asc" } },
      },
    },
  });
}

export type IncidentDetail = NonNullable<Awaited<ReturnType<typeof incidentDetail>>>;

export type ProvinceIncidentRow = IncidentRow & { communeName: string };

/** Open incidents of the province's communes: escalated first, then urgent, then the oldest. */
export async function provinceOpenIncidents(db: Db | Tx, provinceId: string, escalatedOnly: boolean): Promise<ProvinceIncidentRow[]> {
  const communes = await provinceCommunes(db, provinceId);
  const names = new Map(communes.map((c) => [c.id, c.name]));
  const rows = await db.incident.findMany({
    where: {
      communeId: { in: communes.map((c) => c.id) },
      status: escalatedOnly ? "ESCALATED" : { in: [...OPEN_STATUSES] },
    },
    select: rowSelect,
    orderBy: { reportedAt: "asc" },
    take: 1000,
  });
  const escalatedFirst = (s: IncidentStatus) => (s === "ESCALATED" ? 0 : 1);
  return rows
    .sort((a, b) => escalatedFirst(a.status) - escalatedFirst(b.status) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((r) => ({ ...r, communeName: names.get(r.communeId) ?? "" }));
}

/** The checklist items an incident may name (the report form's choices). */
export function activeChecklist(db: Db | Tx, communeId: string) {
  return db.checkItem.findMany({
    where: { communeId, archivedAt: null },
    select: { id: true, name: true, area: true, critical: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
