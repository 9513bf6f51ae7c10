// The task page's "Gia hạn thời hạn": the lead unit's request form, the requests so far and, for the
// chair, the decision on a pending one. Shown when there is something to show or to do.
import { Card, CardHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/form";
import { canDecideExtension, canRequestExtension, type TaskScope, type Viewer } from "@/lib/auth/permissions";
import { dateOnlyKey, formatDateKey } from "@/lib/dates";
import { taskExtensions } from "@/lib/tasks/extensions/queries";
import { ExtensionHistory } from "./extension-history";
import { ExtensionRequestForm } from "./extension-request-form";

type Task = { id: string; deadlineKind: string; dueDate: Date | null; workStatus: string };

export async function ExtensionSection({ user, scope, task }: { user: Viewer; scope: TaskScope; task: Task }) {
  const { requests, used, max } = await taskExtensions(scope.communeId, task.id);
  const due = task.deadlineKind === "FIXED" && task.dueDate ? dateOnlyKey(task.dueDate) : null;
  const mayAsk = canRequestExtension(user, scope) && due !== null && task.workStatus !== "DONE";
  if (requests.length === 0 && !mayAsk) return null;
  const pending = requests.find((r) => r.status === "PENDING");
  let ask: React.ReactNode = null;
  if (mayAsk && pending) {
    ask = (
      <Alert tone="info">
        Đơn vị đã gửi đề nghị gia hạn đến {formatDateKey(pending.requestedDueDate)}, đang chờ Chủ tịch UBND xem xét.
      </Alert>
    );
  } else if (mayAsk && used >= max) {
    ask = (
      <Alert tone="info">
        {max === 0 ? "Xã, phường không cho phép gia hạn thời hạn nhiệm vụ." : `Nhiệm vụ đã được gia hạn ${used} lần, tối đa ${max} lần.`}
      </Alert>
    );
  } else if (mayAsk && due) {
    ask = (
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Đề nghị gia hạn</summary>
        <div className="mt-3">
          <ExtensionRequestForm communeId={scope.communeId} taskId={task.id} currentDueDate={due} />
        </div>
      </details>
    );
  }
  return (
    <Card>
      <CardHeader
        title="Gia hạn thời hạn"
        description={used > 0 ? `Đã được gia hạn ${used} lần (tối đa ${max} lần)` : `Chưa gia hạn; tối đa ${max} lần cho một nhiệm vụ`}
      />
      {ask ? <div className="p-4 sm:p-5">{ask}</div> : null}
      <ExtensionHistory requests={requests} communeId={scope.communeId} canDecide={canDecideExtension(user, scope)} />
    </Card>
  );
}
