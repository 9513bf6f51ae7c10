import type { Metadata } from "next";
import Link from "next/link";
import { CheckBanner } from "@/components/daily-checks/check-banner";
import { TaskFilterBar } from "@/components/tasks/task-filters";
import { TaskTable } from "@/components/tasks/task-table";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { canViewCommune } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { loadCheckBanner } from "@/lib/daily-checks/queries";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/dates";
import { listOpenDirectives, listReturnedUpdates } from "@/lib/tasks/detail";
import { readTaskFilters, taskListQuery } from "@/lib/tasks/filters";
import { loadTaskList } from "@/lib/tasks/list-load";
import { DEADLINE_STATUS_META } from "@/lib/tasks/status-meta";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Nhiệm vụ" };

export default async function TasksPage({ params, searchParams }: PageProps<"/c/[communeId]/nhiem-vu">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewCommune);
  const filters = readTaskFilters(await searchParams);
  const { unitId, view } = await loadTaskList(user, commune, filters);
  const [directives, returned] = unitId
    ? await Promise.all([listOpenDirectives(commune.communeId, unitId), listReturnedUpdates(commune.communeId, unitId)])
    : [[], []];
  // The one-stop centre's staff start the day with the check: the banner leads to it in one tap.
  const banner = await loadCheckBanner(getDb(), user, commune);
  const to = routes.commune(commune.communeId);

  return (
    <>
      {banner ? <CheckBanner communeId={commune.communeId} check={banner.check} late={banner.late} /> : null}
      <PageHeader title={view.title} description={view.description} />
      {directives.length ? (
        <Card className="mb-4 border-amber-300">
          <CardHeader title={`Ý kiến chỉ đạo chưa tiếp nhận (${directives.length})`} />
          <ul className="divide-y divide-amber-100 bg-amber-50/50" data-testid="open-directives">
            {directives.map((d) => (
              <li key={d.id} className="px-4 py-2.5 text-sm sm:px-5">
                <Link href={to.task(d.task.id)} className="font-medium text-brand-700 hover:underline">
                  {d.task.code}. {d.task.title}
                </Link>
                <p className="mt-0.5 line-clamp-2 text-slate-800">{d.content}</p>
                <p className="text-xs text-slate-500">
                  {d.author.fullName} · {formatDateTime(d.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {returned.length ? (
        <Card className="mb-4 border-red-300">
          <CardHeader title={`Báo cáo bị trả lại cần sửa (${returned.length})`} />
          <ul className="divide-y divide-red-100 bg-red-50/50" data-testid="returned-updates">
            {returned.map((u) => (
              <li key={u.id} className="px-4 py-2.5 text-sm sm:px-5">
                <Link href={to.task(u.task.id)} className="font-medium text-brand-700 hover:underline">
                  {u.task.code}. {u.task.title}
                </Link>
                <p className="mt-0.5 text-red-900">{u.returnComment}</p>
                <p className="text-xs text-slate-500">
                  {u.returnedBy?.fullName} · {formatDateTime(u.returnedAt)}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <TaskFilterBar
        action={to.tasks()}
        exportHref={to.tasksExport(taskListQuery(filters))}
        filters={filters}
        plans={view.plans}
        groups={view.planGroups}
        showRole={!!unitId}
      />
      <ExtraFilters parts={view.extraFilters} clearHref={to.tasks()} />
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {view.countLine}, xếp theo mức độ khẩn cấp.
      </p>
      {view.groups.length === 0 ? (
        <Card>
          <EmptyState>{view.emptyMessage}</EmptyState>
        </Card>
      ) : (
        <div className="space-y-5">
          {view.groups.map((g) => (
            <Card key={g.status}>
              <CardHeader title={DEADLINE_STATUS_META[g.status].label} description={`${g.rows.length} nhiệm vụ`} />
              <TaskTable tasks={g.rows} showRole={!!unitId} communeId={commune.communeId} />
            </Card>
          ))}
        </div>
      )}
    </>
  );
}

/** Filters the dashboard's links add beyond the form's fields, shown so that the user knows why the list is short. */
function ExtraFilters({ parts, clearHref }: { parts: string[]; clearHref: string }) {
  if (!parts.length) return null;
  return (
    <p className="mb-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="extra-filters">
      Đang lọc theo {parts.join(" · ")}.{" "}
      <Link href={clearHref} className="font-medium underline">
        Bỏ lọc
      </Link>
    </p>
  );
}
