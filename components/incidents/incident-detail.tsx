// One incident: what, since when, who reported it and the impact; how long it took (working time,
// and the citizens' wait in calendar time too); the daily checks that found it; its files; and its
// history, each line with who (the province team's lines say so).
import { AttachmentList } from "@/components/tasks/attachment-list";
import { Card, CardHeader } from "@/components/ui/card";
import { isCommuneRole } from "@/lib/auth/permissions";
import type { Calendar } from "@/lib/calendar/working-days";
import { CHECK_STATE_LABEL } from "@/lib/daily-checks/labels";
import { dateOnlyKey, formatDateKey, formatDateTime } from "@/lib/dates";
import { formatElapsed, formatMinutes } from "@/lib/format/duration";
import { INCIDENT_EVENT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/incidents/labels";
import type { IncidentDetail } from "@/lib/incidents/queries";
import { incidentTimes } from "@/lib/incidents/times";
import { routes } from "@/lib/routes";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="shrink-0 text-slate-500 sm:w-48">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export function IncidentFacts({ incident, calendar, now }: { incident: IncidentDetail; calendar: Calendar; now: Date }) {
  const t = incidentTimes(incident, calendar, now);
  const i = incident;
  return (
    <Card>
      <CardHeader title="Thông tin sự cố" />
      <dl className="space-y-2 px-4 py-3 text-sm sm:px-5">
        {i.checkItem ? (
          <Fact label="Hạng mục">{i.checkItem.area ? `${i.checkItem.area} · ${i.checkItem.name}` : i.checkItem.name}</Fact>
        ) : null}
        {i.description ? <Fact label="Mô tả">{i.description}</Fact> : null}
        <Fact label="Xảy ra từ">{formatDateTime(i.startedAt)}</Fact>
        <Fact label="Người báo">
          {i.reportedBy.fullName}, lúc {formatDateTime(i.reportedAt)}
        </Fact>
        <Fact label="Ảnh hưởng">
          {i.countersDown} quầy ngừng
          {i.servicesAffected ? `; dịch vụ: ${i.servicesAffected}` : ""}
          {i.dossiersAffected !== null ? `; ước ${i.dossiersAffected.toLocaleString("vi-VN")} hồ sơ` : ""}
        </Fact>
        <Fact label="Tiếp nhận">
          {t.acknowledgeMinutes !== null ? `Tiếp nhận sau ${formatMinutes(t.acknowledgeMinutes)} làm việc` : "Chưa tiếp nhận"}
        </Fact>
        <Fact label="Khắc phục">
          {t.resolveMinutes !== null ? `Khắc phục sau ${formatMinutes(t.resolveMinutes)} làm việc` : "Chưa khắc phục"}
        </Fact>
        {i.escalatedAt ? (
          <Fact label="Tổ hỗ trợ cấp tỉnh">
            {t.provinceAcknowledgeMinutes !== null
              ? `Tỉnh tiếp nhận sau ${formatMinutes(t.provinceAcknowledgeMinutes)} làm việc`
              : `Chuyển cấp trên lúc ${formatDateTime(i.escalatedAt)}, tỉnh chưa tiếp nhận`}
          </Fact>
        ) : null}
        <Fact label="Người dân bị ảnh hưởng">
          {formatMinutes(t.impactMinutes)} làm việc ({formatElapsed(i.startedAt, i.resolvedAt ?? now)}
          {i.resolvedAt ? "" : " đến nay"})
        </Fact>
        {i.cause ? <Fact label="Nguyên nhân">{i.cause}</Fact> : null}
        {i.fix ? <Fact label="Cách khắc phục">{i.fix}</Fact> : null}
      </dl>
    </Card>
  );
}

export function IncidentHistory({ incident }: { incident: IncidentDetail }) {
  return (
    <Card>
      <CardHeader title="Diễn biến" />
      <ol className="space-y-3 px-4 py-3 text-sm sm:px-5" data-testid="incident-history">
        {incident.events.map((e) => (
          <li key={e.id} className="border-l-2 border-slate-200 pl-3">
            <p className="font-medium text-slate-900">
              {INCIDENT_EVENT_LABEL[e.kind]}
              {e.toStatus && e.fromStatus && e.toStatus !== e.fromStatus ? (
                <span className="font-normal text-slate-500"> → {INCIDENT_STATUS_LABEL[e.toStatus]}</span>
              ) : null}
            </p>
            <p className="text-xs text-slate-600">
              {e.actor.fullName}
              {!isCommuneRole(e.actor.role) && e.actor.provinceId ? " (Tổ hỗ trợ cấp tỉnh)" : ""} · {formatDateTime(e.at)}
            </p>
            {e.note ? <p className="mt-1 whitespace-pre-line text-slate-800">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

export function IncidentChecks({ communeId, incident }: { communeId: string; incident: IncidentDetail }) {
  if (incident.checkResults.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Kiểm tra đầu giờ ghi nhận" />
      <ul className="space-y-1 px-4 py-3 text-sm sm:px-5">
        {incident.checkResults.map((r) => {
          const day = dateOnlyKey(r.revision.check.day);
          return (
            <li key={r.id}>
              <a href={routes.commune(communeId).dailyCheckDay(day)} className="text-brand-700 underline">
                {formatDateKey(day)}
              </a>{" "}
              {r.itemName}: {CHECK_STATE_LABEL[r.state]}
              {r.note ? ` (${r.note})` : ""}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

export function IncidentFiles({ incident, children }: { incident: IncidentDetail; children?: React.ReactNode }) {
  if (incident.attachments.length === 0 && !children) return null;
  return (
    <Card>
      <CardHeader title="Ảnh, tệp đính kèm" />
      <div className="space-y-3 px-4 py-3 text-sm sm:px-5">
        <AttachmentList files={incident.attachments} />
        {children}
      </div>
    </Card>
  );
}
