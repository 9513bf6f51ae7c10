"use client";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, Field, Select, TextArea, TextInput, buttonClass } from "@/components/ui/form";
import { UnitPicker } from "@/components/ui/unit-picker";
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
  lead: Side;
  support: Side;
};
type Side = { unitIds: readonly string[]; groupIds: readonly string[] };
type Named = { id: string; name: string };
type GroupOption = Named & { memberCount: number };

/** One side of the task (chủ trì or phối hợp): unit groups first (ticked), then units named by themselves. */
function SidePicker(props: {
  role: "lead" | "support";
  label: string;
  side: Side;
  groups: GroupOption[];
  unitOptions: { value: string; label: string }[];
  errors?: Partial<Record<string, string[]>>;
}) {
  const { role, label, side, groups, unitOptions, errors } = props;
  const groupError = errors?.[`${role}GroupIds`];
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
      {groups.length > 0 ? (
        <fieldset>
          <legend className="mb-1 text-xs text-slate-500">
            Nhóm đơn vị (mọi đơn vị thành viên cùng {role === "lead" ? "chủ trì" : "phối hợp"})
          </legend>
          <div className="space-y-1">
            {groups.map((g) => (
              <label key={g.id} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name={`${role}GroupIds`}
                  value={g.id}
                  defaultChecked={side.groupIds.includes(g.id)}
                  className="mt-0.5 size-4 shrink-0 rounded border-slate-300"
                />
                <span>
                  {g.name} <span className="text-xs text-slate-500">({g.memberCount} đơn vị)</span>
                </span>
              </label>
            ))}
          </div>
          {groupError ? <p className="mt-1 text-xs text-red-700">{groupError[0]}</p> : null}
        </fieldset>
      ) : null}
      <UnitPicker
        label={`Đơn vị ${role === "lead" ? "chủ trì" : "phối hợp"}`}
        name={`${role}UnitIds`}
        options={unitOptions}
        defaultValues={[...side.unitIds]}
        invalid={!!errors?.[`${role}UnitIds`]}
        compact
      />
    </fieldset>
  );
}

/** The standing office edits a task; a reason is required and the change goes into the history. */
export function EditTaskForm({ communeId, task, units, groups }: { communeId: string; task: Task; units: Named[]; groups: GroupOption[] }) {
  const [version, setVersion] = useState(task.version);
  const [kind, setKind] = useState(task.deadlineKind);
  const { state, onSubmit, pending, setState } = useFormAction<{ version: number }>(editTaskAction, (d) => setVersion(d.version));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
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
      <div>
        {errors?.leadUnitIds || errors?.supportUnitIds ? (
          <p className="mb-1 text-xs text-red-700">{(errors?.leadUnitIds ?? errors?.supportUnitIds ?? [])[0]}</p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <SidePicker role="lead" label="Chủ trì" side={task.lead} groups={groups} unitOptions={unitOptions} errors={errors} />
          <SidePicker role="support" label="Phối hợp" side={task.support} groups={groups} unitOptions={unitOptions} errors={errors} />
        </div>
      </div>
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
