"use client";
// The mandated tasks of one province plan, those nobody leads first. The office ticks tasks (those with
// a proposal come ticked) and either assigns each by its own proposal, or chooses units / unit groups
// for all the ticked ones; a task that does not arise in the commune is closed with a reason.
import Link from "next/link";
import { useState } from "react";
import { Alert, TextArea, buttonClass } from "@/components/ui/form";
import { StatusBadge } from "@/components/ui/status-badge";
import { UnitPicker } from "@/components/ui/unit-picker";
import { useFormAction } from "@/components/ui/use-form-action";
import { assignMandatesAction, markMandateNotApplicableAction, reopenMandateAction } from "@/lib/mandates/actions";
import { NOT_APPLICABLE_MIN } from "@/lib/mandates/schemas";
import type { DeadlineStatus } from "@/lib/tasks/deadline-status";

export type TaskRowView = {
  id: string;
  version: number;
  code: string;
  title: string;
  href: string;
  status: DeadlineStatus;
  deadline: string;
  /** The province's wording or deadline when the commune's differs. */
  provinceNote: string | null;
  leadLabel: string | null;
  proposal: { label: string; reason: string } | null;
  closed: { label: string; reason: string | null; byProvince: boolean } | null;
};
type Group = { id: string; name: string; memberCount: number };

function CloseOrReopen({ communeId, task }: { communeId: string; task: TaskRowView }) {
  const [open, setOpen] = useState(false);
  const close = useFormAction(markMandateNotApplicableAction, () => setOpen(false));
  const reopen = useFormAction(reopenMandateAction);
  if (task.closed) {
    if (task.closed.byProvince) return null;
    return (
      <form onSubmit={reopen.onSubmit} className="inline">
        <input type="hidden" name="communeId" value={communeId} />
        <input type="hidden" name="taskId" value={task.id} />
        <input type="hidden" name="version" value={task.version} />
        <button type="submit" className="text-xs font-medium text-brand-700 hover:underline" disabled={reopen.pending}>
          Mở lại
        </button>
        {reopen.state && !reopen.state.ok ? <span className="ml-2 text-xs text-red-700">{reopen.state.message}</span> : null}
      </form>
    );
  }
  if (!open) {
    return (
      <button type="button" className="text-xs font-medium text-slate-700 hover:underline" onClick={() => setOpen(true)}>
        Không phát sinh
      </button>
    );
  }
  const err = close.state && !close.state.ok ? close.state : null;
  return (
    <form onSubmit={close.onSubmit} className="mt-2 w-full space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2" noValidate>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="taskId" value={task.id} />
      <input type="hidden" name="version" value={task.version} />
      <label className="block text-xs text-slate-700" htmlFor={`reason-${task.id}`}>
        Lý do nhiệm vụ không phát sinh ở xã/phường (ít nhất {NOT_APPLICABLE_MIN} ký tự; tỉnh xem được lý do này)
      </label>
      <TextArea id={`reason-${task.id}`} name="reason" rows={2} invalid={!!err?.fieldErrors?.reason} />
      {err ? <p className="text-xs text-red-700">{err.fieldErrors?.reason?.[0] ?? err.message}</p> : null}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass.primary} disabled={close.pending}>
          Báo không phát sinh
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => setOpen(false)}>
          Hủy
        </button>
      </div>
    </form>
  );
}

export function MandateTaskRows(props: {
  communeId: string;
  tasks: TaskRowView[];
  canManage: boolean;
  units: { value: string; label: string }[];
  groups: Group[];
}) {
  const { communeId, tasks, canManage, units, groups } = props;
  const open = tasks.filter((t) => !t.closed);
  const [checked, setChecked] = useState<Set<string>>(() => new Set(open.filter((t) => !t.leadLabel && t.proposal).map((t) => t.id)));
  const [choosing, setChoosing] = useState(false);
  const assign = useFormAction<{ taskIds: string[] }>(assignMandatesAction, () => {
    setChecked(new Set());
    setChoosing(false);
  });
  const picked = open.filter((t) => checked.has(t.id));
  const toggle = (id: string) =>
    setChecked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const hidden = (
    <>
      <input type="hidden" name="communeId" value={communeId} />
      {picked.map((t) => (
        <span key={t.id}>
          <input type="hidden" name="taskIds" value={t.id} />
          <input type="hidden" name="versions" value={t.version} />
        </span>
      ))}
    </>
  );
  return (
    <div>
      {canManage && open.length > 0 ? (
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white/95 px-4 py-2 sm:px-5">
          <span className="text-sm text-slate-700">Đã chọn {picked.length}</span>
          <form onSubmit={assign.onSubmit}>
            {hidden}
            <input type="hidden" name="useProposals" value="on" />
            <button
              type="submit"
              className={buttonClass.primary}
              disabled={assign.pending || picked.length === 0 || picked.some((t) => !t.proposal)}
            >
              Giao theo đề xuất
            </button>
          </form>
          <button type="button" className={buttonClass.secondary} disabled={picked.length === 0} onClick={() => setChoosing((v) => !v)}>
            Chọn đơn vị…
          </button>
        </div>
      ) : null}
      {choosing && picked.length > 0 ? (
        <form onSubmit={assign.onSubmit} className="space-y-3 border-b border-slate-200 bg-slate-50 px-4 py-3 sm:px-5" noValidate>
          {hidden}
          <p className="text-sm text-slate-700">Giao {picked.length} nhiệm vụ đã chọn cho:</p>
          {groups.length > 0 ? (
            <fieldset className="space-y-1">
              <legend className="text-xs text-slate-500">Nhóm đơn vị chủ trì (mọi đơn vị thành viên cùng chủ trì)</legend>
              {groups.map((g) => (
                <label key={g.id} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="leadGroupIds" value={g.id} className="mt-0.5 size-4 rounded border-slate-300" />
                  <span>
                    {g.name} <span className="text-xs text-slate-500">({g.memberCount} đơn vị)</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <UnitPicker
            label="Đơn vị chủ trì"
            name="leadUnitIds"
            options={units}
            compact
            invalid={!!(assign.state && !assign.state.ok && assign.state.fieldErrors?.leadUnitIds)}
          />
          <UnitPicker label="Đơn vị phối hợp" name="supportUnitIds" options={units} compact />
          <button type="submit" className={buttonClass.primary} disabled={assign.pending}>
            Giao việc
          </button>
        </form>
      ) : null}
      {assign.state ? (
        <div className="px-4 pt-3 sm:px-5">
          {assign.state.ok ? (
            <Alert tone="success">Đã giao {assign.state.data.taskIds.length} nhiệm vụ.</Alert>
          ) : (
            <Alert tone="error">{assign.state.fieldErrors?.leadUnitIds?.[0] ?? assign.state.message}</Alert>
          )}
        </div>
      ) : null}
      <ul className="divide-y divide-slate-100" data-testid="mandated-tasks">
        {tasks.map((t) => (
          <li key={t.id} className={`flex gap-3 px-4 py-3 sm:px-5 ${t.closed ? "bg-slate-50 text-slate-500" : ""}`} data-task={t.code}>
            {canManage && !t.closed ? (
              <input
                type="checkbox"
                aria-label={`Chọn nhiệm vụ ${t.code}`}
                checked={checked.has(t.id)}
                onChange={() => toggle(t.id)}
                className="mt-1 size-4 shrink-0 rounded border-slate-300"
              />
            ) : (
              <span className="w-4 shrink-0" />
            )}
            <div className="min-w-0 flex-1 space-y-1 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-xs font-semibold text-slate-500">{t.code}</span>
                <Link href={t.href} className="font-medium text-brand-700 hover:underline">
                  {t.title}
                </Link>
                {t.closed ? (
                  <span className="rounded bg-slate-200 px-1.5 py-0.5 text-[11px] font-semibold text-slate-800">{t.closed.label}</span>
                ) : (
                  <StatusBadge status={t.status} />
                )}
              </div>
              <p className="text-xs text-slate-600">
                Hạn: {t.deadline}
                {t.provinceNote ? <span className="ml-1 text-amber-800">({t.provinceNote})</span> : null}
              </p>
              {t.closed?.reason ? <p className="text-xs">Lý do: {t.closed.reason}</p> : null}
              {t.leadLabel ? (
                <p className="text-xs text-slate-700">Chủ trì: {t.leadLabel}</p>
              ) : t.closed ? null : (
                <p className="text-xs">
                  <span className="font-semibold text-amber-800">Chưa giao</span>
                  {t.proposal ? (
                    <span className="text-slate-700">
                      {" "}
                      · Đề xuất: <b>{t.proposal.label}</b> <span className="text-slate-500">({t.proposal.reason})</span>
                    </span>
                  ) : null}
                </p>
              )}
              {canManage ? <CloseOrReopen communeId={communeId} task={t} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
