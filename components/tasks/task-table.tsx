import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableHead } from "@/components/ui/table";
import { formatDate } from "@/lib/dates";
import type { TaskRow } from "@/lib/tasks/queries";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";

function unitNames(units: TaskRow["leadUnits"]) {
  return units.map((u) => u.name).join("; ");
}

export function Deadline({ task }: { task: Pick<TaskRow, "dueDate" | "deadlineText" | "deadlineKind"> }) {
  const date = formatDate(task.dueDate, "date-only");
  return (
    <div className="text-sm">
      {date ? <div className="font-medium text-slate-900">{date}</div> : null}
      <div className={date ? "text-xs text-slate-500" : "text-slate-700"}>{task.deadlineText || "Không ghi thời hạn"}</div>
    </div>
  );
}

/** Tasks as a table; `showRole` marks whether the viewer's unit leads or helps. */
export function TaskTable({ tasks, showRole }: { tasks: (TaskRow & { role?: "LEAD" | "SUPPORT" })[]; showRole?: boolean }) {
  return (
    <Table minWidth={760}>
      <TableHead
        columns={[["Mã", "w-16"], "Nhiệm vụ", ["Chủ trì", "w-40"], ["Phối hợp", "w-40"], ["Thời hạn", "w-36"], ["Tình trạng", "w-48"]]}
      />
      <TableBody>
        {tasks.map((t) => (
          <tr key={t.id} data-task-code={t.code} className="align-top hover:bg-slate-50/60">
            <td className="px-3 py-2.5 font-mono text-xs font-semibold text-slate-700">{t.code}</td>
            <td className="px-3 py-2.5">
              <div className="font-medium text-slate-900">{t.title}</div>
              {t.description && t.description !== t.title ? (
                <details className="mt-1 text-xs text-slate-600">
                  <summary className="cursor-pointer select-none text-brand-700">Nội dung chi tiết</summary>
                  <p className="mt-1 whitespace-pre-line leading-relaxed">{t.description}</p>
                </details>
              ) : null}
              {showRole && t.role ? (
                <span
                  className={`mt-1 inline-block rounded px-1.5 py-0.5 text-[11px] font-semibold ${
                    t.role === "LEAD" ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-700"
                  }`}
                >
                  {t.role === "LEAD" ? "Đơn vị chủ trì" : "Đơn vị phối hợp"}
                </span>
              ) : null}
            </td>
            <td className="px-3 py-2.5 text-slate-800">{unitNames(t.leadUnits)}</td>
            <td className="px-3 py-2.5 text-slate-700">
              {unitNames(t.supportUnits)}
              {t.supportText ? <div className="text-xs text-slate-500">{t.supportText}</div> : null}
            </td>
            <td className="px-3 py-2.5">
              <Deadline task={t} />
            </td>
            <td className="px-3 py-2.5">
              <StatusBadge status={t.status} />
              <div className="mt-1 text-xs text-slate-500">
                {WORK_STATUS_LABEL[t.workStatus]}
                {t.workStatus !== "NOT_STARTED" ? ` · ${t.progress}%` : ""}
                {t.lastUpdateAt ? ` · cập nhật ${formatDate(t.lastUpdateAt)}` : ""}
              </div>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
