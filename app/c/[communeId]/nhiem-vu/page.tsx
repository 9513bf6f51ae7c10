import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { TaskTable } from "@/components/tasks/task-table";
import { canViewCommune, hasOwnTasks } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { DEADLINE_STATUSES, type DeadlineStatus } from "@/lib/tasks/deadline-status";
import { getUnitName, groupByStatus, listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";

export const metadata: Metadata = { title: "Nhiệm vụ" };

export default async function TasksPage({ params, searchParams }: PageProps<"/c/[communeId]/nhiem-vu">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  const wanted = (await searchParams)["trang-thai"];
  const filter = DEADLINE_STATUSES.find((s) => s === wanted) as DeadlineStatus | undefined;

  const own = hasOwnTasks(user) && user.unitId !== null;
  const [unitName, all] = own
    ? await Promise.all([getUnitName(commune.communeId, user.unitId!), listUnitTasks(commune.communeId, user.unitId!)])
    : [null, await listCommuneTasks(commune.communeId)];
  const groups = groupByStatus(filter ? all.filter((t) => t.status === filter) : all);
  const base = `/c/${commune.communeId}/nhiem-vu`;

  return (
    <>
      <PageHeader
        title={own ? "Nhiệm vụ của tôi" : "Nhiệm vụ"}
        description={own ? `Nhiệm vụ ${unitName ?? "đơn vị"} chủ trì hoặc phối hợp thực hiện` : `Tất cả nhiệm vụ của ${commune.name}`}
      />
      <div className="mb-4 flex flex-wrap gap-2 text-sm" role="navigation" aria-label="Lọc theo tình trạng">
        <Link
          href={base}
          className={`rounded-full px-3 py-1 ring-1 ring-inset ${!filter ? "bg-brand-700 text-white ring-brand-700" : "bg-white ring-slate-300"}`}
        >
          Tất cả ({all.length})
        </Link>
        {DEADLINE_STATUSES.map((s) => {
          const n = all.filter((t) => t.status === s).length;
          if (n === 0) return null;
          return (
            <Link
              key={s}
              href={`${base}?trang-thai=${s}`}
              className={`rounded-full px-3 py-1 ring-1 ring-inset ${filter === s ? "bg-brand-700 text-white ring-brand-700" : "bg-white ring-slate-300"}`}
            >
              {DEADLINE_STATUS_META[s].label} ({n})
            </Link>
          );
        })}
      </div>
      {groups.length === 0 ? (
        <Card>
          <EmptyState>{own ? "Đơn vị của bạn chưa được giao nhiệm vụ nào." : "Không có nhiệm vụ phù hợp."}</EmptyState>
        </Card>
      ) : (
        <div className="space-y-5">
          {groups.map((g) => (
            <Card key={g.status}>
              <CardHeader title={DEADLINE_STATUS_META[g.status].label} description={`${g.rows.length} nhiệm vụ`} />
              <TaskTable tasks={g.rows} showRole={own} />
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
