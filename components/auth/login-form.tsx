"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Field, TextInput, buttonClass } from "@/components/ui/form";
import { routes } from "@/lib/routes";

// Codes from lib/auth/authorize.ts (LOGIN_ERROR); duplicated as literals because that module is server-only.
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Tên đăng nhập hoặc mật khẩu không đúng.",
  TooManyAttempts: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
};

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", {
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        // A path, not next-auth's default (this page's full URL): the server refuses a callbackUrl
        // off NEXTAUTH_URL's origin, and the page may be opened under another name (a LAN address).
        callbackUrl: routes.home(),
      });
      if (!res || res.error) {
        setError(MESSAGES[res?.error ?? ""] ?? "Không đăng nhập được. Vui lòng thử lại.");
        return;
      }
      router.replace(routes.home());
      router.refresh();
    } catch {
      setError("Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Tên đăng nhập" name="username">
        <TextInput name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus />
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
