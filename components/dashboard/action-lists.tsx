// What needs someone to act: each list shows the first rows and its heading count opens them all.
// The dashboard's links do not prefetch: it holds dozens of them, and prefetching each would load the
// server and a slow line with pages the leader may never open.
import Link from "next/link";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import type { ActionTask } from "@/lib/dashboard/action-lists";
import type { CommuneDashboard } from "@/lib/dashboard/commune";
import { taskListHref, type DashboardFilters } from "@/lib/dashboard/filters";
import { formatDate, formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

/** `href`: the full list behind the count; without it (a list of units) each row links on its own. */
function ListCard({
  title,
  total,
  href,
  testId,
  empty,
  children,
}: {
  title: string;
  total: number;
  href?: string;
  testId: string;
  empty: string;
  children: React.ReactNode;
}) {
  return (
    <Card className="break-inside-avoid">
      <CardHeader
        title={title}
        actions={
          href ? (
            <Link
              prefetch={false}
              href={href}
              className="text-sm font-semibold text-brand-700 hover:underline"
              data-testid={`${testId}-count`}
            >
              {total} · xem tất cả
            </Link>
          ) : (
            <span className="text-sm font-semibold text-slate-700" data-testid={`${testId}-count`}>
              {total}
            </span>
          )
        }
      />
      {total === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid={testId}>
          {children}
        </ul>
      )}
    </Card>
  );
}

/** One line of a list: what it is about (a link), optional text, and who/when. */
function Entry({ href, title, meta, children }: { href: string; title: string; meta: React.ReactNode; children?: React.ReactNode }) {
  return (
    <li className="px-4 py-2 sm:px-5">
      <Link prefetch={false} href={href} className="font-medium text-brand-700 hover:underline">
        {title}
      </Link>
      {children}
      <p className="text-xs text-slate-600">{meta}</p>
    </li>
  );
}

function TaskLine({ t, communeId, detail }: { t: ActionTask; communeId: string; detail: React.ReactNode }) {
  return (
    <Entry
      href={routes.commune(communeId).task(t.id)}
      title={`${t.code}. ${t.title}`}
      meta={
        <>
          {t.leads ?? "Chưa giao đơn vị chủ trì"} · {detail}
        </>
      }
    />
  );
}

export function ActionLists({ data, communeId, filters }: { data: CommuneDashboard; communeId: string; filters: DashboardFilters }) {
  const link = (extra: Parameters<typeof taskListHref>[2]) => taskListHref(communeId, filters, extra);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ListCard
        title="Nhiệm vụ quá hạn"
        total={data.overdue.total}
        href={link({ status: "OVERDUE" })}
        testId="list-overdue"
        empty="Không có nhiệm vụ quá hạn."
      >
        {data.overdue.rows.map((t) => (
          <TaskLine
            key={t.id}
            t={t}
            communeId={communeId}
            detail={<span className="text-red-700">hạn {formatDate(t.dueDate, "date-only")}</span>}
          />
        ))}
      </ListCard>
      <ListCard
        title="Đến hạn trong 7 ngày"
        total={data.dueSoon.total}
        href={link({ status: "DUE_SOON" })}
        testId="list-due-soon"
        empty="Không có nhiệm vụ sắp đến hạn."
      >
        {data.dueSoon.rows.map((t) => (
          <TaskLine key={t.id} t={t} communeId={communeId} detail={`hạn ${formatDate(t.dueDate, "date-only")}`} />
        ))}
      </ListCard>
      <ListCard
        title="Khó khăn, đề xuất chờ lãnh đạo cho ý kiến"
        total={data.awaiting.total}
        href={link({ flag: "cho-chi-dao" })}
        testId="list-awaiting"
        empty="Không có khó khăn, đề xuất nào đang chờ ý kiến."
      >
        {data.awaiting.rows.map((t) => (
          <Entry
            key={t.id}
            href={routes.commune(communeId).task(t.id)}
            title={`${t.code}. ${t.title}`}
            meta={`${t.unitName ?? "—"} · ${formatDateTime(t.at)}`}
          >
            {t.difficulties.trim() ? <p className="mt-0.5 line-clamp-2 text-slate-800">Khó khăn: {t.difficulties}</p> : null}
            {t.proposals.trim() ? <p className="mt-0.5 line-clamp-2 text-slate-800">Đề xuất: {t.proposals}</p> : null}
          </Entry>
        ))}
      </ListCard>
      <ListCard
        title={`Đơn vị chưa cập nhật ${data.periodLabel}`}
        total={data.silentUnits.length}
        testId="list-silent-units"
        empty="Mọi đơn vị đã cập nhật các nhiệm vụ đang thực hiện trong kỳ."
      >
        {data.silentUnits.map((u) => (
          <li key={u.unitId} className="flex items-baseline justify-between gap-3 px-4 py-2 sm:px-5">
            <Link prefetch={false} href={link({ unitId: u.unitId })} className="font-medium text-brand-700 hover:underline">
              {u.name}
            </Link>
            <span className="text-right text-xs text-slate-600">
              chưa cập nhật {u.open - u.updated}/{u.open} nhiệm vụ
              <br />
              {u.lastUpdateAt ? `lần cuối ${formatDateTime(u.lastUpdateAt)}` : "chưa cập nhật lần nào"}
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard
        title="Ý kiến chỉ đạo chưa được tiếp nhận"
        total={data.directives.total}
        href={link({ flag: "chi-dao-chua-tiep-nhan" })}
        testId="list-directives"
        empty="Mọi ý kiến chỉ đạo đã được tiếp nhận."
      >
        {data.directives.rows.map((d) => (
          <Entry
            key={d.id}
            href={routes.commune(communeId).task(d.taskId)}
            title={`${d.code}. ${d.title}`}
            meta={`${d.author} · ${formatDateTime(d.createdAt)}`}
          >
            <p className="mt-0.5 line-clamp-2 text-slate-800">{d.content}</p>
          </Entry>
        ))}
      </ListCard>
    </div>
  );
}
