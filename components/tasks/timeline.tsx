import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPercent } from "@/lib/format/number";
import { directiveAnchor, updateAnchor } from "@/lib/tasks/anchors";
import { updateMarks, type TimelineEvent } from "@/lib/tasks/timeline";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";
import { AcknowledgeButton, ReturnUpdateForm } from "./directive-forms";
import { AttachmentList } from "./attachment-list";

function Block({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <p className="mt-1 whitespace-pre-line">
      <span className="font-medium text-slate-700">{label}:</span> {text}
    </p>
  );
}

/** The task's history, newest first: who did what and when. */
export function Timeline({
  events,
  communeId,
  canReturn,
  canAcknowledge,
  byPart = false,
}: {
  events: TimelineEvent[];
  communeId: string;
  canReturn: boolean;
  canAcknowledge: boolean;
  /** A group-led task: each progress report is its unit's own part, and says so. */
  byPart?: boolean;
}) {
  if (events.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">Chưa có cập nhật nào.</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {events.map((e) => {
        if (e.type === "update") {
          const u = e.update;
          return (
            <li key={`u-${u.id}`} id={updateAnchor(u.id)} className="scroll-mt-20 px-4 py-3 text-sm sm:px-5" data-event="update">
              <p className="text-xs text-slate-500">
                {formatDateTime(u.createdAt)} · <span className="font-medium text-slate-700">{u.author.fullName}</span>
                {u.unit ? ` (${u.unit.name})` : ""}
                {updateMarks(u).map((m) => (
                  <span
                    key={m}
                    className="ml-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-700"
                    data-mark={m}
                  >
                    {m}
                  </span>
                ))}
              </p>
              <p className="mt-0.5 font-semibold text-slate-900">
                {u.kind === "CONTRIBUTION"
                  ? "Nội dung phối hợp"
                  : `${byPart && u.unit ? `Phần việc của ${u.unit.name}` : "Cập nhật tiến độ"}: ${WORK_STATUS_LABEL[u.workStatus]} · ${formatPercent(u.progress)}`}
                {u.completedAt ? ` · hoàn thành ngày ${formatDate(u.completedAt)}` : ""}
              </p>
              <Block label="Kết quả" text={u.result} />
              <Block label="Khó khăn, vướng mắc" text={u.difficulties} />
              <Block label="Đề xuất, kiến nghị" text={u.proposals} />
              <AttachmentList files={u.attachments} className="mt-1" />
              {u.returnedAt ? (
                <p className="mt-2 rounded-md bg-red-50 px-2 py-1 text-red-800" data-returned>
                  Đã trả lại để sửa ({formatDateTime(u.returnedAt)}
                  {u.returnedBy ? `, ${u.returnedBy.fullName}` : ""}): {u.returnComment}
                </p>
              ) : canReturn && u.kind === "PROGRESS" ? (
                <ReturnUpdateForm communeId={communeId} updateId={u.id} />
              ) : null}
            </li>
          );
        }
        if (e.type === "directive") {
          const d = e.directive;
          return (
            <li
              key={`d-${d.id}`}
              id={directiveAnchor(d.id)}
              className="scroll-mt-20 bg-amber-50/60 px-4 py-3 text-sm sm:px-5"
              data-event="directive"
            >
              <p className="text-xs text-slate-500">
                {formatDateTime(d.createdAt)} · <span className="font-medium text-slate-700">{d.author.fullName}</span>
              </p>
              <p className="mt-0.5 font-semibold text-amber-900">
                Ý kiến chỉ đạo{d.newDueDate ? ` · hạn mới ${formatDate(d.newDueDate, "date-only")}` : ""}
              </p>
              <p className="mt-1 whitespace-pre-line">{d.content}</p>
              {d.acknowledgedAt ? (
                <p className="mt-1 text-xs text-green-800">
                  Đã tiếp nhận {formatDateTime(d.acknowledgedAt)}
                  {d.acknowledgedBy ? ` (${d.acknowledgedBy.fullName})` : ""}
                </p>
              ) : canAcknowledge ? (
                <div className="mt-2">
                  <AcknowledgeButton communeId={communeId} directiveId={d.id} />
                </div>
              ) : (
                <p className="mt-1 text-xs text-amber-800">Đơn vị chủ trì chưa tiếp nhận</p>
              )}
            </li>
          );
        }
        return (
          <li key={`e-${e.edit.id}`} className="px-4 py-3 text-sm sm:px-5" data-event="edit">
            <p className="text-xs text-slate-500">
              {formatDateTime(e.at)} · <span className="font-medium text-slate-700">{e.edit.by}</span>
            </p>
            <p className="mt-0.5 font-semibold text-slate-900">{e.edit.title}</p>
            <Block label="Lý do" text={e.edit.reason} />
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {e.edit.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
