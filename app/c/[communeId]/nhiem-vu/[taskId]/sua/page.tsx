import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditTaskForm } from "@/components/tasks/edit-task-form";
import { Card, CardHeader } from "@/components/ui/card";
import { canEditTask } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { getTaskAssignment, getTaskDetail, listCommuneUnits } from "@/lib/tasks/detail";
import { listGroupOptions } from "@/lib/unit-groups/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Điều chỉnh nhiệm vụ" };

export default async function EditTaskPage({ params }: PageProps<"/c/[communeId]/nhiem-vu/[taskId]/sua">) {
  const { communeId, taskId } = await params;
  const { commune } = await requireCommune(communeId, canEditTask);
  const [detail, assigned, units, groups] = await Promise.all([
    getTaskDetail(commune.communeId, taskId),
    getTaskAssignment(commune.communeId, taskId),
    listCommuneUnits(commune.communeId),
    listGroupOptions(commune.communeId),
  ]);
  if (!detail || !assigned) notFound();
  const t = detail.task;
  return (
    <Card>
      <CardHeader
        title={`Điều chỉnh nhiệm vụ ${t.code}`}
        description="Mọi điều chỉnh được ghi vào lịch sử nhiệm vụ cùng lý do."
        actions={
          <Link href={routes.commune(commune.communeId).task(t.id)} className="text-sm text-brand-700 hover:underline">
            ← Về nhiệm vụ
          </Link>
        }
      />
      <div className="p-4 sm:p-5">
        <EditTaskForm
          communeId={commune.communeId}
          units={units}
          groups={groups}
          task={{
            id: t.id,
            version: t.version,
            title: t.title,
            expectedOutput: t.expectedOutput,
            deadlineKind: t.deadlineKind,
            dueDate: t.dueDate?.toISOString().slice(0, 10) ?? null,
            deadlineText: t.deadlineText,
            supportText: t.supportText,
            lead: assigned.lead,
            support: assigned.support,
          }}
        />
      </div>
    </Card>
  );
}
