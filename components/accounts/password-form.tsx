"use client";
// New password + confirmation, for "Đổi mật khẩu" (with the current password), activation and the
// reset link (with the token). On success: the login page with a note, or a message in place.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/safe-action";

export function PasswordForm<T>({
  action,
  token,
  askCurrent,
  submitLabel,
  doneHref,
  doneMessage,
}: {
  action: (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
  token?: string;
  askCurrent?: boolean;
  submitLabel: string;
  /** Where to go after a success (the login page with its note); stays here with doneMessage when absent. */
  doneHref?: string;
  doneMessage?: string;
}) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const { state, onSubmit, pending } = useFormAction(action, () => {
    if (doneHref) router.replace(doneHref);
    else {
      setDone(true);
      setFormKey((k) => k + 1);
      router.refresh();
    }
  });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {done && doneMessage ? <Alert tone="success">{doneMessage}</Alert> : null}
      {token ? <input type="hidden" name="token" value={token} /> : null}
      {askCurrent ? (
        <Field label="Mật khẩu hiện tại" name="currentPassword" errors={errors.currentPassword}>
          <TextInput name="currentPassword" type="password" autoComplete="current-password" required invalid={!!errors.currentPassword} />
        </Field>
      ) : null}
      <Field label="Mật khẩu mới" name="password" errors={errors.password} hint="Ít nhất 8 ký tự, có cả chữ và số.">
        <TextInput name="password" type="password" autoComplete="new-password" required invalid={!!errors.password} />
      </Field>
      <Field label="Nhập lại mật khẩu mới" name="confirm" errors={errors.confirm}>
        <TextInput name="confirm" type="password" autoComplete="new-password" required invalid={!!errors.confirm} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
        {pending ? "Đang lưu…" : submitLabel}
      </button>
    </form>
  );
}
