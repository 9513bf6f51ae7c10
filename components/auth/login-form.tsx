"use client";
// Sign-in in steps: the password (a server action answers with a ticket), then, for an account with
// an authenticator, its code; for an account that must enrol now, the QR code, the first code and
// the ten recovery codes shown once. Only the last step calls next-auth, with the ticket, and only
// then does a session exist.
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { beginSignInAction, confirmEnrolmentAction } from "@/lib/auth/sign-in-actions";
import { routes } from "@/lib/routes";

// Codes of LOGIN_ERROR (lib/auth/sign-in.ts); literals because that module is server-only.
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Tên đăng nhập hoặc mật khẩu không đúng.",
  TooManyAttempts: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  WrongCode: "Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã mới trong ứng dụng.",
};
const EXPIRED = "Phiên đăng nhập đã hết hạn. Vui lòng nhập lại mật khẩu.";
const OFFLINE = "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.";

type Step =
  | { kind: "password" }
  | { kind: "code"; ticket: string }
  | { kind: "enrol"; ticket: string; secret: string; qrSvg: string }
  | { kind: "recovery"; ticket: string; codes: string[] };

export function LoginForm() {
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [username, setUsername] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [recoveryMode, setRecoveryMode] = useState(false);

  function restart(message: string) {
    setStep({ kind: "password" });
    setError(message);
  }

  /** The session's start: next-auth checks the ticket (and the code) in authorize(). */
  async function finish(ticket: string, code?: string) {
    const res = await signIn("credentials", {
      ticket,
      ...(code !== undefined ? { code } : {}),
      redirect: false,
      // A path, not next-auth's default (this page's full URL): the server refuses a callbackUrl
      // off NEXTAUTH_URL's origin, and the page may be opened under another name (a LAN address).
      callbackUrl: routes.home(),
    });
    if (!res || res.error) {
      const err = res?.error ?? "";
      // A wrong code keeps the ticket; anything else (expired, used, blocked) starts over.
      if (err === "WrongCode") setError(MESSAGES.WrongCode!);
      else if (err === "TooManyAttempts") restart(MESSAGES.TooManyAttempts!);
      else restart(EXPIRED);
      return;
    }
    // A full page load, not router.replace + refresh: the home page answers with a redirect (to the
    // commune, or to the forced password change), and a client navigation raced by a refresh could
    // drop it and leave the browser on "/". A real load also starts the signed-in app with no cached
    // signed-out payloads; replace() keeps the sign-in form out of the back button's history.
    window.location.replace(routes.home());
  }

  async function run(work: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await work();
    } catch {
      setError(OFFLINE);
    } finally {
      setPending(false);
    }
  }

  function onPassword(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setUsername(String(form.get("username") ?? ""));
    return run(async () => {
      const result = await beginSignInAction(null, form);
      if (!result.ok) return setError(result.message);
      const answer = result.data;
      if (answer.kind === "refused") setError(MESSAGES[answer.error] ?? "Không đăng nhập được. Vui lòng thử lại.");
      else if (answer.kind === "done") await finish(answer.ticket);
      else if (answer.kind === "code") {
        setRecoveryMode(false);
        setStep({ kind: "code", ticket: answer.ticket });
      } else setStep(answer);
    });
  }

  function onCode(e: React.FormEvent<HTMLFormElement>, ticket: string) {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get("code") ?? "");
    return run(() => finish(ticket, code));
  }

  function onEnrol(e: React.FormEvent<HTMLFormElement>, ticket: string) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    form.set("ticket", ticket);
    return run(async () => {
      const answer = await confirmEnrolmentAction(null, form);
      if (answer.ok) setStep({ kind: "recovery", ticket, codes: answer.data.recoveryCodes });
      else if (!answer.details?.restart) setError(MESSAGES.WrongCode!);
      else restart(answer.code === "FORBIDDEN" ? MESSAGES.TooManyAttempts! : EXPIRED);
    });
  }

  const alert = error ? <Alert tone="error">{error}</Alert> : null;
  const back = (
    <button type="button" className={`${buttonClass.secondary} w-full`} onClick={() => restart("")} disabled={pending}>
      Quay lại
    </button>
  );

  if (step.kind === "code") {
    return (
      <form onSubmit={(e) => onCode(e, step.ticket)} className="space-y-4" noValidate key="code">
        <p className="text-sm text-slate-700">Tài khoản đã bật xác thực hai bước. Mở ứng dụng xác thực và nhập mã 6 chữ số.</p>
        {alert}
        <Field
          label="Mã xác thực"
          name="code"
          hint={
            recoveryMode ? "Nhập một mã khôi phục (ví dụ k7m2p-x9qrt); mỗi mã chỉ dùng được một lần." : "6 chữ số trong ứng dụng xác thực."
          }
        >
          <TextInput
            name="code"
            autoComplete="one-time-code"
            inputMode={recoveryMode ? "text" : "numeric"}
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
          />
        </Field>
        <button type="button" className="text-sm text-brand-700 underline" onClick={() => setRecoveryMode((m) => !m)}>
          {recoveryMode ? "Dùng mã trong ứng dụng xác thực" : "Dùng mã khôi phục"}
        </button>
        <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
          {pending ? "Đang kiểm tra…" : "Xác nhận"}
        </button>
        {back}
      </form>
    );
  }

  if (step.kind === "enrol") {
    return (
      <form onSubmit={(e) => onEnrol(e, step.ticket)} className="space-y-4" noValidate key="enrol">
        <h3 className="font-semibold text-slate-900">Bật xác thực hai bước</h3>
        <p className="text-sm text-slate-700">
          Tài khoản này phải dùng xác thực hai bước. Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…), rồi
          nhập mã 6 chữ số ứng dụng hiển thị.
        </p>
        {alert}
        {/* The SVG is made by the server from the ticket's secret (lib/auth/sign-in.ts), never by a third party. */}
        <div
          role="img"
          aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực"
          className="mx-auto size-48 [&>svg]:size-full"
          dangerouslySetInnerHTML={{ __html: step.qrSvg }}
        />
        <p className="text-sm text-slate-700">
          Không quét được? Nhập khóa này vào ứng dụng:{" "}
          <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-1 font-mono">
            {step.secret}
          </code>
        </p>
        <Field label="Mã xác thực" name="code" hint="6 chữ số trong ứng dụng xác thực.">
          <TextInput name="code" autoComplete="one-time-code" inputMode="numeric" required autoFocus />
        </Field>
        <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
          {pending ? "Đang kiểm tra…" : "Kích hoạt"}
        </button>
        {back}
      </form>
    );
  }

  if (step.kind === "recovery") {
    return (
      <div className="space-y-4">
        <Alert tone="success">Đã bật xác thực hai bước.</Alert>
        <p className="text-sm text-slate-700">
          Đây là 10 mã khôi phục, <strong>chỉ hiển thị một lần</strong>. Hãy in hoặc chép lại và cất nơi an toàn: khi không có điện thoại,
          mỗi mã thay cho mã xác thực được một lần.
        </p>
        <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm">
          {step.codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {alert}
        <button type="button" disabled={pending} className={`${buttonClass.primary} w-full`} onClick={() => run(() => finish(step.ticket))}>
          {pending ? "Đang đăng nhập…" : "Tôi đã lưu mã khôi phục"}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={onPassword} className="space-y-4" noValidate key="password">
      {alert}
      <Field label="Tên đăng nhập" name="username">
        <TextInput
          name="username"
          defaultValue={username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
        />
      </Field>
      <Field label="Mật khẩu" name="password">
        <TextInput name="password" type="password" autoComplete="current-password" required />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
