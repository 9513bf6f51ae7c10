"use client";
// An enrolled account's second factor: ten new recovery codes, or turning it off (only where the
// role allows). Both need a current code from the app (or a recovery code).
import { useState } from "react";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { disableTwoFactorAction, newRecoveryCodesAction } from "@/lib/accounts/own-actions";
import { RecoveryCodes } from "./recovery-codes";

function CodeForm({
  label,
  button,
  pendingLabel,
  danger,
  action,
  children,
}: {
  label: string;
  button: string;
  pendingLabel: string;
  danger?: boolean;
  action: typeof newRecoveryCodesAction | typeof disableTwoFactorAction;
  children?: (data: unknown) => React.ReactNode;
}) {
  const { state, onSubmit, pending } = useFormAction<unknown>(action);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-slate-200 p-3" aria-label={button}>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok && children ? children(state.data) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <Field label={label} name="code" errors={errors?.code}>
            <TextInput name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={20} required invalid={!!errors?.code} />
          </Field>
        </div>
        <button type="submit" disabled={pending} className={danger ? buttonClass.danger : buttonClass.secondary}>
          {pending ? pendingLabel : button}
        </button>
      </div>
    </form>
  );
}

export function TwoFactorPanel({ canDisable }: { canDisable: boolean }) {
  const [key, setKey] = useState(0);
  return (
    <div className="space-y-3" key={key}>
      <CodeForm label="Mã xác thực hiện tại" button="Tạo lại mã khôi phục" pendingLabel="Đang tạo…" action={newRecoveryCodesAction}>
        {(data) => <RecoveryCodes codes={(data as { recoveryCodes: string[] }).recoveryCodes} />}
      </CodeForm>
      {canDisable ? (
        <CodeForm label="Mã xác thực để tắt" button="Tắt xác thực hai bước" pendingLabel="Đang tắt…" danger action={disableTwoFactorAction}>
          {() => (
            <Alert tone="success">
              Đã tắt xác thực hai bước.{" "}
              <button type="button" className="underline" onClick={() => setKey((k) => k + 1)}>
                Đóng
              </button>
            </Alert>
          )}
        </CodeForm>
      ) : null}
    </div>
  );
}
