import { Alert } from "@/components/ui/form";
import { formatDateTime } from "@/lib/dates";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";
import { formatPercent } from "@/lib/format/number";

export type ConflictDetails = {
  version: number;
  workStatus: keyof typeof WORK_STATUS_LABEL;
  progress: number;
  title: string;
  dueDate: string | null;
  lastResult: string | null;
  lastBy: string | null;
  lastAt: string | null;
};

/** What changed on the task since the form was opened; the person's own text stays in the form. */
export function ConflictNotice({
  message,
  details,
  onAccept,
  subject = "nhiệm vụ",
}: {
  message: string;
  details: ConflictDetails;
  onAccept: () => void;
  /** What changed: "nhiệm vụ", or "phần việc của đơn vị" on a group-led task. */
  subject?: string;
}) {
  return (
    <div data-testid="conflict" className="space-y-2">
      <Alert tone="error">{message}</Alert>
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <p className="font-semibold">Tình trạng hiện tại của {subject}</p>
        <p>
          {WORK_STATUS_LABEL[details.workStatus]} · {formatPercent(details.progress)}
          {details.dueDate ? ` · hạn ${details.dueDate.split("-").reverse().join("/")}` : ""}
        </p>
        {details.lastResult ? (
          <p className="mt-1 whitespace-pre-line">
            <span className="font-medium">
              Báo cáo mới nhất{details.lastBy ? ` của ${details.lastBy}` : ""}
              {details.lastAt ? ` (${formatDateTime(new Date(details.lastAt))})` : ""}:
            </span>{" "}
            {details.lastResult}
          </p>
        ) : null}
        <button
          type="button"
          onClick={onAccept}
          className="mt-2 rounded-md bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-700"
        >
          Đã xem thay đổi, giữ nội dung của tôi để gửi lại
        </button>
      </div>
    </div>
  );
}
