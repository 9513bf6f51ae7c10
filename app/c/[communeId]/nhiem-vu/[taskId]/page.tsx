import type { Metadata } from "next";
import { MandateBadges } from "@/components/mandates/mandate-badges";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DirectiveForm } from "@/components/tasks/directive-forms";
import { ExtensionSection } from "@/components/tasks/extension-section";
import { NotApplicableForm } from "@/components/tasks/part-forms";
import { PartsTable } from "@/components/tasks/parts-table";
import { HistoryAnchorFallback } from "@/components/tasks/history-anchor";
import { Timeline } from "@/components/tasks/timeline";
import { TaskUpdateForm } from "@/components/tasks/update-form";
import { Card, CardHeader } from "@/components/ui/card";
import { Alert, LinkButton } from "@/components/ui/form";
import { StatusBadge } from "@/components/ui/status-badge";
import { canContributeToTask, canEditTask, canGiveDirective, canReopenPart, canUpdateTask, canViewTask } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/dates";
import { getTaskDetail } from "@/lib/tasks/detail";
import { DEADLINE_KIND_LABEL, WORK_STATUS_LABEL, extendedNote } from "@/lib/tasks/status-meta";
import { formatPercent } from "@/lib/format/number";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Nhiệm vụ" };

export default async function TaskPage({ params, searchParams }: PageProps<"/c/[communeId]/nhiem-vu/[taskId]">) {
  const { communeId, taskId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewTask);
  const fullHistory = (await searchParams)["lich-su"] === "day-du";
  const detail = await getTaskDetail(commune.communeId, taskId, { fullHistory });
  if (!detail) notFound();
  const { task, parts, timeline, historyFrom, openDirectives } = detail;
  const scope = { ...commune, leadUnitIds: task.leadUnits.map((u) => u.id), supportUnitIds: task.supportUnits.map((u) => u.id) };
  // A closed task ("không phát sinh", withdrawn by the province) takes no new work: its forms are not offered.
  const open = !task.closedKind;
  const lead = open && canUpdateTask(user, scope);
  const support = open && canContributeToTask(user, scope);
  // On a group-led task a lead unit reports its own part (its own state and version).
  const ownPart = lead && parts.length > 0 ? (parts.find((p) => p.unitId === user.unitId) ?? null) : null;
  const to = routes.commune(commune.communeId);
  const fullHistoryHref = to.task(task.id, { fullHistory: true });
  const facts: [string, React.ReactNode][] = [
    ["Đơn vị chủ trì", task.leadLabel || "—"],
    ["Đơn vị phối hợp", [task.supportLabel, task.supportText].filter(Boolean).join(". ") || "—"],
    [
      "Thời hạn",
      <>
        {formatDate(task.dueDate, "date-only") || DEADLINE_KIND_LABEL[task.deadlineKind]}
        {task.originalDueDate ? (
          <span className="block text-xs font-medium text-amber-800">{extendedNote(formatDate(task.originalDueDate, "date-only"))}</span>
        ) : null}
        {task.deadlineText ? <span className="block text-xs text-slate-500">{task.deadlineText}</span> : null}
      </>,
    ],
    ["Tiến độ", `${WORK_STATUS_LABEL[task.workStatus]} · ${formatPercent(task.progress)}`],
    ["Sản phẩm", task.expectedOutput || "—"],
    [
      "Kế hoạch",
      <Link key="plan" href={to.plan(task.planId)} className="text-brand-700 hover:underline">
        {task.plan.title}
      </Link>,
    ],
  ];

  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="Đường dẫn">
        <Link href={to.tasks()} className="hover:underline">
          Nhiệm vụ
        </Link>{" "}
        / <span className="text-slate-700">{task.code}</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">
            <span className="mr-2 font-mono text-base text-slate-500">{task.code}</span>
            {task.title}
          </h1>
          {task.group ? <p className="mt-1 text-sm text-slate-600">{`${task.group.code}. ${task.group.title}`}</p> : null}
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={task.status} />
            <MandateBadges task={task} withReason />
          </div>
        </div>
        {canEditTask(user, scope) ? <LinkButton href={to.editTask(task.id)}>Điều chỉnh nhiệm vụ</LinkButton> : null}
      </div>

      {lead && openDirectives.length ? (
        <div role="status" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Có {openDirectives.length} ý kiến chỉ đạo chưa tiếp nhận. Xem trong lịch sử bên dưới và bấm “Đã tiếp nhận”.
        </div>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-5">
        <div className="space-y-5 lg:col-span-3">
          <Card>
            <dl className="grid gap-x-6 gap-y-3 px-4 py-4 text-sm sm:grid-cols-2 sm:px-5">
              {facts.map(([k, v]) => (
                <div key={k}>
                  <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
                  <dd className="text-slate-900">{v}</dd>
                </div>
              ))}
            </dl>
            {task.description && task.description !== task.title ? (
              <details className="border-t border-slate-100 px-4 py-3 text-sm sm:px-5">
                <summary className="cursor-pointer text-brand-700">Nội dung nhiệm vụ theo kế hoạch</summary>
                <p className="mt-2 whitespace-pre-line leading-relaxed text-slate-700">{task.description}</p>
              </details>
            ) : null}
          </Card>
          {parts.length > 0 ? (
            <Card>
              <CardHeader
                title="Phần việc của các đơn vị"
                description="Mỗi đơn vị thuộc nhóm chủ trì báo cáo phần việc của mình; tiến độ chung là trung bình"
              />
              <PartsTable
                communeId={commune.communeId}
                taskId={task.id}
                parts={parts}
                overall={{ status: task.status, workStatus: task.workStatus, progress: task.progress }}
                ownUnitId={lead ? user.unitId : null}
                canReopen={canReopenPart(user, commune)}
              />
            </Card>
          ) : null}
          {ownPart ? (
            <Card>
              <CardHeader
                title={`Phần việc của đơn vị ${ownPart.unitName}`}
                description="Báo cáo kết quả kỳ này của đơn vị; tình trạng chung của nhiệm vụ được tính từ phần việc của các đơn vị"
              />
              <div className="space-y-4 p-4 sm:p-5">
                {ownPart.notApplicable ? (
                  <Alert tone="info">
                    Đơn vị đã báo nhiệm vụ không phát sinh ở đơn vị (lý do: {ownPart.notApplicable.reason}). Nếu đơn vị cần báo cáo, đề nghị
                    Phòng Văn hóa - Xã hội mở lại phần việc.
                  </Alert>
                ) : (
                  <>
                    <TaskUpdateForm
                      communeId={commune.communeId}
                      taskId={task.id}
                      version={ownPart.version}
                      mode="progress"
                      part
                      current={{ workStatus: ownPart.workStatus, progress: ownPart.progress }}
                      draftKey={`ban-nhap:${user.id}:${task.id}:progress`}
                    />
                    <NotApplicableForm communeId={commune.communeId} taskId={task.id} version={ownPart.version} />
                  </>
                )}
              </div>
            </Card>
          ) : lead ? (
            <Card>
              <CardHeader title="Cập nhật tiến độ" description="Báo cáo kết quả kỳ này của đơn vị chủ trì" />
              <div className="p-4 sm:p-5">
                <TaskUpdateForm
                  communeId={commune.communeId}
                  taskId={task.id}
                  version={task.version}
                  mode="progress"
                  current={{ workStatus: task.workStatus, progress: task.progress }}
                  draftKey={`ban-nhap:${user.id}:${task.id}:progress`}
                />
              </div>
            </Card>
          ) : null}
          {support ? (
            <Card>
              <CardHeader title="Gửi nội dung phối hợp" description="Gửi cho đơn vị chủ trì; không thay đổi tình trạng nhiệm vụ" />
              <div className="p-4 sm:p-5">
                <TaskUpdateForm
                  communeId={commune.communeId}
                  taskId={task.id}
                  version={task.version}
                  mode="contribution"
                  current={{ workStatus: task.workStatus, progress: task.progress }}
                  draftKey={`ban-nhap:${user.id}:${task.id}:contribution`}
                />
              </div>
            </Card>
          ) : null}
          {open ? <ExtensionSection user={user} scope={scope} task={task} /> : null}
          {open && canGiveDirective(user, scope) ? (
            <Card>
              <CardHeader title="Ý kiến chỉ đạo" />
              <div className="p-4 sm:p-5">
                <DirectiveForm communeId={commune.communeId} taskId={task.id} version={task.version} />
              </div>
            </Card>
          ) : null}
        </div>
        <Card className="lg:col-span-2">
          <div id="lich-su" className="scroll-mt-20">
            <CardHeader title="Lịch sử thực hiện" />
          </div>
          <Timeline
            events={timeline}
            communeId={commune.communeId}
            canReturn={canEditTask(user, scope)}
            canAcknowledge={lead}
            byPart={parts.length > 0}
          />
          {historyFrom ? (
            <p className="border-t border-slate-100 px-4 py-3 text-sm text-slate-600 sm:px-5" data-testid="history-cut">
              Lịch sử từ {formatDateTime(historyFrom)} trở về sau; các lần cập nhật, điều chỉnh cũ hơn được ẩn để trang mở nhanh.{" "}
              <Link href={`${fullHistoryHref}#lich-su`} className="font-medium text-brand-700 hover:underline">
                Xem toàn bộ lịch sử
              </Link>
              <HistoryAnchorFallback fullHistoryHref={fullHistoryHref} />
            </p>
          ) : null}
        </Card>
      </div>
    </>
  );
}
