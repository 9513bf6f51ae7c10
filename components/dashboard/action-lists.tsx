// "Cần xử lý" in a compact form: each kind a small header with its count and "Xem tất cả" (the full
// filtered list), then its first rows, one line each: code, short title, who must act, date.
// On a wide screen the kinds flow in two CSS columns, not a grid: a short kind leaves no hole beside a
// long one, and the reading order stays the kinds' order.
// The dashboard's links do not prefetch: it holds dozens of them, and prefetching each would load the
// server and a slow line with pages the leader may never open.
import { IncidentAge } from "@/components/incidents/badges";
import Link from "next/link";
import { LinkIsland } from "@/components/ui/link-island";
import { ACTION_LIST_LIMIT, type ActingLeads } from "@/lib/dashboard/action-lists";
import type { CommuneDashboard } from "@/lib/dashboard/commune";
import { taskListHref, type DashboardFilters } from "@/lib/dashboard/filters";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { DUE_SOON_DAYS } from "@/lib/tasks/deadline-status";
import type { urgentIncidents } from "@/lib/dashboard/action-lists";

const TONE = {
  red: "bg-red-100 text-red-800",
  amber: "bg-amber-100 text-amber-900",
  blue: "bg-brand-100 text-brand-800",
} as const;

function Kind({
  title,
  total,
  href,
  testId,
  empty,
  tone,
  children,
}: {
  title: string;
  total: number;
  href?: string;
  testId: string;
  empty: string;
  tone: keyof typeof TONE;
  children: React.ReactNode;
}) {
  return (
    <div className="min-w-0 break-inside-avoid px-4 py-3" data-kind={testId}>
      <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        <span className="min-w-0">{title}</span>
        <span
          className={`shrink-0 rounded-full px-2 text-xs font-semibold tabular-nums ${total > 0 ? TONE[tone] : "bg-slate-100 text-slate-600"}`}
          data-testid={`${testId}-count`}
        >
          {total}
        </span>
        {href && total > 0 ? (
          <Link
            prefetch={false}
            href={href}
            className="ml-auto shrink-0 text-xs font-medium text-brand-700 hover:underline"
            data-testid={`${testId}-all`}
          >
            Xem tất cả
          </Link>
        ) : null}
      </h3>
      {total === 0 ? (
        <p className="mt-1 text-xs text-slate-500">{empty}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100" data-testid={testId}>
          {children}
        </ul>
      )}
    </div>
  );
}

/**
 * One line: code, title (a link, `hint` on hover), who must act, and a date (dd/MM on a phone, where
 * the year would take the title's room; the kind's header says what the date is) or a short note.
 */
function Row({
  href,
  code,
  title,
  hint,
  who,
  when,
  whenClass = "text-slate-600",
}: {
  href: string;
  code?: string;
  title: string;
  hint?: string;
  who: string;
  when: { date: string } | { note: string };
  whenClass?: string;
}) {
  return (
    <li className="flex items-baseline gap-2 py-1 text-sm">
      {code ? <span className="shrink-0 text-xs font-semibold text-slate-500">{code}</span> : null}
      {/* A plain anchor: ActionLists' LinkIsland makes it navigate in the app (no client component per row). */}
      <a href={href} data-nav title={hint ?? title} className="min-w-0 flex-1 truncate font-medium text-brand-700 hover:underline">
        {title}
      </a>
      <span className="max-w-[30%] shrink-0 truncate text-xs text-slate-700 sm:max-w-[38%]" title={who} data-who>
        {who}
      </span>
      <span className={`shrink-0 text-xs tabular-nums ${whenClass}`}>
        {"date" in when ? (
          <>
            <span className="sm:hidden">{when.date.slice(0, 5)}</span>
            <span className="hidden sm:inline">{when.date}</span>
          </>
        ) : (
          when.note
        )}
      </span>
    </li>
  );
}

/** Who must act on a task: the lead units still acting; on a task split into parts, how many of all. */
function whoActs(t: ActingLeads): string {
  if (t.leadCount === 0) return "Chưa giao đơn vị chủ trì";
  if (!t.shared) return t.leads ?? "—";
  return t.acting > 0 ? `${t.leads} (còn ${t.acting}/${t.leadCount})` : "Mọi đơn vị đã xong phần việc";
}

/**
 * Open urgent incidents, one line each ("Sự cố khẩn cấp SC-004: …") with the working time since they
 * were reported. No heading of its own: each line says what it is, and the kinds below keep their order.
 * On a phone the title wraps rather than being cut: an urgent incident is read in full.
 */
function UrgentIncidents({ communeId, urgent }: { communeId: string; urgent: ReturnType<typeof urgentIncidents> }) {
  const more = urgent.total - urgent.rows.length;
  return (
    <div className="border-b border-red-200 bg-red-50 px-4 py-2" data-testid="list-urgent-incidents">
      <ul className="divide-y divide-red-100">
        {urgent.rows.map((i) => (
          <li key={i.id} className="flex items-baseline gap-2 py-1 text-sm">
            <Link
              prefetch={false}
              href={routes.commune(communeId).incident(i.id)}
              title={i.title}
              className="min-w-0 flex-1 font-semibold text-red-800 hover:underline sm:truncate"
            >
              Sự cố khẩn cấp {i.code}: {i.title}
            </Link>
            <IncidentAge reportedAt={i.reportedAt} minutes={i.ageMinutes} className="text-red-800" />
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <Link
          prefetch={false}
          href={routes.commune(communeId).incidents({ severity: "URGENT" })}
          className="text-xs font-medium text-red-800 hover:underline"
        >
          và {more} sự cố khẩn cấp khác
        </Link>
      ) : null}
    </div>
  );
}

const due = (d: Date | null) => ({ date: formatDate(d, "date-only") });
const day = (d: Date) => ({ date: formatDate(d) });

export function ActionLists({
  data,
  communeId,
  filters,
  extensions,
  urgent,
}: {
  data: CommuneDashboard;
  /** Open urgent incidents (lib/dashboard/action-lists.ts urgentIncidents), above every other kind. */
  urgent?: ReturnType<typeof urgentIncidents>;
  communeId: string;
  filters: DashboardFilters;
  /** The first kind, deadline extension requests (components/dashboard/pending-extensions.tsx), across the full width: its decision forms need the room. */
  extensions?: React.ReactNode;
}) {
  const link = (extra: Parameters<typeof taskListHref>[2]) => taskListHref(communeId, filters, extra);
  const task = (id: string) => routes.commune(communeId).task(id);
  const period = data.reportPeriod;
  const reportsOf = (planId: string | undefined) => routes.commune(communeId).reports({ planId, periodKey: period.key });
  return (
    <section aria-labelledby="can-xu-ly" className="mb-5 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="action-block">
      <h2 id="can-xu-ly" className="border-b border-slate-200 px-4 py-2 text-base font-semibold text-slate-900">
        Cần xử lý
      </h2>
      {urgent && urgent.total > 0 ? <UrgentIncidents communeId={communeId} urgent={urgent} /> : null}
      {extensions}
      <LinkIsland>
        <div className="divide-y divide-slate-100 lg:columns-2 lg:gap-x-0">
          <Kind
            title="Quá hạn"
            total={data.overdue.total}
            href={link({ status: "OVERDUE" })}
            testId="list-overdue"
            tone="red"
            empty="Không có nhiệm vụ quá hạn."
          >
            {data.overdue.rows.map((t) => (
              <Row
                key={t.id}
                href={task(t.id)}
                code={t.code}
                title={t.title}
                who={whoActs(t)}
                when={due(t.dueDate)}
                whenClass="text-red-700"
              />
            ))}
          </Kind>
          <Kind
            title={`Đến hạn trong ${DUE_SOON_DAYS} ngày`}
            total={data.dueSoon.total}
            href={link({ status: "DUE_SOON" })}
            testId="list-due-soon"
            tone="amber"
            empty="Không có nhiệm vụ sắp đến hạn."
          >
            {data.dueSoon.rows.map((t) => (
              <Row key={t.id} href={task(t.id)} code={t.code} title={t.title} who={whoActs(t)} when={due(t.dueDate)} />
            ))}
          </Kind>
          <Kind
            title="Khó khăn, đề xuất chờ ý kiến"
            total={data.awaiting.total}
            href={link({ flag: "cho-chi-dao" })}
            testId="list-awaiting"
            tone="amber"
            empty="Không có khó khăn, đề xuất nào đang chờ ý kiến."
          >
            {data.awaiting.rows.map((t) => (
              <Row
                key={t.id}
                href={task(t.id)}
                code={t.code}
                title={t.title}
                hint={[t.difficulties.trim() && `Khó khăn: ${t.difficulties}`, t.proposals.trim() && `Đề xuất: ${t.proposals}`]
                  .filter(Boolean)
                  .join("\n")}
                who={t.unitName ?? "—"}
                when={day(t.at)}
              />
            ))}
          </Kind>
          <Kind
            title={`Đơn vị chưa xác nhận báo cáo ${period.label.toLocaleLowerCase("vi-VN")}`}
            total={data.unconfirmed.length}
            href={reportsOf(filters.planId || data.unconfirmed[0]?.planId)}
            testId="list-unconfirmed"
            tone="blue"
            empty="Mọi đơn vị còn việc đã xác nhận báo cáo kỳ này."
          >
            {data.unconfirmed.slice(0, ACTION_LIST_LIMIT).map((u) => (
              <Row
                key={`${u.unitId}:${u.planId}`}
                href={reportsOf(u.planId)}
                title={u.name}
                hint={`${u.name}: đã cập nhật ${u.updated}/${u.open} nhiệm vụ còn việc từ đầu kỳ`}
                who={u.plan ?? ""}
                when={{ note: `cập nhật ${u.updated}/${u.open}` }}
              />
            ))}
          </Kind>
          <Kind
            title="Chỉ đạo chưa được tiếp nhận"
            total={data.directives.total}
            href={link({ flag: "chi-dao-chua-tiep-nhan" })}
            testId="list-directives"
            tone="blue"
            empty="Mọi ý kiến chỉ đạo đã được tiếp nhận."
          >
            {data.directives.rows.map((d) => (
              <Row
                key={d.id}
                href={task(d.taskId)}
                code={d.code}
                title={d.title}
                hint={`${d.author}: ${d.content}`}
                who={whoActs(d)}
                when={day(d.createdAt)}
              />
            ))}
          </Kind>
          {data.mandates.unassigned + data.mandates.unread > 0 ? (
            <Kind
              title="Kế hoạch tỉnh giao"
              total={data.mandates.unassigned + data.mandates.unread}
              href={routes.commune(communeId).mandates()}
              testId="list-mandates"
              tone="amber"
              empty=""
            >
              {data.mandates.unassigned > 0 ? (
                <Row
                  href={routes.commune(communeId).mandates()}
                  title={`${data.mandates.unassigned} nhiệm vụ tỉnh giao chưa giao đơn vị chủ trì`}
                  who="Cơ quan thường trực"
                  when={{ note: "giao việc" }}
                />
              ) : null}
              {data.mandates.unread > 0 ? (
                <Row
                  href={routes.commune(communeId).mandates()}
                  title={`${data.mandates.unread} kế hoạch của tỉnh có thay đổi chưa xem`}
                  who="Cơ quan thường trực"
                  when={{ note: "xem thay đổi" }}
                />
              ) : null}
            </Kind>
          ) : null}
        </div>
      </LinkIsland>
    </section>
  );
}
