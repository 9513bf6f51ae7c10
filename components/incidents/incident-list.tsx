// The commune's incident log: one card per incident (readable on a phone), urgent first. Working
// time counts office hours only: "đã mở 2 giờ làm việc", "khắc phục sau 45 phút".
import Link from "next/link";
import { workingMinutesBetween } from "@/lib/calendar/working-time";
import type { Calendar } from "@/lib/calendar/working-days";
import { formatDateTime } from "@/lib/dates";
import { formatMinutes } from "@/lib/format/duration";
import { incidentCode } from "@/lib/incidents/labels";
import type { IncidentRow } from "@/lib/incidents/queries";
import { incidentTimes } from "@/lib/incidents/times";
import { routes } from "@/lib/routes";
import { IncidentStatusBadge, SeverityBadge } from "./badges";

/** "Khắc phục sau …" once resolved; "Đã mở … " while still open. */
export function workingTimeText(i: IncidentRow, calendar: Calendar, now: Date): string {
  const t = incidentTimes(i, calendar, now);
  return t.resolveMinutes !== null
    ? `Khắc phục sau ${formatMinutes(t.resolveMinutes)} làm việc`
    : `Đã mở ${formatMinutes(workingMinutesBetween(i.reportedAt, now, calendar))} làm việc`;
}

export function IncidentList({
  communeId,
  rows,
  calendar,
  now,
}: {
  communeId: string;
  rows: IncidentRow[];
  calendar: Calendar;
  now: Date;
}) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="incident-list">
      {rows.map((i) => (
        <li key={i.id} className="px-4 py-3 sm:px-5" data-incident={incidentCode(i.number)}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs text-slate-500">{incidentCode(i.number)}</span>
            <SeverityBadge severity={i.severity} />
            <IncidentStatusBadge status={i.status} />
            {i.escalatedAt && i.status !== "ESCALATED" ? (
              <span className="text-xs font-medium text-purple-800">Đã chuyển cấp trên</span>
            ) : null}
          </div>
          <Link
            href={routes.commune(communeId).incident(i.id)}
            className="mt-1 block font-medium text-brand-800 underline-offset-2 hover:underline"
          >
            {i.title}
          </Link>
          <p className="mt-0.5 text-xs text-slate-600">
            Báo lúc {formatDateTime(i.reportedAt)} · {workingTimeText(i, calendar, now)}
          </p>
        </li>
      ))}
    </ul>
  );
}
