// How long an incident took, in working time (office hours on working days, lib/calendar/working-time.ts):
// to acknowledge (reported → first move out of "mới"), to resolve (reported → resolved), and how long
// citizens were affected (since when → resolved, in calendar time too). One place for the per-incident
// figures and their medians, read by the incident page, the dashboards and the periodic report.
import { workingMinutesBetween } from "../calendar/working-time";
import type { Calendar } from "../calendar/working-days";

export type TimedIncident = {
  startedAt: Date;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  escalatedAt: Date | null;
  provinceAcknowledgedAt: Date | null;
  resolvedAt: Date | null;
};

/** The columns incidentTimes reads, for the queries that feed it. */
export const TIMED_FIELDS = {
  startedAt: true,
  reportedAt: true,
  acknowledgedAt: true,
  escalatedAt: true,
  provinceAcknowledgedAt: true,
  resolvedAt: true,
} as const;

export type IncidentTimes = {
  /** Working minutes from the report to the first acknowledgement; null while still "mới". */
  acknowledgeMinutes: number | null;
  /** Working minutes from the report to the resolution; null while unresolved. */
  resolveMinutes: number | null;
  /** Working minutes from the escalation to the province team's acknowledgement. */
  provinceAcknowledgeMinutes: number | null;
  /** Working minutes from "since when" to the resolution (or to `now` while unresolved). */
  impactMinutes: number;
};

export function incidentTimes(i: TimedIncident, calendar: Calendar, now: Date): IncidentTimes {
  const wm = (a: Date, b: Date) => workingMinutesBetween(a, b, calendar);
  return {
    acknowledgeMinutes: i.acknowledgedAt ? wm(i.reportedAt, i.acknowledgedAt) : null,
    resolveMinutes: i.resolvedAt ? wm(i.reportedAt, i.resolvedAt) : null,
    provinceAcknowledgeMinutes: i.escalatedAt && i.provinceAcknowledgedAt ? wm(i.escalatedAt, i.provinceAcknowledgedAt) : null,
    impactMinutes: wm(i.startedAt, i.resolvedAt ?? now),
  };
}

/** The median of the numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
