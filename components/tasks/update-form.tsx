"use client";
import { useState } from "react";
import { DateField } from "@/components/ui/date-field";
import { Alert, Field, Select, TextArea, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { submitContributionAction, submitTaskUpdateAction } from "@/lib/tasks/actions";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";
import { ConflictNotice, type ConflictDetails } from "./conflict-notice";
import { EvidenceInput, UPLOADING_LABEL } from "./file-input";
import { useDraft } from "./use-draft";

type Current = { workStatus: keyof typeof WORK_STATUS_LABEL; progress: number };

/** The form's values for a task in this state (a task not started yet is reported as in progress). */
function startingValues(task: Current) {
  return {
    workStatus: task.workStatus === "NOT_STARTED" ? "IN_PROGRESS" : task.workStatus,
    progress: String(task.progress),
    completedDate: "",
    result: "",
    difficulties: "",
    proposals: "",
  };
}

type Props = {
  communeId: string;
  taskId: string;
  version: number;
  /** progress: the lead unit's report; contribution: a helping unit's input (status unchanged). */
  mode: "progress" | "contribution";
  current: Current;
  draftKey: string;
  /** The report is the unit's own part of a group-led task (version and state are the part's). */
  part?: boolean;
};

export function TaskUpdateForm({ communeId, taskId, version: initialVersion, mode, current, draftKey, part = false }: Props) {
  const progressMode = mode === "progress";
  const draft = useDraft(draftKey, startingValues(current));
  const [version, setVersion] = useState(initialVersion);
  const [formKey, setFormKey] = useState(0);
  const [uploading, setUploading] = useState(false);
  const [resubmitHint, setResubmitHint] = useState(false);
  const { state, onSubmit, pending, setState } = useFormAction<{ updateId: string; version?: number } & Partial<Current>>(
    progressMode ? submitTaskUpdateAction : submitContributionAction,
    (data) => {
      // The next report starts from what was just saved, not from the page's first values.
      if (data.workStatus && data.progress !== undefined)
        draft.rebase(startingValues({ workStatus: data.workStatus, progress: data.progress }));
      draft.clear();
      if (data.version !== undefined) setVersion(data.version);
      setFormKey((k) => k + 1); // empties the file input
      setResubmitHint(false);
    },
    (refused) => {
      if (refused.code !== "CONFLICT" || !refused.details) return;
      // Someone reported meanwhile: status and percent become theirs (sending the old ones would move
      // the task backwards); the person's text stays.
      const now = startingValues(refused.details as ConflictDetails);
      draft.rebase(now);
      draft.update("workStatus", now.workStatus);
      draft.update("progress", now.progress);
    },
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.details ? (state.details as ConflictDetails) : null;
  const v = draft.values;

  return (
    <form
      key={formKey}
      onSubmit={(e) => (uploading ? e.preventDefault() : onSubmit(e))}
      className="space-y-4"
      noValidate
      data-testid={`${mode}-form`}
    >
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="taskId" value={taskId} />
      {progressMode ? <input type="hidden" name="version" value={version} /> : null}

      {draft.restoredAt ? (
        <Alert tone="info">
          Đã khôi phục nội dung chưa gửi từ trình duyệt ({new Date(draft.restoredAt).toLocaleString("vi-VN")}).{" "}
          <button type="button" className="underline" onClick={() => draft.clear()}>
            Xóa bản nháp
          </button>
        </Alert>
      ) : null}
      {conflict && state && !state.ok ? (
        <ConflictNotice
          message={state.message}
          details={conflict}
          subject={part ? "phần việc của đơn vị" : "nhiệm vụ"}
          onAccept={() => {
            setVersion(conflict.version);
            setState(null);
            setResubmitHint(true);
          }}
        />
      ) : state && !state.ok ? (
        <Alert tone="error">{state.message}</Alert>
      ) : null}
      {resubmitHint ? <Alert tone="info">Nội dung của bạn vẫn ở dưới. Bấm “Gửi cập nhật” để gửi lại trên bản mới nhất.</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {part
            ? "Đã gửi cập nhật phần việc của đơn vị."
            : progressMode
              ? "Đã gửi cập nhật tiến độ."
              : "Đã gửi nội dung phối hợp cho đơn vị chủ trì."}
        </Alert>
      ) : null}

      {progressMode ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Tình trạng thực hiện" name="workStatus" errors={errors?.workStatus}>
            <Select name="workStatus" value={v.workStatus} onChange={(e) => draft.update("workStatus", e.target.value)}>
              {(Object.keys(WORK_STATUS_LABEL) as (keyof typeof WORK_STATUS_LABEL)[]).map((s) => (
                <option key={s} value={s}>
                  {WORK_STATUS_LABEL[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Tiến độ (%)" name="progress" errors={errors?.progress}>
            <TextInput
              name="progress"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              value={v.workStatus === "DONE" ? "100" : v.progress}
              disabled={v.workStatus === "DONE"}
              onChange={(e) => draft.update("progress", e.target.value)}
              invalid={!!errors?.progress}
            />
          </Field>
          {v.workStatus === "DONE" ? (
            <DateField
              label="Ngày hoàn thành"
              name="completedDate"
              value={v.completedDate}
              onChange={(day) => draft.update("completedDate", day)}
              errors={errors?.completedDate}
            />
          ) : null}
          {v.workStatus === "DONE" ? <input type="hidden" name="progress" value="100" /> : null}
        </div>
      ) : null}

      <Field label={progressMode ? "Kết quả thực hiện trong kỳ" : "Nội dung đơn vị đã phối hợp"} name="result" errors={errors?.result}>
        <TextArea
          name="result"
          rows={4}
          value={v.result}
          invalid={!!errors?.result}
          onChange={(e) => draft.update("result", e.target.value)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Khó khăn, vướng mắc" name="difficulties" errors={errors?.difficulties}>
          <TextArea
            name="difficulties"
            rows={3}
            value={v.difficulties}
            invalid={!!errors?.difficulties}
            onChange={(e) => draft.update("difficulties", e.target.value)}
          />
        </Field>
        <Field label="Đề xuất, kiến nghị" name="proposals" errors={errors?.proposals}>
          <TextArea
            name="proposals"
            rows={3}
            value={v.proposals}
            invalid={!!errors?.proposals}
            onChange={(e) => draft.update("proposals", e.target.value)}
          />
        </Field>
      </div>
      <EvidenceInput communeId={communeId} errors={errors?.files} onUploading={setUploading} />
      <button type="submit" disabled={pending || uploading} className={buttonClass.primary}>
        {uploading ? UPLOADING_LABEL : pending ? "Đang gửi…" : progressMode ? "Gửi cập nhật" : "Gửi nội dung phối hợp"}
      </button>
    </form>
  );
}
