"use client";
// The two-factor grace in days (0–90); 0: accounts that have not enrolled must do so at their next sign-in.
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { setTwoFactorGraceAction } from "@/lib/security-settings/actions";

export function GraceForm({ graceDays }: { graceDays: number }) {
  const { state, onSubmit, pending } = useFormAction(setTwoFactorGraceAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Thời hạn bật xác thực hai bước">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">{state.data.changed ? `Đã lưu: ${state.data.graceDays} ngày.` : "Thời hạn không thay đổi."}</Alert>
      ) : null}
      <div className="max-w-xs">
        <Field
          label="Số ngày được lùi việc bật xác thực hai bước"
          name="graceDays"
          errors={errors?.graceDays}
          hint="Từ 0 đến 90 ngày. 0: phải bật ngay ở lần đăng nhập tới."
        >
          <TextInput
            name="graceDays"
            type="number"
            min={0}
            max={90}
            step={1}
            inputMode="numeric"
            defaultValue={graceDays}
            invalid={!!errors?.graceDays}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang lưu…" : "Lưu thời hạn"}
      </button>
    </form>
  );
}
