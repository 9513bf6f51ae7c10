// The chair's weekly digest as a page: the same sections as its e-mail, each task a link.
import Link from "next/link";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { ToneBadge } from "@/components/ui/status-badge";
import { formatDateKey, formatDateTime } from "@/lib/dates";
import { formatValue } from "@/lib/format/number";
import { STATUS_META, type IndicatorStatus } from "@/lib/indicators/status";
import type { DigestTask, WeeklyDigestData } from "@/lib/notifications/weekly-digest";
import { digestRange, digestTitle } from "@/lib/notifications/weekly-digest-text";
import { routes } from "@/lib/routes";

function TaskLink({ communeId, t }: { communeId: string; t: DigestTask }) {
  return (
    <Link href={routes.commune(communeId).task(t.taskId)} className="font-medium text-brand-700 hover:underline">
      {t.code}. {t.title}
    </Link>
  );
}

function Tile({ label, value, tone = "text-slate-900" }: { label: string; value: string | number; tone?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <div className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</div>
      <div className={`mt-1 text-2xl font-bold tabular-nums ${tone}`}>{value}</div>
    </div>
  );
}

function More({ shown, total, href }: { shown: number; total: number; href: string }) {
  if (total <= shown) return null;
  return (
    <p className="px-4 pb-3 text-sm sm:px-5">
      <Link href={href} className="text-brand-700 hover:underline">
        Xem tất cả {total} mục
      </Link>
    </p>
  );
}

const list = "divide-y divide-slate-100 text-sm";
const row = "px-4 py-2.5 sm:px-5";

function WeekChanges({ d }: { d: WeeklyDigestData }) {
  return (
    <Card className="mb-5">
      <CardHeader title="Tuần qua" description={`Từ ${formatDateKey(d.from)} đến hết ${formatDateKey(d.to)}`} />
      <div className="grid gap-0 lg:grid-cols-3 lg:divide-x lg:divide-slate-200">
        <div>
          <h3 className="px-4 pt-3 text-sm font-semibold text-slate-700 sm:px-5">Nhiệm vụ hoàn thành ({d.completed.total})</h3>
          {d.completed.items.length === 0 ? (
            <EmptyState>Không có nhiệm vụ hoàn thành trong tuần.</EmptyState>
          ) : (
            <ul className={list}>
              {d.completed.items.map((t) => (
                <li key={t.taskId} className={row}>
                  <TaskLink communeId={d.communeId} t={t} />
                  <p className="text-xs text-slate-500">
                    {formatDateTime(new Date(t.at))}
                    {t.leads ? ` · ${t.leads}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="px-4 pt-3 text-sm font-semibold text-slate-700 sm:px-5">Báo cáo tiến độ theo đơn vị ({d.updates.total})</h3>
          {d.updates.byUnit.length === 0 ? (
            <EmptyState>Chưa đơn vị nào báo cáo tiến độ trong tuần.</EmptyState>
          ) : (
            <ul className={list}>
              {d.updates.byUnit.map((u) => (
                <li key={u.unitId ?? "none"} className={`${row} flex justify-between gap-3`}>
                  <span>{u.name}</span>
                  <span className="font-semibold tabular-nums">{u.n}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="px-4 pt-3 text-sm font-semibold text-slate-700 sm:px-5">Ý kiến chỉ đạo mới ({d.directions.total})</h3>
          {d.directions.items.length === 0 ? (
            <EmptyState>Không có ý kiến chỉ đạo mới.</EmptyState>
          ) : (
            <ul className={list}>
              {d.directions.items.map((x, i) => (
                <li key={`${x.taskId}-${i}`} className={row}>
                  <TaskLink communeId={d.communeId} t={x} />
                  <p className="text-xs text-slate-600">
                    {x.author}: {x.content}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Card>
  );
}

function Overdue({ d }: { d: WeeklyDigestData }) {
  const c = routes.commune(d.communeId);
  return (
    <Card>
      <CardHeader title={`Nhiệm vụ quá hạn (${d.overdue.total})`} description="Hạn sớm nhất trước" />
      {d.overdue.items.length === 0 ? (
        <EmptyState>Không có nhiệm vụ quá hạn.</EmptyState>
      ) : (
        <ul className={list}>
          {d.overdue.items.map((t) => (
            <li key={t.taskId} className={row}>
              <TaskLink communeId={d.communeId} t={t} />
              <p className="text-xs text-slate-500">
                Hạn {t.dueDate ? formatDateKey(t.dueDate) : "—"}
                {t.leads ? ` · ${t.leads}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <More shown={d.overdue.items.length} total={d.overdue.total} href={c.tasks({ status: "OVERDUE" })} />
    </Card>
  );
}

function NotReported({ d }: { d: WeeklyDigestData }) {
  return (
    <Card>
      <CardHeader title={`Chưa xác nhận báo cáo (${d.unconfirmed.units.length})`} description={d.unconfirmed.periodLabel} />
      {d.unconfirmed.units.length === 0 ? (
        <EmptyState>Mọi đơn vị còn việc đều đã xác nhận báo cáo kỳ này.</EmptyState>
      ) : (
        <ul className={list}>
          {d.unconfirmed.units.map((u) => (
            <li key={`${u.unitId}-${u.plan ?? ""}`} className={`${row} flex justify-between gap-3`}>
              <span>
                {u.name}
                {u.plan ? <span className="text-slate-500"> · {u.plan}</span> : null}
              </span>
              <span className="whitespace-nowrap text-xs text-slate-500">
                đã cập nhật {u.updated}/{u.open}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="px-4 pb-3 pt-1 text-sm sm:px-5">
        <Link href={routes.commune(d.communeId).reports({ periodKey: d.unconfirmed.periodKey })} className="text-brand-700 hover:underline">
          Mở trang báo cáo kỳ
        </Link>
      </p>
    </Card>
  );
}

function Pending({ d }: { d: WeeklyDigestData }) {
  const c = routes.commune(d.communeId);
  const empty = d.openDirections.items.length + d.awaiting.items.length === 0;
  return (
    <Card className="mb-5">
      <CardHeader
        title="Cần Chủ tịch xử lý"
        description={`${d.openDirections.total} chỉ đạo chưa tiếp nhận · ${d.awaiting.total} khó khăn, đề xuất chờ trả lời`}
      />
      {empty ? (
        <EmptyState>Không có việc chờ.</EmptyState>
      ) : (
        <ul className={list}>
          {d.openDirections.items.map((x, i) => (
            <li key={`d-${x.taskId}-${i}`} className={row}>
              <TaskLink communeId={d.communeId} t={x} />
              <p className="text-xs text-slate-600">Chỉ đạo chưa tiếp nhận: {x.content}</p>
            </li>
          ))}
          {d.awaiting.items.map((x) => (
            <li key={`a-${x.taskId}`} className={row}>
              <TaskLink communeId={d.communeId} t={x} />
              <p className="text-xs text-slate-600">
                {x.unitName ? `${x.unitName}: ` : ""}
                {x.difficulties || x.proposals}
              </p>
            </li>
          ))}
        </ul>
      )}
      <More shown={d.awaiting.items.length} total={d.awaiting.total} href={c.tasks({ flag: "cho-chi-dao" })} />
    </Card>
  );
}

function Kpis({ d }: { d: WeeklyDigestData }) {
  const c = routes.commune(d.communeId);
  const statuses = (Object.keys(d.kpi.counts) as IndicatorStatus[]).filter((s) => d.kpi.counts[s] > 0);
  return (
    <Card className="mb-5">
      <CardHeader
        title="Chỉ tiêu"
        description={`${d.kpi.entered.length} số liệu mới nhập · ${d.kpi.changed.length} chỉ tiêu đổi tình trạng`}
      />
      <div className="flex flex-wrap gap-2 px-4 pt-3 sm:px-5">
        {statuses.map((s) => (
          <ToneBadge key={s} tone={STATUS_META[s].tone} label={`${STATUS_META[s].label}: ${d.kpi.counts[s]}`} />
        ))}
      </div>
      <ul className={`${list} mt-2`}>
        {d.kpi.entered.map((v, i) => (
          <li key={`v-${v.indicatorId}-${i}`} className={`${row} flex flex-wrap justify-between gap-x-3`}>
            <Link href={c.indicator(v.indicatorId)} className="font-medium text-brand-700 hover:underline">
              {v.code}. {v.name}
            </Link>
            <span className="text-xs text-slate-600">
              Kỳ {v.periodKey}: <strong className="tabular-nums">{formatValue(v.value, v.unit)}</strong> · nhập{" "}
              {formatDateTime(new Date(v.at))}
            </span>
          </li>
        ))}
        {d.kpi.changed.map((k) => (
          <li key={`s-${k.indicatorId}`} className={`${row} flex flex-wrap items-center justify-between gap-x-3`}>
            <Link href={c.indicator(k.indicatorId)} className="font-medium text-brand-700 hover:underline">
              {k.code}. {k.name}
            </Link>
            <span className="flex items-center gap-1 text-xs">
              <ToneBadge tone={STATUS_META[k.from].tone} label={STATUS_META[k.from].label} /> →{" "}
              <ToneBadge tone={STATUS_META[k.to].tone} label={STATUS_META[k.to].label} />
            </span>
          </li>
        ))}
      </ul>
      {d.kpi.entered.length + d.kpi.changed.length === 0 ? <EmptyState>Tuần qua không có số liệu chỉ tiêu mới.</EmptyState> : null}
    </Card>
  );
}

export function WeeklyDigest({ data: d, createdAt }: { data: WeeklyDigestData; createdAt: Date }) {
  return (
    <>
      <PageHeader
        title={`${digestTitle(d)} · ${d.communeName}`}
        description={
          <>
            Tuần qua: {digestRange(d)} · số liệu lúc {formatDateTime(createdAt)} ·{" "}
            <Link href={routes.commune(d.communeId).dashboard()} className="text-brand-700 hover:underline">
              Mở Tổng quan (số liệu hiện tại)
            </Link>
          </>
        }
      />
      <div className="mb-5 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Tile label="Nhiệm vụ" value={d.headline.total} />
        <Tile label="Đã hoàn thành" value={d.headline.done} tone="text-green-700" />
        <Tile label="Tiến độ bình quân" value={`${d.headline.progress}%`} />
        <Tile label="Quá hạn" value={d.headline.overdue} tone={d.headline.overdue ? "text-red-700" : "text-slate-900"} />
      </div>
      <WeekChanges d={d} />
      <div className="mb-5 grid gap-4 xl:grid-cols-2">
        <Overdue d={d} />
        <NotReported d={d} />
      </div>
      <Pending d={d} />
      <Kpis d={d} />
    </>
  );
}
