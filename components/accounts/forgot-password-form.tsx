"use client";
// "Quên mật khẩu": a username or an e-mail address; the answer is the same sentence for any name.
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { requestPasswordResetAction } from "@/lib/accounts/link-actions";

export function ForgotPasswordForm() {
  const { state, onSubmit, pending } = useFormAction(requestPasswordResetAction);
  if (state?.ok) return <Alert tone="success">{state.data.message}</Alert>;
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Tên đăng nhập hoặc địa chỉ thư" name="identifier" errors={errors.identifier}>
        <TextInput name="identifier" autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
        {pending ? "Đang gửi…" : "Gửi liên kết đặt lại mật khẩu"}
      </button>
    </form>
  );
}
