"use client";
// One task of the working copy, new or edited: code and group, wording, the deadline (the commune
// tasks' kinds), the lead and helpers as the province writes them, the communes it goes to and
// whether a commune may adapt its wording.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, buttonClass, Field, optionsOf, Select, TextArea, TextInput } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveProvinceTaskAction } from "@/lib/province-plans/actions";
import type { WorkingCopyTask } from "@/lib/province-plans/queries";
import { DEADLINE_KIND_LABEL } from "@/lib/tasks/status-meta";
import { PlanTargets } from "./plan-targets";

type Props = {
  provinceId: string;
  planId: string;
  version: number;
  task: WorkingCopyTask | null;
  communes: { id: string; name: string }[];
  closeHref: string;
};

export function AuthoringTaskForm({ provinceId, planId, version, task, communes, closeHref }: Props) {
  const router = useRouter();
  const [kind, setKind] = useState<string>(task?.deadlineKind ?? "FIXED");
  const { state, onSubmit, pending } = useFormAction(saveProvinceTaskAction, () => router.push(closeHref));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="province-task-form">
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="taskId" value={task?.id ?? ""} />
      <div className="grid grid-cols-[6rem_6rem_1fr] gap-2">
        <Field label="Mã" name="code" errors={errors?.code}>
          <TextInput name="code" required defaultValue={task?.code ?? ""} placeholder="2.1" invalid={!!errors?.code} />
        </Field>
        <Field label="Mã nhóm" name="groupCode" errors={errors?.groupCode}>
          <TextInput name="groupCode" defaultValue={task?.groupCode ?? ""} placeholder="II" />
        </Field>
        <Field label="Tên nhóm" name="groupTitle" errors={errors?.groupTitle}>
          <TextInput name="groupTitle" defaultValue={task?.groupTitle ?? ""} placeholder="Về dữ liệu" />
        </Field>
      </div>
      <Field label="Tên nhiệm vụ" name="title" errors={errors?.title}>
        <TextInput name="title" required defaultValue={task?.title ?? ""} invalid={!!errors?.title} />
      </Field>
      <Field label="Nội dung" name="description" errors={errors?.description}>
        <TextArea name="description" rows={3} defaultValue={task?.description ?? ""} />
      </Field>
      <Field label="Sản phẩm" name="expectedOutput" errors={errors?.expectedOutput}>
        <TextInput name="expectedOutput" defaultValue={task?.expectedOutput ?? ""} />
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label="Loại thời hạn" name="deadlineKind" errors={errors?.deadlineKind}>
          <Select
            name="deadlineKind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            options={optionsOf(Object.keys(DEADLINE_KIND_LABEL) as (keyof typeof DEADLINE_KIND_LABEL)[], DEADLINE_KIND_LABEL)}
          />
        </Field>
        {kind === "FIXED" ? (
          <DateField label="Hạn hoàn thành" name="dueDate" defaultValue={task?.dueDate ?? ""} errors={errors?.dueDate} />
        ) : (
          <div />
        )}
      </div>
      <Field label="Thời hạn theo văn bản" name="deadlineText" errors={errors?.deadlineText}>
        <TextInput name="deadlineText" defaultValue={task?.deadlineText ?? ""} placeholder="Trước ngày 01/7/2026" />
      </Field>
      <Field
        label="Chủ trì (như văn bản ghi)"
        name="leadText"
        errors={errors?.leadText}
        hint="Ví dụ: UBND các xã, phường. Xã, phường tự giao đơn vị chủ trì của mình."
      >
        <TextInput name="leadText" defaultValue={task?.leadText ?? ""} />
      </Field>
      <Field label="Phối hợp" name="supportText" errors={errors?.supportText}>
        <TextInput name="supportText" defaultValue={task?.supportText ?? ""} />
      </Field>
      <PlanTargets
        communes={communes}
        targetAll={task?.targetAll ?? true}
        targetCommuneIds={task?.targetCommuneIds ?? []}
        errors={errors?.targetCommuneIds}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="adaptable" defaultChecked={task?.adaptable ?? false} className="mt-0.5" />
        <span>
          Xã, phường được điều chỉnh nội dung cho phù hợp
          <span className="block text-xs text-slate-500">Không đánh dấu: xã, phường giữ nguyên nội dung tỉnh giao.</span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Đang lưu…" : task ? "Lưu nhiệm vụ" : "Thêm nhiệm vụ"}
        </button>
        <a href={closeHref} className={buttonClass.secondary}>
          Đóng
        </a>
      </div>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
