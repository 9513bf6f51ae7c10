// "Phần việc của các đơn vị": the overall picture of a group-led task, one row per member unit (its
// official category, progress, last report, or "không phát sinh" with why), below the task's overall
// state (the mean of the parts that apply).
import { StatusBadge, ToneBadge } from "@/components/ui/status-badge";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPercent } from "@/lib/format/number";
import type { DeadlineStatus } from "@/lib/tasks/deadline-status";
import type { TaskPartRow } from "@/lib/tasks/part-view";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";
import { ReopenPartButton } from "./part-forms";

type Props = {
  communeId: string;
  taskId: string;
  parts: TaskPartRow[];
  overall: { status: DeadlineStatus; workStatus: keyof typeof WORK_STATUS_LABEL; progress: number };
  /** The viewer's own unit: its row is marked. */
  ownUnitId: string | null;
  canReopen: boolean;
};

function State({ part }: { part: TaskPartRow }) {
  if (part.notApplicable) return <ToneBadge tone="gray" label="Không phát sinh" data-part-state="NOT_APPLICABLE" />;
  return (
    <>
      {part.status ? <StatusBadge status={part.status} /> : null}
      {part.workStatus !== "NOT_STARTED" ? (
        <div className="mt-1 text-xs text-slate-500">
          {WORK_STATUS_LABEL[part.workStatus]}
          {part.completedAt ? ` · hoàn thành ${formatDate(part.completedAt)}` : ""}
        </div>
      ) : null}
    </>
  );
}

function Bar({ value }: { value: number }) {
  return (
    <div className="flex items-center gap-2">
      <div className="h-1.5 w-16 overflow-hidden rounded bg-slate-200" aria-hidden>
        <div className="h-full bg-brand-600" style={{ width: `${value}%` }} />
      </div>
      <span className="tabular-nums" data-part-progress={value}>
        {formatPercent(value)}
      </span>
    </div>
  );
}

function NotApplicableNote({ part, props }: { part: TaskPartRow; props: Props }) {
  const na = part.notApplicable;
  if (!na) return null;
  return (
    <div className="mt-1 text-xs text-slate-600">
      <p className="whitespace-pre-line">Lý do: {na.reason}</p>
      <p className="text-slate-500">
        {[na.by, na.at ? formatDateTime(na.at) : null].filter(Boolean).join(" · ")}
        {props.canReopen ? "" : " · Văn phòng có thể mở lại"}
      </p>
      {props.canReopen ? (
        <ReopenPartButton
          communeId={props.communeId}
          taskId={props.taskId}
          unitId={part.unitId}
          unitName={part.unitName}
          version={part.version}
        />
      ) : null}
    </div>
  );
}

function UnitName({ part, own }: { part: TaskPartRow; own: boolean }) {
  return (
    <span className="font-medium text-slate-900">
      {part.unitName}
      {own ? <span className="ml-1 rounded bg-brand-100 px-1 text-[11px] font-semibold text-brand-800">đơn vị của bạn</span> : null}
    </span>
  );
}

export function PartsTable(props: Props) {
  const { parts, overall, ownUnitId } = props;
  const applicable = parts.filter((p) => !p.notApplicable).length;
  return (
    <div data-testid="parts">
      <div
        className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-3 text-sm sm:px-5"
        data-testid="overall"
      >
        <span className="font-medium text-slate-700">Cả nhiệm vụ:</span>
        <StatusBadge status={overall.status} />
        <span>
          {WORK_STATUS_LABEL[overall.workStatus]} · <strong>{formatPercent(overall.progress)}</strong>
        </span>
        <span className="text-xs text-slate-500">
          trung bình của {applicable}/{parts.length} đơn vị thực hiện; hoàn thành khi mọi đơn vị hoàn thành
        </span>
      </div>
      {/* One row per unit, two columns from a small tablet up: the page's main column is too narrow for a wide table. */}
      <ul className="divide-y divide-slate-100" role="list">
        {parts.map((p) => (
          <li
            key={p.id}
            className="grid gap-2 px-4 py-3 text-sm sm:grid-cols-[minmax(0,1fr)_13rem] sm:gap-4 sm:px-5"
            data-part-unit={p.unitName}
          >
            <UnitName part={p} own={p.unitId === ownUnitId} />
            {/* Beside the name and reason from a small tablet up; right under the name on a phone. */}
            <div className="space-y-1 sm:row-span-2">
              <State part={p} />
              {p.notApplicable ? null : <Bar value={p.progress} />}
              <p className="text-xs text-slate-500">Cập nhật: {p.lastUpdateAt ? formatDateTime(p.lastUpdateAt) : "chưa có"}</p>
            </div>
            {p.notApplicable ? (
              <div className="min-w-0">
                <NotApplicableNote part={p} props={props} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
