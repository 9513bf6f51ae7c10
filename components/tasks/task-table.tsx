// A list of tasks: a table from tablet width up, the same rows styled as cards on a phone. Server
// markup only: the rows' links are plain anchors that one LinkIsland per list makes navigate in the app.
import { MandateBadges } from "@/components/mandates/mandate-badges";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkIsland } from "@/components/ui/link-island";
import { formatDate } from "@/lib/dates";
import type { ListedTask, OwnPart } from "@/lib/tasks/queries";
import { DEADLINE_KIND_LABEL, WORK_STATUS_LABEL, extendedNote } from "@/lib/tasks/status-meta";
import { formatPercent } from "@/lib/format/number";
import { routes } from "@/lib/routes";

type Row = ListedTask;

/** The parsed deadline (a date, or its kind when it has none) over the plan's own wording. */
function Deadline({ task }: { task: Row }) {
  const date = formatDate(task.dueDate, "date-only");
  return (
    <div className="text-sm">
      <div className="font-medium text-slate-900" data-deadline-kind={task.deadlineKind}>
        {date || DEADLINE_KIND_LABEL[task.deadlineKind]}
      </div>
      {task.originalDueDate ? (
        <div className="text-xs font-medium text-amber-800" data-extended>
          {extendedNote(formatDate(task.originalDueDate, "date-only"))}
        </div>
      ) : null}
      {task.deadlineText ? <div className="text-xs text-slate-500">{task.deadlineText}</div> : null}
    </div>
  );
}

function Title({ task, showRole, href }: { task: Row; showRole?: boolean; href: string }) {
  return (
    <>
      <a href={href} data-nav className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
        {task.title}
      </a>{" "}
      <MandateBadges task={task} />
      {task.description && task.description !== task.title ? (
        <details className="mt-1 text-xs text-slate-600">
          <summary className="cursor-pointer select-none text-brand-700">Nội dung chi tiết</summary>
          <p className="mt-1 whitespace-pre-line leading-relaxed">{task.description}</p>
        </details>
      ) : null}
      {showRole && task.role ? (
        <span
          className={`mt-1 inline-block rounded px-1.5 py-0.5 text-[11px] font-semibold ${
            task.role === "LEAD" ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-700"
          }`}
        >
          {task.role === "LEAD" ? "Đơn vị chủ trì" : "Đơn vị phối hợp"}
        </span>
      ) : null}
    </>
  );
}

function Support({ task }: { task: Row }) {
  return (
    <>
      {task.supportLabel}
      {task.supportText ? <div className="text-xs text-slate-500">{task.supportText}</div> : null}
    </>
  );
}

/** "Phần việc của đơn vị: Đang thực hiện · 40%", beside the task's overall state. */
function OwnPartLine({ part }: { part: OwnPart }) {
  return (
    <div className="mt-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-900" data-own-part>
      Phần việc của đơn vị:{" "}
      {part.notApplicableReason
        ? "không phát sinh"
        : `${WORK_STATUS_LABEL[part.workStatus]}${part.workStatus !== "NOT_STARTED" ? ` · ${formatPercent(part.progress)}` : ""}`}
    </div>
  );
}

function Status({ task }: { task: Row }) {
  return (
    <>
      <StatusBadge status={task.status} />
      <div className="mt-1 text-xs text-slate-500">
        {task.part ? "Cả nhiệm vụ: " : ""}
        {WORK_STATUS_LABEL[task.workStatus]}
        {task.workStatus !== "NOT_STARTED" ? ` · ${formatPercent(task.progress)}` : ""}
        {task.lastUpdateAt ? ` · cập nhật ${formatDate(task.lastUpdateAt)}` : ""}
      </div>
      {task.part ? <OwnPartLine part={task.part} /> : null}
      {task.notApplicable?.length ? (
        <div className="mt-1 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900" data-not-applicable>
          Không phát sinh: {task.notApplicable.join("; ")}
        </div>
      ) : null}
    </>
  );
}

const COLUMNS: [string, string][] = [
  ["Mã", "w-16"],
  ["Nhiệm vụ", ""],
  ["Chủ trì", "w-40"],
  ["Phối hợp", "w-40"],
  ["Thời hạn", "w-36"],
  ["Tình trạng", "w-48"],
];

// Cell classes: a card's piece on a phone (the row is a two-column grid, `order` puts the status
// under the title), a table cell from tablet width up.
const CELL = "block md:table-cell md:px-4 md:py-2.5";
const LABELLED = `${CELL} col-span-2 grid grid-cols-[5.5rem_1fr] gap-x-2`;

/** The column's name inside the cell, shown only where the header row is not (the phone card). */
function PhoneLabel({ children }: { children: string }) {
  return <span className="text-xs text-slate-500 md:hidden">{children}</span>;
}

/**
 * `showRole` marks whether the viewer's unit leads or helps each task. Each task is drawn once: a
 * table row from tablet width up, restyled as a card on a phone. (It used to be drawn twice, as
 * cards and as a table, one of them hidden: twice the HTML and RSC payload on the longest pages.)
 */
export function TaskTable({ tasks, showRole, communeId }: { tasks: Row[]; showRole?: boolean; communeId: string }) {
  const href = (t: Row) => routes.commune(communeId).task(t.id);
  return (
    <LinkIsland>
      <div className="md:overflow-x-auto">
        <table className="block w-full border-collapse text-left text-sm md:table md:min-w-[760px]">
          <thead className="hidden bg-slate-50 text-xs uppercase tracking-wide text-slate-600 md:table-header-group">
            <tr>
              {COLUMNS.map(([label, cls]) => (
                <th key={label} scope="col" className={`px-4 py-2 font-semibold ${cls}`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="block divide-y divide-slate-100 md:table-row-group">
            {tasks.map((t) => (
              <tr
                key={t.id}
                data-task-code={t.code}
                data-mandated={t.provinceTask ? "" : undefined}
                className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-2 px-4 py-3 align-top hover:bg-slate-50/60 md:table-row md:p-0"
              >
                <td className={`${CELL} order-1 font-mono text-xs font-semibold text-slate-700`}>{t.code}</td>
                <td className={`${CELL} order-2 min-w-0`}>
                  <Title task={t} showRole={showRole} href={href(t)} />
                </td>
                <td className={`${LABELLED} order-4 text-slate-800`}>
                  <PhoneLabel>Chủ trì</PhoneLabel>
                  <div>{t.leadLabel}</div>
                </td>
                <td className={`${LABELLED} order-5 text-slate-700`}>
                  <PhoneLabel>Phối hợp</PhoneLabel>
                  <div>
                    <Support task={t} />
                  </div>
                </td>
                <td className={`${LABELLED} order-6`}>
                  <PhoneLabel>Thời hạn</PhoneLabel>
                  <Deadline task={t} />
                </td>
                <td className={`${CELL} order-3 col-span-2`}>
                  <Status task={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </LinkIsland>
  );
}
