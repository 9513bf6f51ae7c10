"use client";
// The draft's text and heading in one form. "Lưu dự thảo" saves; the chair's "Ký duyệt, phát hành"
// saves the same fields and finalises in one step, so nothing typed is lost between the two.
// What is typed is also kept in the browser until it is saved (a dropped line loses nothing).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useDraft } from "@/components/tasks/use-draft";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { DateField } from "@/components/ui/date-field";
import { Alert, buttonClass, Field, Select, TextArea, TextInput } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveReportAction } from "@/lib/reports/actions";
import { SECTION_HEADINGS, SECTION_LABEL } from "@/lib/reports/format";
import { printedReportNumber } from "@/lib/reports/number";
import type { ReportSections } from "@/lib/reports/types";
import { routes } from "@/lib/routes";

export type EditorValues = ReportSections & {
  summary: string;
  place: string;
  number: string;
  issuedDate: string;
  signerMode: string;
  signerTitle: string;
  signerName: string;
  recipients: string;
};

type Intent = "save" | "submit" | "finalize";

export function ReportEditor({
  communeId,
  reportId,
  version,
  initial,
  canFinalize,
  canSubmit,
  submittedAt,
}: {
  communeId: string;
  reportId: string;
  version: number;
  initial: EditorValues;
  /** The chair: "Ký duyệt, phát hành". */
  canFinalize: boolean;
  /** The standing office: "Trình ký" (tells the chair the draft is ready). */
  canSubmit: boolean;
  /** "14:05 25/11/2026" when it was last sent for signature. */
  submittedAt: string | null;
}) {
  const router = useRouter();
  const draft = useDraft<EditorValues>(`report:${reportId}:${version}`, initial);
  const [saved, setSaved] = useState<Intent | null>(null);
  const { state, submitForm, pending } = useFormAction(saveReportAction, () => {
    draft.clear(false);
    router.refresh();
  });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // Signing asks for a second factor when the session's last check is older than 12 hours
  // (lib/accounts/step-up.ts): "code" shows the code field, "enrol" says where to turn it on.
  const stepUp = state && !state.ok ? state.details?.secondFactorNeeded : undefined;
  const [askCode, setAskCode] = useState(false);
  if (stepUp === "code" && !askCode) setAskCode(true);
  const v = draft.values;
  const confirm = useConfirm({
    title: "Ký phát hành báo cáo?",
    message: "Sau khi phát hành, báo cáo không sửa được nữa.",
    action: "Ký duyệt, phát hành",
    tone: "primary",
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: Intent = submitter?.value === "finalize" || submitter?.value === "submit" ? submitter.value : "save";
    // Taken now: the modal dialog lets nothing be typed before the answer, and the submitter's
    // intent is only known during this event.
    const form = new FormData(e.currentTarget);
    form.set("intent", intent);
    const send = () => {
      setSaved(intent);
      submitForm(form);
    };
    // Already confirmed once when the code was asked for: the code's own button signs.
    if (intent === "finalize" && !askCode) confirm.ask(send);
    else send();
  }

  const field = (name: keyof EditorValues) => ({
    name,
    value: v[name],
    invalid: !!errors[name],
    onChange: (e: { target: { value: string } }) => draft.update(name, e.target.value),
  });

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label="Soạn báo cáo">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      {draft.restoredAt ? (
        <Alert tone="info">
          Đã khôi phục nội dung bạn nhập chưa lưu (lúc {new Date(draft.restoredAt).toLocaleString("vi-VN")}).{" "}
          <button type="button" className="underline" onClick={() => draft.clear()}>
            Bỏ nội dung khôi phục
          </button>
        </Alert>
      ) : null}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-800">Thể thức văn bản</legend>
        <Field label="Trích yếu" name="summary" errors={errors.summary}>
          <TextInput {...field("summary")} required maxLength={500} />
        </Field>
        <Field label="Địa danh (dòng ngày tháng)" name="place" errors={errors.place}>
          <TextInput {...field("place")} required maxLength={100} />
        </Field>
        <Field label="Số báo cáo" name="number" errors={errors.number} hint='Ví dụ "05/BC-UBND"; bắt buộc khi phát hành.'>
          <TextInput {...field("number")} maxLength={30} placeholder="05/BC-UBND" />
          {v.number.trim() ? (
            <p className="mt-1 text-xs text-slate-700" aria-live="polite">
              Sẽ in: Số: {printedReportNumber(v.number)}
            </p>
          ) : null}
        </Field>
        <DateField
          label="Ngày ban hành"
          name="issuedDate"
          value={v.issuedDate}
          onChange={(day) => draft.update("issuedDate", day)}
          errors={errors.issuedDate}
          hint="Bắt buộc khi phát hành."
        />
        <Field label="Thẩm quyền ký" name="signerMode" errors={errors.signerMode}>
          <Select
            {...field("signerMode")}
            options={[
              ["TM", "TM. Ủy ban nhân dân (Chủ tịch ký)"],
              ["KT", "KT. Chủ tịch (Phó Chủ tịch ký thay)"],
            ]}
          />
        </Field>
        <Field label="Chức vụ người ký" name="signerTitle" errors={errors.signerTitle}>
          <TextInput {...field("signerTitle")} required maxLength={100} />
        </Field>
        <Field label="Họ tên người ký" name="signerName" errors={errors.signerName}>
          <TextInput {...field("signerName")} maxLength={100} />
        </Field>
        <Field label="Nơi nhận (mỗi dòng một nơi)" name="recipients" errors={errors.recipients} hint="Dòng cuối thường là “Lưu: VT, VHXH”.">
          <TextArea {...field("recipients")} rows={6} />
        </Field>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">Nội dung (mỗi dòng là một đoạn)</legend>
        {SECTION_HEADINGS.map(({ key, heading }) => (
          <Field key={key} label={heading ?? SECTION_LABEL[key]} name={key} errors={errors[key]}>
            <TextArea {...field(key)} rows={Math.min(14, Math.max(3, v[key].split("\n").length + 1))} />
          </Field>
        ))}
      </fieldset>
      {canFinalize && askCode ? (
        <fieldset className="space-y-3 rounded-lg border border-blue-200 bg-blue-50 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">Xác thực hai bước để ký</legend>
          <p className="text-sm text-slate-700">
            Lần xác thực gần nhất đã quá 12 giờ. Nhập mã 6 số từ ứng dụng xác thực (hoặc một mã khôi phục) rồi bấm “Xác nhận và ký phát
            hành”; nội dung đã nhập được giữ nguyên.
          </p>
          <div className="max-w-xs">
            <Field label="Mã xác thực" name="secondFactorCode" errors={errors.secondFactorCode}>
              <TextInput
                name="secondFactorCode"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={20}
                autoFocus
                invalid={!!errors.secondFactorCode}
              />
            </Field>
          </div>
          <button type="submit" name="intent" value="finalize" className={buttonClass.primary} disabled={pending}>
            {pending && saved === "finalize" ? "Đang phát hành…" : "Xác nhận và ký phát hành"}
          </button>
        </fieldset>
      ) : null}
      {canFinalize && stepUp === "enrol" ? (
        <div data-testid="step-up-enrol">
          <Alert tone="info">
            Ký phát hành báo cáo cần xác thực hai bước. Nội dung đã nhập vẫn được giữ trên trang này (hãy “Lưu dự thảo” trước khi rời
            trang).{" "}
            <Link href={routes.twoFactorSetup()} className="font-medium underline">
              Bật xác thực hai bước
            </Link>
          </Alert>
        </div>
      ) : null}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <button type="submit" name="intent" value="save" className={buttonClass.secondary} disabled={pending}>
          {pending && saved === "save" ? "Đang lưu…" : "Lưu dự thảo"}
        </button>
        {canFinalize ? (
          <button type="submit" name="intent" value="finalize" className={buttonClass.primary} disabled={pending}>
            {pending && saved === "finalize" ? "Đang phát hành…" : "Ký duyệt, phát hành"}
          </button>
        ) : null}
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className={buttonClass.primary} disabled={pending}>
            {pending && saved === "submit" ? "Đang trình…" : submittedAt ? "Trình ký lại" : "Trình Chủ tịch ký"}
          </button>
        ) : null}
        {submittedAt ? <span className="text-xs text-slate-600">Đã trình ký lúc {submittedAt}.</span> : null}
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {state?.ok && saved === "save" ? <Alert tone="success">Đã lưu dự thảo.</Alert> : null}
        {state?.ok && saved === "submit" ? <Alert tone="success">Đã lưu và trình Chủ tịch ký; Chủ tịch nhận được thông báo.</Alert> : null}
      </div>
      {confirm.dialog}
    </form>
  );
}
