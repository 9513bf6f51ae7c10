// The dashboard's card "Trung tâm Phục vụ hành chính công": today's start-of-day check, the last 30
// days of checks, the incidents still open (the most pressing first) and this month's incident
// figures. Four queries whatever the number of days or incidents (the calendar, the checks, the open
// incidents with their counts, the month's incidents); the chair's "Cần xử lý" reads its urgent
// incidents from the same rows.
import "server-only";
import { loadCalendar, type Calendar } from "../calendar/working-days";
import { workingMinutesBetween } from "../calendar/working-time";
import { checkDayKey } from "../daily-checks/day";
import { checkFigures, dayCells, lastDays, loadChecks, type CheckFigures, type DayCell } from "../daily-checks/days";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { IncidentSeverity, IncidentStatus } from "../generated/prisma/enums";
import { incidentFigures, monthOf, type DayRange, type IncidentFigures } from "../incidents/figures";
import { incidentCode } from "../incidents/labels";
import { OPEN_STATUSES } from "../incidents/states";

/** Days in the dashboard's strip. */
export const STRIP_DAYS = 30;
/** Open incidents listed on the card (the count says how many there are in all). */
export const OPEN_INCIDENTS_SHOWN = 5;

/** SQL condition: the incident `i` is still open (lib/incidents/states.ts OPEN_STATUSES). */
export const OPEN_INCIDENT_SQL = Prisma.sql`i.status::text IN (${Prisma.join(OPEN_STATUSES)})`;

export type OpenIncidentRow = {
  id: string;
  code: string;
  title: string;
  status: IncidentStatus;
  severity: IncidentSeverity;
  reportedAt: Date;
  /** Working minutes since it was reported (office hours on working days). */
  ageMinutes: number;
};

export type OpenIncidents = { total: number; urgent: number; rows: OpenIncidentRow[] };

export type OperationsCard = {
  /** Today's cell: its state and, once done, who checked at what time. */
  today: DayCell;
  cells: DayCell[];
  figures: CheckFigures;
  open: OpenIncidents;
  month: { range: DayRange; figures: IncidentFigures };
};

type OpenRow = { id: string; number: number; title: string; status: IncidentStatus; severity: IncidentSeverity; reportedAt: Date };

/** Open incidents of a commune, urgent first then the oldest, with the counts of all of them (window counts: one statement). */
export async function openIncidents(db: Db | Tx, communeId: string, calendar: Calendar, now: Date): Promise<OpenIncidents> {
  const rows = await db.$queryRaw<(OpenRow & { total: number; urgent: number })[]>`
    SELECT i.id, i.number, i.title, i.status, i.severity, i."reportedAt",
           count(*) OVER ()::int AS total, (count(*) FILTER (WHERE i.severity = 'URGENT') OVER ())::int AS urgent
    FROM "Incident" i
    WHERE i."communeId" = ${communeId} AND ${OPEN_INCIDENT_SQL}
    ORDER BY (i.severity = 'URGENT') DESC, i."reportedAt" ASC, i.number ASC
    LIMIT ${OPEN_INCIDENTS_SHOWN}`;
  return {
    total: rows[0]?.total ?? 0,
    urgent: rows[0]?.urgent ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      code: incidentCode(r.number),
      title: r.title,
      status: r.status,
      severity: r.severity,
      reportedAt: r.reportedAt,
      ageMinutes: workingMinutesBetween(r.reportedAt, now, calendar),
    })),
  };
}

export async function operationsCard(db: Db | Tx, communeId: string, now: Date): Promise<OperationsCard> {
  const range = lastDays(STRIP_DAYS, now);
  const month = monthOf(checkDayKey(now));
  const calendar = await loadCalendar(db);
  const [checks, open, figures] = await Promise.all([
    loadChecks(db, [communeId], range),
    openIncidents(db, communeId, calendar, now),
    incidentFigures(db, [communeId], month, calendar, now),
  ]);
  const cells = dayCells(range, checks.get(communeId) ?? new Map(), calendar, now);
  return {
    today: cells[cells.length - 1]!,
    cells,
    figures: checkFigures(cells, calendar),
    open,
    month: { range: month, figures: figures.total },
  };
}
