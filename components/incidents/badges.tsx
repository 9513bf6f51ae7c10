// The incident's severity and state as the portal's coloured pills (khẩn cấp in red), and its age.
import { ToneBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/lib/dates";
import { formatMinutes } from "@/lib/format/duration";
import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUS_LABEL, SEVERITY_LABEL } from "@/lib/incidents/labels";
import type { Tone } from "@/lib/tasks/status-meta";

const SEVERITY_TONE: Record<IncidentSeverity, Tone> = { URGENT: "red", NORMAL: "amber", LOW: "gray" };

const STATUS_TONE: Record<IncidentStatus, Tone> = {
  NEW: "orange",
  ACKNOWLEDGED: "blue",
  IN_PROGRESS: "blue",
  ESCALATED: "purple",
  RESOLVED: "green",
  CLOSED: "gray",
};

export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  return <ToneBadge tone={SEVERITY_TONE[severity]} label={SEVERITY_LABEL[severity]} data-severity={severity} />;
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return <ToneBadge tone={STATUS_TONE[status]} label={INCIDENT_STATUS_LABEL[status]} data-status={status} />;
}

/** How long an open incident has waited, in working time; the report's moment on hover. */
export function IncidentAge({ reportedAt, minutes, className }: { reportedAt: Date; minutes: number; className: string }) {
  return (
    <span
      className={`shrink-0 text-xs tabular-nums ${className}`}
      title={`Báo lúc ${formatDateTime(reportedAt)}; thời gian tính theo giờ làm việc`}
    >
      {formatMinutes(minutes)}
    </span>
  );
}
