"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, buttonClass } from "@/components/ui/form";
import { UnitPicker } from "@/components/ui/unit-picker";
import { useFormAction } from "@/components/ui/use-form-action";
import { applyImportAction, discardImportAction, saveImportDraftAction } from "@/lib/import/actions";
import { OTHER_COMMUNE_CONFIRM, otherCommuneWarning } from "@/lib/import/commune-check";
import type { PlanDraft, TaskDraft } from "@/lib/import/types";
import { matchUnit, type UnitRef } from "@/lib/units/match";
import { parseImportDeadline } from "@/lib/tasks/deadline-text";
import { PlanHeadingFields, reviewInputClass as input } from "./review-heading";
import { GroupMappingsEditor, TaskGroupLines, type ReviewGroup } from "./group-mappings";
import { routes } from "@/lib/routes";

const KIND_LABEL: Record<TaskDraft["deadline"]["kind"], string> = {
  DATE: "Ngày cụ thể",
  BEFORE_DATE: "Trước ngày",
  RECURRING: "Thường xuyên",
  IMMEDIATE_RECURRING: "Ngay và thường xuyên",
  PERIODIC: "Định kỳ",
  CONDITIONAL: "Theo điều kiện",
  NONE: "Không ghi thời hạn",
};

function Messages({ state }: { state: { ok: false; message: string; fieldErrors?: Record<string, string[]> } }) {
  const details = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <Alert tone="error">
      {state.message}
      {details.length ? (
        <ul className="mt-1 list-disc pl-5">
          {details.slice(0, 20).map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

export function ReviewForm({
  communeId,
  importId,
  communeName,
  initial,
  units,
  groups,
  source,
  reimport = false,
}: {
  communeId: string;
  importId: string;
  /** The commune the plan would be created in, to catch a document of another one. */
  communeName: string;
  initial: PlanDraft;
  units: UnitRef[];
  /** The commune's unit groups, for what the document's collective wording becomes. */
  groups: ReviewGroup[];
  source: string[];
  /** Updating an existing plan: the page shows the changes of the saved draft above the form. */
  reimport?: boolean;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const save = useFormAction<{ importId: string }>(saveImportDraftAction, () => router.refresh());
  const apply = useFormAction<{ planId: string }>(applyImportAction, (d) => router.push(routes.commune(communeId).plan(d.planId)));
  const discard = useFormAction<{ importId: string }>(discardImportAction, () => router.push(routes.commune(communeId).plans()));
  const json = useMemo(() => JSON.stringify(draft), [draft]);
  // The tasks keep unit names as the plan wrote them: a tag shows which unit of the list a name
  // matches, or that the name will create a new unit when the plan is created.
  const unitOptions = useMemo(() => units.map((u) => ({ value: u.name, label: u.name })), [units]);
  const describeUnit = (n: string) => {
    const m = matchUnit(n, units);
    return m ? { text: `✓ ${m.name}`, tone: "ok" as const } : { text: `+ đơn vị mới: ${n}`, tone: "new" as const };
  };
  const newUnits = useMemo(
    () => [...new Set(draft.tasks.flatMap((t) => [...t.leadUnits, ...t.supportUnits]).filter((n) => !matchUnit(n, units)))],
    [draft, units],
  );

  const setTask = (i: number, patch: Partial<TaskDraft>) =>
    setDraft((d) => ({ ...d, tasks: d.tasks.map((t, j) => (j === i ? { ...t, ...patch } : t)) }));
  const removeTask = (i: number) => setDraft((d) => ({ ...d, tasks: d.tasks.filter((_, j) => j !== i) }));
  const mergeWithPrevious = (i: number) =>
    setDraft((d) => {
      const prev = d.tasks[i - 1];
      const cur = d.tasks[i];
      // The button only exists on rows after the first, so both rows are there; a stale index changes nothing.
      if (!prev || !cur) return d;
      const merged = {
        ...prev,
        description: `${prev.description}\n${cur.description}`.trim(),
        sourceLines: [prev.sourceLines[0], cur.sourceLines[1]] as [number, number],
      };
      return { ...d, tasks: d.tasks.flatMap((t, j) => (j === i - 1 ? [merged] : j === i ? [] : [t])) };
    });
  /** Splits a task in two: the copy gets a new code and the second half of the description to edit. */
  const splitTask = (i: number) =>
    setDraft((d) => {
      const t = d.tasks[i];
      if (!t) return d; // stale index from a row that is already gone: nothing to split
      const sentences = t.description.split(/(?<=[.;])\s+/);
      const half = Math.max(1, Math.ceil(sentences.length / 2));
      const codes = new Set(d.tasks.map((x) => x.code));
      let n = 2;
      while (codes.has(`${t.code}-${n}`)) n += 1;
      const first = { ...t, description: sentences.slice(0, half).join(" ") };
      const second = { ...t, code: `${t.code}-${n}`, description: sentences.slice(half).join(" "), title: `${t.title} (phần ${n})` };
      return { ...d, tasks: d.tasks.flatMap((x, j) => (j === i ? [first, second] : [x])) };
    });
  const hidden = (
    <>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="draft" value={json} />
    </>
  );
  const failure = [apply.state, save.state, discard.state].find((s) => s && !s.ok);
  // A new plan only: re-importing into an existing plan keeps that plan's commune.
  const otherCommune = reimport ? null : otherCommuneWarning(draft.commune, communeName);

  return (
    <div className="space-y-5" data-testid="import-review">
      {draft.warnings.length ? (
        <Alert tone="info">
          <p className="font-semibold">Cần kiểm tra ({draft.warnings.length}):</p>
          <ul className="mt-1 list-disc pl-5" data-testid="import-warnings">
            {draft.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {failure && !failure.ok ? <Messages state={failure} /> : null}
      {save.state?.ok ? <Alert tone="success">Đã lưu bản nháp.</Alert> : null}

      <section className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <PlanHeadingFields draft={draft} setDraft={setDraft} />
        {draft.groups.length ? (
          <fieldset className="text-sm sm:col-span-2">
            <legend className="mb-1 font-medium text-slate-700">Nhóm nhiệm vụ ({draft.groups.length})</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {draft.groups.map((g, gi) => (
                <label key={g.code} className="flex items-center gap-2">
                  <span className="w-10 shrink-0 font-mono text-xs">{g.code}.</span>
                  <input
                    className={input}
                    aria-label={`Tên nhóm ${g.code}`}
                    value={g.title}
                    onChange={(e) =>
                      setDraft((d) => ({ ...d, groups: d.groups.map((x, j) => (j === gi ? { ...x, title: e.target.value } : x)) }))
                    }
                  />
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {draft.indicators.length ? (
          <fieldset className="text-sm sm:col-span-2" data-testid="import-indicators">
            <legend className="mb-1 font-medium text-slate-700">Chỉ tiêu đọc được ({draft.indicators.length}) — lưu cùng kế hoạch</legend>
            <div className="space-y-2">
              {draft.indicators.map((k, ki) => {
                const setIndicator = (patch: Partial<typeof k>) =>
                  setDraft((d) => ({ ...d, indicators: d.indicators.map((x, j) => (j === ki ? { ...x, ...patch } : x)) }));
                return (
                  <div key={`${k.sourceText}-${ki}`} className="grid gap-2 sm:grid-cols-[1fr_5rem_6rem_9rem_auto]">
                    <input
                      className={input}
                      aria-label="Tên chỉ tiêu"
                      value={k.name}
                      onChange={(e) => setIndicator({ name: e.target.value })}
                    />
                    <select
                      className={input}
                      aria-label="So sánh"
                      value={k.comparison}
                      onChange={(e) => setIndicator({ comparison: e.target.value as typeof k.comparison })}
                    >
                      <option value=">=">≥</option>
                      <option value="=">=</option>
                      <option value=">">&gt;</option>
                    </select>
                    <input
                      className={input}
                      aria-label="Mục tiêu"
                      type="number"
                      value={k.target}
                      onChange={(e) => setIndicator({ target: Number(e.target.value) })}
                    />
                    <DateField
                      hideLabel
                      name={`indicator-${ki}-dueDate`}
                      label="Hạn"
                      value={k.dueDate ?? ""}
                      onChange={(day) => setIndicator({ dueDate: day || null })}
                    />
                    <button
                      type="button"
                      className="text-xs text-red-700 underline"
                      onClick={() => setDraft((d) => ({ ...d, indicators: d.indicators.filter((_, j) => j !== ki) }))}
                    >
                      Bỏ
                    </button>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ) : null}
      </section>

      <GroupMappingsEditor draft={draft} setDraft={setDraft} groups={groups} units={units} />

      {newUnits.length ? (
        <Alert tone="info">
          Sẽ tạo {newUnits.length} đơn vị mới chưa có trong danh sách đơn vị: {newUnits.join("; ")}. Sửa tên nếu đó là đơn vị đã có.
        </Alert>
      ) : null}

      <ol className="space-y-3">
        {draft.tasks.map((t, i) => {
          const warned = draft.warnings.some((w) => w.includes(`Nhiệm vụ ${t.code}`));
          return (
            <li
              key={`${t.code}-${t.sourceLines[0]}`}
              data-import-task={t.code}
              className={`rounded-lg border bg-white p-3 text-sm ${warned ? "border-amber-400" : "border-slate-200"}`}
            >
              <div className="grid gap-2 sm:grid-cols-[6rem_1fr_10rem]">
                <label>
                  <span className="text-xs text-slate-500">Mã</span>
                  <input className={input} value={t.code} onChange={(e) => setTask(i, { code: e.target.value })} />
                </label>
                <label>
                  <span className="text-xs text-slate-500">Tên nhiệm vụ</span>
                  <input className={input} value={t.title} onChange={(e) => setTask(i, { title: e.target.value })} />
                </label>
                <label>
                  <span className="text-xs text-slate-500">Nhóm</span>
                  <select className={input} value={t.group ?? ""} onChange={(e) => setTask(i, { group: e.target.value || null })}>
                    <option value="">(không nhóm)</option>
                    {draft.groups.map((g) => (
                      <option key={g.code} value={g.code}>
                        {g.code}. {g.title}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                <UnitPicker
                  compact
                  allowNew
                  label="Chủ trì"
                  options={unitOptions}
                  values={t.leadUnits}
                  onChange={(leadUnits) => setTask(i, { leadUnits })}
                  describe={describeUnit}
                />
                <div>
                  <UnitPicker
                    compact
                    allowNew
                    label="Phối hợp"
                    options={unitOptions}
                    values={t.supportUnits}
                    onChange={(supportUnits) => setTask(i, { supportUnits })}
                    describe={describeUnit}
                  />
                  {t.supportText ? <span className="text-xs text-slate-500">Ghi bằng lời: {t.supportText}</span> : null}
                </div>
                <div className="sm:col-span-2">
                  <TaskGroupLines task={t} mappings={draft.groupMappings} groups={groups} source={source} />
                </div>
                <label className="sm:col-span-2">
                  <span className="text-xs text-slate-500">
                    Thời hạn theo văn bản → <b>{KIND_LABEL[t.deadline.kind]}</b>
                    {t.deadline.date ? ` · hạn ${t.deadline.date.split("-").reverse().join("/")}` : ""}
                  </span>
                  <input
                    className={input}
                    value={t.deadline.text}
                    onChange={(e) => {
                      const parsed = parseImportDeadline(e.target.value);
                      setTask(i, { deadline: { ...parsed, text: e.target.value } });
                    }}
                  />
                </label>
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-xs text-brand-700">
                  Nội dung và văn bản gốc (dòng {t.sourceLines[0] + 1}–{t.sourceLines[1] + 1})
                </summary>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  <textarea
                    className={input}
                    rows={6}
                    value={t.description}
                    onChange={(e) => setTask(i, { description: e.target.value })}
                  />
                  <pre className="max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs text-slate-700">
                    {source.slice(t.sourceLines[0], t.sourceLines[1] + 1).join("\n")}
                  </pre>
                </div>
              </details>
              <div className="mt-2 flex gap-3 text-xs">
                {i > 0 ? (
                  <button type="button" className="text-brand-700 underline" onClick={() => mergeWithPrevious(i)}>
                    Gộp vào nhiệm vụ trước
                  </button>
                ) : null}
                <button type="button" className="text-brand-700 underline" onClick={() => splitTask(i)}>
                  Tách làm hai
                </button>
                <button type="button" className="text-red-700 underline" onClick={() => removeTask(i)}>
                  Bỏ nhiệm vụ này
                </button>
              </div>
            </li>
          );
        })}
      </ol>

      <div className="sticky bottom-0 flex flex-wrap gap-2 border-t border-slate-200 bg-slate-50/95 py-3">
        <form onSubmit={apply.onSubmit} className="flex flex-wrap items-center gap-2">
          {hidden}
          {otherCommune ? (
            <label className="flex max-w-xl items-start gap-2 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800">
              <input type="checkbox" name="confirmOtherCommune" className="mt-1" data-testid="confirm-other-commune" />
              <span>
                <strong>{otherCommune}</strong> {OTHER_COMMUNE_CONFIRM}
              </span>
            </label>
          ) : null}
          <button type="submit" disabled={apply.pending} className={buttonClass.primary}>
            {apply.pending ? "Đang áp dụng…" : reimport ? "Áp dụng thay đổi vào kế hoạch" : `Tạo kế hoạch (${draft.tasks.length} nhiệm vụ)`}
          </button>
        </form>
        <form onSubmit={save.onSubmit}>
          {hidden}
          <button type="submit" disabled={save.pending} className={buttonClass.secondary}>
            {save.pending ? "Đang lưu…" : reimport ? "Lưu bản nháp và cập nhật phần so sánh" : "Lưu bản nháp"}
          </button>
        </form>
        <form onSubmit={discard.onSubmit}>
          <input type="hidden" name="communeId" value={communeId} />
          <input type="hidden" name="importId" value={importId} />
          <button type="submit" disabled={discard.pending} className={buttonClass.secondary}>
            Hủy bản nhập
          </button>
        </form>
      </div>
    </div>
  );
}
