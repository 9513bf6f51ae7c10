"use client";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, Field, Select, TextArea, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { editTaskAction } from "@/lib/tasks/actions";
import { DEADLINE_KIND_LABEL } from "@/lib/tasks/status-meta";
import { ConflictNotice, type ConflictDetails } from "./conflict-notice";

type Task = {
  id: string;
  version: number;
  title: string;
  expectedOutput: string | null;
  deadlineKind: keyof typeof DEADLINE_KIND_LABEL;
  dueDate: string | null;
  deadlineText: string;
  supportText: string | null;
  leadUnitIds: string[];
  supportUnitIds: string[];
};

/** The standing office edits a task; a reason is required and the change goes into the history. */
export function EditTaskForm({ communeId, task, units }: { communeId: string; task: Task; units: { id: string; name: string }[] }) {
  const [version, setVersion] = useState(task.version);
  const [kind, setKind] = useState(task.deadlineKind);
  const { state, onSubmit, pending, setState } = useFormAction<{ version: number }>(editTaskAction, (d) => setVersion(d.version));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.details ? (state.details as ConflictDetails) : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="taskId" value={task.id} />
      <input type="hidden" name="version" value={version} />
      {conflict && state && !state.ok ? (
        <ConflictNotice
          message={state.message}
          details={conflict}
          onAccept={() => {
            setVersion(conflict.version);
            setState(null);
          }}
        />
      ) : state && !state.ok ? (
        <Alert tone="error">{state.message}</Alert>
      ) : null}
      {state?.ok ? <Alert tone="success">Đã lưu điều chỉnh nhiệm vụ.</Alert> : null}
      <Field label="Tên nhiệm vụ" name="title" errors={errors?.title}>
        <TextInput name="title" defaultValue={task.title} invalid={!!errors?.title} />
      </Field>
      <Field label="Sản phẩm" name="expectedOutput" errors={errors?.expectedOutput}>
        <TextInput name="expectedOutput" defaultValue={task.expectedOutput ?? ""} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Loại thời hạn" name="deadlineKind" errors={errors?.deadlineKind}>
          <Select name="deadlineKind" value={kind} onChange={(e) => setKind(e.target.value as Task["deadlineKind"])}>
            {(Object.keys(DEADLINE_KIND_LABEL) as Task["deadlineKind"][]).map((k) => (
              <option key={k} value={k}>
                {DEADLINE_KIND_LABEL[k]}
              </option>
            ))}
          </Select>
        </Field>
        {kind === "FIXED" || kind === "CONDITIONAL" ? (
          <DateField
            label={kind === "CONDITIONAL" ? "Hạn (khi đã có hướng dẫn)" : "Hạn hoàn thành"}
            name="dueDate"
            defaultValue={task.dueDate ?? ""}
            errors={errors?.dueDate}
          />
        ) : null}
        <Field label="Thời hạn theo văn bản" name="deadlineText" errors={errors?.deadlineText}>
          <TextInput name="deadlineText" defaultValue={task.deadlineText} />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">Đơn vị chủ trì / phối hợp</legend>
        {errors?.leadUnitIds || errors?.supportUnitIds ? (
          <p className="mb-1 text-xs text-red-700">{(errors?.leadUnitIds ?? errors?.supportUnitIds ?? [])[0]}</p>
        ) : null}
        <div className="overflow-hidden rounded-md border border-slate-200">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th className="px-3 py-1.5 text-left font-semibold">Đơn vị</th>
                <th className="w-24 px-3 py-1.5 font-semibold">Chủ trì</th>
                <th className="w-24 px-3 py-1.5 font-semibold">Phối hợp</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {units.map((u) => (
                <tr key={u.id}>
                  <td className="px-3 py-1.5">{u.name}</td>
                  <td className="px-3 py-1.5 text-center">
                    <input
                      type="checkbox"
                      name="leadUnitIds"
                      value={u.id}
                      defaultChecked={task.leadUnitIds.includes(u.id)}
                      aria-label={`${u.name} chủ trì`}
                    />
                  </td>
                  <td className="px-3 py-1.5 text-center">
                    <input
                      type="checkbox"
                      name="supportUnitIds"
                      value={u.id}
                      defaultChecked={task.supportUnitIds.includes(u.id)}
                      aria-label={`${u.name} phối hợp`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      <Field label="Đơn vị phối hợp khác (ghi bằng lời)" name="supportText" errors={errors?.supportText}>
        <TextInput name="supportText" defaultValue={task.supportText ?? ""} />
      </Field>
      <Field label="Lý do điều chỉnh (bắt buộc)" name="reason" errors={errors?.reason}>
        <TextArea name="reason" rows={2} invalid={!!errors?.reason} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu điều chỉnh"}
      </button>
    </form>
  );
}
