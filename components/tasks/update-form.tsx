"use client";
import { useState } from "react";
import { Alert, Field, Select, TextArea, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { submitContributionAction, submitTaskUpdateAction } from "@/lib/tasks/actions";
import { WORK_STATUS_LABEL } from "@/lib/tasks/status-meta";
import { ConflictNotice, type ConflictDetails } from "./conflict-notice";
import { EvidenceInput } from "./file-input";
import { useDraft } from "./use-draft";

type Props = {
  communeId: string;
  taskId: string;
  version: number;
  /** progress: the lead unit's report; contribution: a helping unit's input (status unchanged). */
  mode: "progress" | "contribution";
  current: { workStatus: keyof typeof WORK_STATUS_LABEL; progress: number };
  draftKey: string;
};

export function TaskUpdateForm({ communeId, taskId, version: initialVersion, mode, current, draftKey }: Props) {
  const progressMode = mode === "progress";
  const initial = {
    workStatus: current.workStatus === "NOT_STARTED" ? "IN_PROGRESS" : current.workStatus,
    progress: String(current.progress),
    completedDate: "",
    result: "",
    difficulties: "",
    proposals: "",
  };
  const draft = useDraft(draftKey, initial);
  const [version, setVersion] = useState(initialVersion);
  const [formKey, setFormKey] = useState(0);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [resubmitHint, setResubmitHint] = useState(false);
  const { state, onSubmit, pending, setState } = useFormAction<{ updateId: string; version?: number }>(
    progressMode ? submitTaskUpdateAction : submitContributionAction,
    (data) => {
      draft.clear();
      if (data.version !== undefined) setVersion(data.version);
      setFormKey((k) => k + 1); // empties the file input
      setResubmitHint(false);
    },
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.details ? (state.details as ConflictDetails) : null;
  const v = draft.values;

  return (
    <form
      key={formKey}
      onSubmit={(e) => (fileProblem ? e.preventDefault() : onSubmit(e))}
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
        <Alert tone="success">{progressMode ? "Đã gửi cập nhật tiến độ." : "Đã gửi nội dung phối hợp cho đơn vị chủ trì."}</Alert>
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
            <Field label="Ngày hoàn thành" name="completedDate" errors={errors?.completedDate}>
              <TextInput
                name="completedDate"
                type="date"
                value={v.completedDate}
                onChange={(e) => draft.update("completedDate", e.target.value)}
                invalid={!!errors?.completedDate}
              />
            </Field>
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
      <EvidenceInput errors={errors?.files} onProblem={setFileProblem} />
      {fileProblem ? <Alert tone="error">{fileProblem}</Alert> : null}
      <button type="submit" disabled={pending || !!fileProblem} className={buttonClass.primary}>
        {pending ? "Đang gửi…" : progressMode ? "Gửi cập nhật" : "Gửi nội dung phối hợp"}
      </button>
    </form>
  );
}
