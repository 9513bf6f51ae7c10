// The dashboard's card of the one-stop centre's daily operations (lib/dashboard/operations.ts): today's
// start-of-day check, the 30-day strip with its figures, the incidents still open and this month's
// incident times. One column on a phone, two side by side on a wide screen.
import Link from "next/link";
import { CheckStrip } from "@/components/daily-checks/check-strip";
import { Card, CardHeader } from "@/components/ui/card";
import type { OperationsCard as Operations } from "@/lib/dashboard/operations";
import { IncidentAge } from "@/components/incidents/badges";
import { formatDateKey } from "@/lib/dates";
import { CHECK_DUE_TIME } from "@/lib/daily-checks/day";
import { formatMinutes } from "@/lib/format/duration";
import { INCIDENT_STATUS_LABEL } from "@/lib/incidents/labels";
import { localTimeOf } from "@/lib/jobs/clock";
import { routes } from "@/lib/routes";

const working = (m: number | null) => (m === null ? "—" : `${formatMinutes(m)} làm việc`);

/** Today's check in one line, in the tone of what it asks for. */
function TodayCheck({ today }: { today: Operations["today"] }) {
  const { state, check } = today;
  if (check)
    return (
      <p className="text-sm" data-testid="today-check" data-state={state}>
        <span className="font-medium text-slate-900">
          Đã kiểm tra lúc {localTimeOf(check.checkedAt)} — {check.checkedBy}
        </span>
        {check.faultCount > 0 ? <span className="ml-2 font-semibold text-amber-700">{check.faultCount} hạng mục có lỗi</span> : null}
      </p>
    );
  const [text, tone] =
    state === "late"
      ? ["Chưa kiểm tra đầu giờ", "font-semibold text-red-700"]
      : state === "due"
        ? [`Chưa đến giờ kiểm tra (trước ${CHECK_DUE_TIME})`, "text-slate-600"]
        : [`Hôm nay là ngày nghỉ${today.holiday ? ` (${today.holiday})` : ""}`, "text-slate-600"];
  return (
    <p className={`text-sm ${tone}`} data-testid="today-check" data-state={state}>
      {text}
    </p>
  );
}

export function OperationsCard({ data, communeId, mayCheck }: { data: Operations; communeId: string; mayCheck: boolean }) {
  const r = routes.commune(communeId);
  const { figures: f, open, month } = data;
  const m = month.figures;
  return (
    <Card className="mb-5 break-inside-avoid">
      <CardHeader
        title="Trung tâm Phục vụ hành chính công"
        description="Kiểm tra đầu giờ và sự cố công nghệ thông tin"
        actions={
          <Link
            prefetch={false}
            href={mayCheck ? r.dailyCheck() : r.dailyCheckHistory()}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            {mayCheck ? "Kiểm tra đầu giờ" : "Lịch sử kiểm tra"}
          </Link>
        }
      />
      <div className="grid gap-4 p-4 sm:px-5 lg:grid-cols-2" data-testid="operations-card">
        <div className="min-w-0 space-y-3">
          <TodayCheck today={data.today} />
          <CheckStrip cells={data.cells} label="Kiểm tra đầu giờ 30 ngày gần nhất" />
          <p className="text-xs text-slate-600" data-testid="check-figures">
            30 ngày: kiểm tra {f.checked}/{f.workingDays} ngày làm việc · {f.withFaults} ngày có lỗi ({f.faultsFound} lỗi) · {f.missed} ngày
            không kiểm tra ·{" "}
            <Link prefetch={false} href={r.dailyCheckHistory()} className="text-brand-700 hover:underline">
              Xem lịch sử
            </Link>
          </p>
        </div>
        <div className="min-w-0 space-y-2">
          <h3 className="flex items-baseline gap-2 text-sm font-semibold text-slate-900">
            <span data-testid="open-incidents-count" className={open.urgent > 0 ? "text-red-700" : undefined}>
              {open.total === 0 ? "Không có sự cố đang mở" : `${open.total} sự cố đang mở, ${open.urgent} khẩn cấp`}
            </span>
            <Link prefetch={false} href={r.incidents()} className="ml-auto shrink-0 text-xs font-medium text-brand-700 hover:underline">
              Sổ sự cố
            </Link>
          </h3>
          {open.rows.length ? (
            <ul className="divide-y divide-slate-100" data-testid="open-incidents">
              {open.rows.map((i) => (
                <li key={i.id} className="flex items-baseline gap-2 py-1 text-sm">
                  <span className={`shrink-0 text-xs font-semibold ${i.severity === "URGENT" ? "text-red-700" : "text-slate-500"}`}>
                    {i.code}
                  </span>
                  <Link
                    prefetch={false}
                    href={r.incident(i.id)}
                    className="min-w-0 flex-1 truncate font-medium text-brand-700 hover:underline"
                    title={i.title}
                  >
                    {i.title}
                  </Link>
                  <span className="shrink-0 text-xs text-slate-700">{INCIDENT_STATUS_LABEL[i.status]}</span>
                  <IncidentAge reportedAt={i.reportedAt} minutes={i.ageMinutes} className="text-slate-600" />
                </li>
              ))}
            </ul>
          ) : null}
          <p className="text-xs text-slate-600" data-testid="month-incidents">
            Từ {formatDateKey(month.range.from)}: {m.reported} sự cố được báo, đã khắc phục {m.resolved} · tiếp nhận trung vị{" "}
            {working(m.medianAcknowledgeMinutes)} · khắc phục trung vị {working(m.medianResolveMinutes)}
          </p>
        </div>
      </div>
    </Card>
  );
}
