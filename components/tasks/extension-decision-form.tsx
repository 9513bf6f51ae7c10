"use client";
// The chair's answer to an extension request: approve the requested date, approve another date, or
// refuse with a comment. Asked once more before it is sent (useConfirm), since the deadline moves
// for everyone at once. Used on the task page and, compact, in the dashboard's list.
import { useState } from "react";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { DateField } from "@/components/ui/date-field";
import { Alert, TextArea, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatDateKey } from "@/lib/dates";
import { decideExtensionAction } from "@/lib/tasks/extensions/actions";
import type { EXTENSION_DECISIONS } from "@/lib/tasks/extensions/limits";

type Decision = (typeof EXTENSION_DECISIONS)[number];

export function ExtensionDecisionForm({
  communeId,
  extensionId,
  currentDueDate,
  requestedDueDate,
  compact = false,
}: {
  communeId: string;
  extensionId: string;
  currentDueDate: string;
  requestedDueDate: string;
  compact?: boolean;
}) {
  const [decision, setDecision] = useState<Decision>("APPROVE");
  const [otherDate, setOtherDate] = useState("");
  const { state, submitForm, pending } = useFormAction<{ status: string; dueDate: string | null }>(decideExtensionAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const requested = formatDateKey(requestedDueDate);
  const question =
    decision === "REFUSE"
      ? {
          title: "Không chấp thuận đề nghị gia hạn?",
          message: "Thời hạn giữ nguyên; đơn vị nhận được ý kiến của Chủ tịch.",
          action: "Không chấp thuận",
          tone: "danger" as const,
        }
      : {
          title: "Chấp thuận gia hạn?",
          message: `Thời hạn của nhiệm vụ đổi từ ${formatDateKey(currentDueDate)} thành ${decision === "APPROVE" ? requested : otherDate ? formatDateKey(otherDate) : "ngày đã nhập"} từ hôm nay; đơn vị được thông báo.`,
          action: "Chấp thuận gia hạn",
          tone: "primary" as const,
        };
  const confirm = useConfirm(question);
  const id = (s: string) => `${s}-${extensionId}`;
  const options: [Decision, string][] = [
    ["APPROVE", `Chấp thuận đến ${requested}`],
    ["APPROVE_OTHER", "Chấp thuận thời hạn khác"],
    ["REFUSE", "Không chấp thuận"],
  ];
  if (state?.ok) {
    return (
      <Alert tone="success">
        {state.data.status === "APPROVED" && state.data.dueDate
          ? `Đã chấp thuận gia hạn đến ${formatDateKey(state.data.dueDate)}.`
          : "Đã gửi ý kiến không chấp thuận."}
      </Alert>
    );
  }
  return (
    <form onSubmit={confirm.onSubmit(submitForm)} className="space-y-2" noValidate data-testid="extension-decision-form">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="extensionId" value={extensionId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <fieldset>
        <legend className={compact ? "sr-only" : "mb-1 text-sm font-medium text-slate-700"}>Ý kiến của Chủ tịch</legend>
        <div className={`flex flex-wrap gap-x-4 gap-y-1 text-sm ${compact ? "" : "flex-col"}`}>
          {options.map(([value, label]) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {decision === "APPROVE_OTHER" ? (
        <DateField
          label="Thời hạn mới được chấp thuận"
          name="approvedDueDate"
          value={otherDate}
          onChange={setOtherDate}
          errors={errors?.approvedDueDate}
          compact={compact}
        />
      ) : null}
      <div>
        <label htmlFor={id("comment")} className={compact ? "sr-only" : "mb-1 block text-sm font-medium text-slate-700"}>
          {decision === "REFUSE" ? "Lý do không chấp thuận" : "Ý kiến (không bắt buộc)"}
        </label>
        <TextArea
          id={id("comment")}
          name="comment"
          rows={compact ? 1 : 2}
          invalid={!!errors?.comment}
          placeholder={decision === "REFUSE" ? "Lý do không chấp thuận (bắt buộc)" : "Ý kiến (không bắt buộc)"}
        />
        {errors?.comment ? <p className="mt-1 text-xs text-red-700">{errors.comment[0]}</p> : null}
      </div>
      <button type="submit" disabled={pending} className={decision === "REFUSE" ? buttonClass.danger : buttonClass.primary}>
        {pending ? "Đang gửi…" : decision === "REFUSE" ? "Không chấp thuận" : "Chấp thuận gia hạn"}
      </button>
      {confirm.dialog}
    </form>
  );
}
