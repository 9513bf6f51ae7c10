// A range's incident figures per commune and for all of them together (a province): how many were
// reported, urgent, escalated, resolved, still open, and the median working time to acknowledge and to
// resolve. The commune dashboard, the province view and the periodic report read them from here.
// Medians are over the incidents reported in the range (a province's median is over all its
// communes' incidents, not a median of medians).
import { dateFromKey, addDays } from "../dates";
import type { Calendar } from "../calendar/working-days";
import type { Db, Tx } from "../db";
import { localInstant } from "../jobs/clock";
import { isOpen } from "./states";
import { incidentTimes, median, TIMED_FIELDS } from "./times";

export type IncidentFigures = {
  reported: number;
  urgent: number;
  escalated: number;
  resolved: number;
  open: number;
  medianAcknowledgeMinutes: number | null;
  medianResolveMinutes: number | null;
};

/** Local days, both ends included ("2026-11-15" … "2026-12-14"). */
export type DayRange = { from: string; to: string };

type Row = Parameters<typeof incidentTimes>[0] & { communeId: string; severity: string; status: Parameters<typeof isOpen>[0] };

function figuresOf(rows: readonly Row[], calendar: Calendar, now: Date): IncidentFigures {
  const times = rows.map((r) => incidentTimes(r, calendar, now));
  return {
    reported: rows.length,
    urgent: rows.filter((r) => r.severity === "URGENT").length,
    escalated: rows.filter((r) => r.escalatedAt !== null).length,
    resolved: rows.filter((r) => r.resolvedAt !== null).length,
    open: rows.filter((r) => isOpen(r.status)).length,
    medianAcknowledgeMinutes: median(times.flatMap((t) => (t.acknowledgeMinutes === null ? [] : [t.acknowledgeMinutes]))),
    medianResolveMinutes: median(times.flatMap((t) => (t.resolveMinutes === null ? [] : [t.resolveMinutes]))),
  };
}

export async function incidentFigures(
  db: Db | Tx,
  communeIds: readonly string[],
  range: DayRange,
  calendar: Calendar,
  now: Date,
): Promise<{ byCommune: Map<string, IncidentFigures>; total: IncidentFigures }> {
  const rows = await db.incident.findMany({
    where: {
      communeId: { in: [...communeIds] },
      reportedAt: { gte: localInstant(range.from, "00:00"), lt: localInstant(addDays(range.to, 1), "00:00") },
    },
    select: { communeId: true, severity: true, status: true, ...TIMED_FIELDS },
  });
  const byCommune = new Map<string, IncidentFigures>();
  for (const id of communeIds)
    byCommune.set(
      id,
      figuresOf(
        rows.filter((r) => r.communeId === id),
        calendar,
        now,
      ),
    );
  return { byCommune, total: figuresOf(rows, calendar, now) };
}

/** The calendar month of a local day ("2026-12-05" → 01/12 … 31/12). */
export function monthOf(day: string): DayRange {
  const from = `${day.slice(0, 7)}-01`;
  const next = dateFromKey(from);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from, to: addDays(next.toISOString().slice(0, 10), -1) };
}
