"use client";
// Turning on two-factor sign-in: scan the QR code (or type the key), then type the first code. The
// pending secret comes back sealed in a hidden field, so nothing is saved until that code is right;
// then the ten recovery codes are shown once.
import Link from "next/link";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { enableTwoFactorAction } from "@/lib/accounts/own-actions";
import { routes } from "@/lib/routes";
import { RecoveryCodes } from "./recovery-codes";

export function TwoFactorSetup({ qrDataUrl, secret, pendingSecret }: { qrDataUrl: string; secret: string; pendingSecret: string }) {
  const { state, onSubmit, pending } = useFormAction(enableTwoFactorAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">
          Đã bật xác thực hai bước. Từ nay, khi đăng nhập, anh/chị nhập thêm mã từ ứng dụng.
          {state.data.sessionsEnded > 0
            ? ` Đã đăng xuất ${state.data.sessionsEnded} phiên đăng nhập khác của tài khoản; ở đó cần đăng nhập lại, có mã.`
            : null}
        </Alert>
        <RecoveryCodes codes={state.data.recoveryCodes} />
        <Link href={routes.account()} className={buttonClass.primary}>
          Tôi đã lưu mã, về Tài khoản của tôi
        </Link>
      </div>
    );
  }
  // The secret in groups of four, easier to type by hand.
  const grouped = secret.replace(/(.{4})/g, "$1 ").trim();
  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label="Bật xác thực hai bước" noValidate>
      <input type="hidden" name="pendingSecret" value={pendingSecret} />
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-800">
        <li>Cài một ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator, FreeOTP…).</li>
        <li className="space-y-2">
          <p>Trong ứng dụng, chọn thêm tài khoản và quét mã QR:</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL rendered on our server, not an optimisable file */}
          <img
            src={qrDataUrl}
            alt="Mã QR để thêm tài khoản vào ứng dụng xác thực"
            width={200}
            height={200}
            className="rounded border border-slate-200 bg-white"
          />
          <p>
            Không quét được? Nhập khóa thủ công:{" "}
            <code data-testid="totp-secret" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm break-all">
              {grouped}
            </code>
          </p>
        </li>
        <li>
          <div className="w-56">
            <Field label="Mã 6 số từ ứng dụng" name="code" errors={errors?.code ?? errors?.pendingSecret}>
              <TextInput
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                autoFocus
                invalid={!!errors?.code}
              />
            </Field>
          </div>
        </li>
      </ol>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Đang kiểm tra…" : "Xác nhận và bật"}
      </button>
    </form>
  );
}
