"use client";
// "Gửi và xác nhận đã báo cáo": every open item of the unit in one form, sent as one action (one
// transaction on the server). What is typed is kept in the browser until the submit succeeds, so a
// refusal (a task updated meanwhile, a task assigned meanwhile) or a reload loses nothing.
import { useState } from "react";
import { useDraft } from "@/components/tasks/use-draft";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { closePeriodAction } from "@/lib/reports/actions";
import { closePeriodItemSchema } from "@/lib/reports/schemas";
import { ConfirmReported } from "./confirm-reported";
import { CloseRow, ROW_FIELDS, type CloseItem, type RowField, type RowValues, type WorkStatusKey } from "./close-period-row";

type Props = {
  communeId: string;
  planId: string;
  periodKey: string;
  /** Set when the standing office reports for a unit without an account. */
  onBehalfUnitId: string | null;
  unitName: string;
  items: CloseItem[];
};

type Conflict = { taskId: string; version: number; workStatus: WorkStatusKey; progress: number };

const key = (taskId: string, field: RowField) => `${taskId}|${field}`;

function startingValues(items: CloseItem[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const item of items) {
    if (item.updatedAt) continue;
    const start: RowValues = {
      mode: "unchanged",
      note: "",
      workStatus: item.workStatus === "NOT_STARTED" ? "IN_PROGRESS" : item.workStatus,
      progress: String(item.progress),
      completedDate: "",
      result: "",
      difficulties: "",
      proposals: "",
    };
    for (const f of ROW_FIELDS) values[key(item.taskId, f)] = start[f];
  }
  return values;
}

export function ClosePeriodForm({ communeId, planId, periodKey, onBehalfUnitId, unitName, items }: Props) {
  const draft = useDraft(`close-period:${communeId}:${planId}:${periodKey}:${onBehalfUnitId ?? "own"}`, startingValues(items));
  // Versions and states the server reported after a conflict, over the page's.
  const [fresh, setFresh] = useState<Record<string, Conflict>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, Partial<Record<RowField, string[]>>>>({});
  const { state, submitForm, pending } = useFormAction(
    closePeriodAction,
    () => draft.clear(false),
    (refused) => {
      const c = refused.code === "CONFLICT" ? (refused.details as Conflict | undefined) : undefined;
      if (!c?.taskId) return;
      setFresh((f) => ({ ...f, [c.taskId]: c }));
      // A real report now starts from the state someone else just wrote; the text typed stays.
      if (draft.values[key(c.taskId, "mode")] === "update" && c.workStatus) {
        draft.update(key(c.taskId, "workStatus"), c.workStatus === "NOT_STARTED" ? "IN_PROGRESS" : c.workStatus);
        draft.update(key(c.taskId, "progress"), String(c.progress));
      }
      document.getElementById(`muc-${c.taskId}`)?.scrollIntoView({ block: "center" });
    },
  );
  const shown = items.map((i) => (fresh[i.taskId] ? { ...i, ...fresh[i.taskId] } : i));
  const pendingItems = shown.filter((i) => !i.updatedAt);
  const row = (taskId: string): RowValues | null =>
    draft.values[key(taskId, "mode")] === undefined
      ? null
      : (Object.fromEntries(ROW_FIELDS.map((f) => [f, draft.values[key(taskId, f)] ?? ""])) as RowValues);
  const updates = pendingItems.filter((i) => row(i.taskId)?.mode === "update").length;
  const conflictId = state && !state.ok && state.code === "CONFLICT" ? (state.details as Conflict | undefined)?.taskId : undefined;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const errors: typeof rowErrors = {};
    const payload = pendingItems.flatMap((i) => {
      const v = row(i.taskId);
      if (!v) return [];
      const sent =
        v.mode === "update"
          ? {
              taskId: i.taskId,
              version: i.version,
              mode: "update",
              workStatus: v.workStatus,
              progress: v.workStatus === "DONE" ? "100" : v.progress,
              completedDate: v.completedDate,
              result: v.result,
              difficulties: v.difficulties,
              proposals: v.proposals,
            }
          : { taskId: i.taskId, version: i.version, mode: "unchanged", note: v.note };
      // The same rules as the server (and the task's own form), checked here to point at the row.
      const parsed = closePeriodItemSchema.safeParse(sent);
      if (!parsed.success) errors[i.taskId] = parsed.error.flatten().fieldErrors as Partial<Record<RowField, string[]>>;
      return [sent];
    });
    setRowErrors(errors);
    const wrong = pendingItems.filter((i) => errors[i.taskId]);
    if (wrong.length > 0) {
      document.getElementById(`muc-${wrong[0]!.taskId}`)?.scrollIntoView({ block: "center" });
      return;
    }
    const form = new FormData();
    form.set("communeId", communeId);
    form.set("planId", planId);
    form.set("periodKey", periodKey);
    form.set("unitId", onBehalfUnitId ?? "");
    form.set("items", JSON.stringify(payload));
    submitForm(form);
  }

  const wrongCodes = pendingItems.filter((i) => rowErrors[i.taskId]).map((i) => i.code);
  const rows = (
    <ol className="divide-y divide-slate-100">
      {shown.map((item, index) => (
        <CloseRow
          key={item.taskId}
          item={item}
          index={index}
          values={item.updatedAt ? null : row(item.taskId)}
          errors={rowErrors[item.taskId] ?? {}}
          conflict={conflictId === item.taskId || !!rowErrors[item.taskId]}
          onChange={(field, value) => draft.update(key(item.taskId, field), value)}
        />
      ))}
    </ol>
  );
  if (pendingItems.length === 0 && !onBehalfUnitId) {
    // Everything open was reported on already: the unit only confirms.
    return (
      <div data-testid="close-period-form">
        {rows}
        <div className="border-t border-slate-200 px-4 py-3 sm:px-5">
          <ConfirmReported communeId={communeId} planId={planId} periodKey={periodKey} />
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate data-testid="close-period-form">
      {draft.restoredAt ? (
        <div className="px-4 pt-3 sm:px-5">
          <Alert tone="info">
            Đã khôi phục nội dung chưa gửi từ trình duyệt ({new Date(draft.restoredAt).toLocaleString("vi-VN")}).{" "}
            <button type="button" className="underline" onClick={() => draft.clear()}>
              Xóa bản nháp
            </button>
          </Alert>
        </div>
      ) : null}
      {rows}
      <div className="sticky bottom-0 z-10 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:px-5">
        {wrongCodes.length > 0 ? <Alert tone="error">Còn dòng cần sửa trước khi gửi: nhiệm vụ {wrongCodes.join(", ")}.</Alert> : null}
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {state?.ok ? (
          <Alert tone="success">
            Đã gửi {state.data.updates} cập nhật ({state.data.unchanged} không thay đổi) và xác nhận {unitName} đã báo cáo{" "}
            {state.data.periodLabel}.
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass.primary} disabled={pending}>
            {pending ? "Đang gửi…" : "Gửi và xác nhận đã báo cáo"}
          </button>
          <span className="text-xs text-slate-600">
            {pendingItems.length === 0
              ? "Các việc đang mở đã cập nhật trong kỳ: chỉ còn xác nhận."
              : `${pendingItems.length} nhiệm vụ sẽ được gửi: ${pendingItems.length - updates} không thay đổi, ${updates} cập nhật mới.`}
          </span>
        </div>
      </div>
    </form>
  );
}
