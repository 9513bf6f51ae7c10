import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { StatusSummary } from "@/components/tasks/status-summary";
import { canViewCommune, hasOwnTasks } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { listPlans } from "@/lib/plans/queries";
import { countByStatus, listCommuneTasks, listUnitTasks } from "@/lib/tasks/queries";

export const metadata: Metadata = { title: "Tổng quan" };

export default async function OverviewPage({ params }: PageProps<"/c/[communeId]">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  const mine = hasOwnTasks(user) && user.unitId;
  const [tasks, plans] = await Promise.all([
    mine ? listUnitTasks(commune.communeId, user.unitId!) : listCommuneTasks(commune.communeId),
    listPlans(commune.communeId),
  ]);
  const counts = countByStatus(tasks);
  const done = tasks.filter((t) => t.workStatus === "DONE").length;
  const avgProgress = tasks.length ? Math.round(tasks.reduce((n, t) => n + t.progress, 0) / tasks.length) : 0;

  return (
    <>
      <PageHeader
        title={`Tổng quan · ${commune.name}`}
        description={mine ? "Nhiệm vụ đơn vị bạn chủ trì hoặc phối hợp" : "Tình hình thực hiện các kế hoạch chuyển đổi số"}
      />
      <div className="mb-4 grid gap-3 sm:grid-cols-3">
        <Card className="p-4">
          <p className="text-sm text-slate-600">Tổng số nhiệm vụ</p>
          <p className="mt-1 text-3xl font-bold">{tasks.length}</p>
        </Card>
        <Card className="p-4">
          <p className="text-sm text-slate-600">Đã hoàn thành</p>
          <p className="mt-1 text-3xl font-bold text-green-700">
            {done}
            <span className="ml-2 text-base font-medium text-slate-500">/ {tasks.length}</span>
          </p>
        </Card>
        <Card className="p-4">
          <p className="text-sm text-slate-600">Tiến độ bình quân</p>
          <p className="mt-1 text-3xl font-bold">{avgProgress}%</p>
          <div className="mt-2 h-2 rounded-full bg-slate-100" aria-hidden>
            <div className="h-2 rounded-full bg-brand-600" style={{ width: `${avgProgress}%` }} />
          </div>
        </Card>
      </div>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">Theo tình trạng</h2>
      <StatusSummary counts={counts} hrefFor={(s) => `/c/${commune.communeId}/nhiem-vu?trang-thai=${s}`} />
      <Card className="mt-6">
        <CardHeader title="Kế hoạch đang theo dõi" />
        {plans.length === 0 ? (
          <EmptyState>Chưa có kế hoạch nào.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {plans.map((p) => (
              <li key={p.id} className="px-4 py-3 sm:px-5">
                <Link href={`/c/${commune.communeId}/ke-hoach/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <p className="text-xs text-slate-500">
                  {p.taskCount} nhiệm vụ · {p.doneCount} đã hoàn thành
                  {p.periodStart && p.periodEnd
                    ? ` · ${formatDate(p.periodStart, "date-only")} – ${formatDate(p.periodEnd, "date-only")}`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
