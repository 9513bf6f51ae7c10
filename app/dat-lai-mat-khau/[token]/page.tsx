import type { Metadata } from "next";
import { PasswordForm } from "@/components/accounts/password-form";
import { PublicCard } from "@/components/accounts/public-card";
import { Alert } from "@/components/ui/form";
import { resetForgottenPasswordAction } from "@/lib/accounts/link-actions";
import { LINK_GONE } from "@/lib/accounts/link-commands";
import { peekAccountToken } from "@/lib/accounts/tokens";
import { getDb } from "@/lib/db";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Đặt lại mật khẩu", robots: { index: false } };

// Public: the link itself is the key. Used, expired, unknown and malformed links get one page.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await peekAccountToken(getDb(), token, "PASSWORD_RESET");
  return (
    <PublicCard title="Đặt lại mật khẩu">
      {account ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Tài khoản của <strong>{account.fullName}</strong>, tên đăng nhập{" "}
            <strong data-testid="reset-username">{account.username}</strong>. Đặt mật khẩu mới; mọi phiên đăng nhập đang mở của tài khoản sẽ
            kết thúc.
          </p>
          <PasswordForm
            action={resetForgottenPasswordAction}
            token={token}
            submitLabel="Đặt mật khẩu mới"
            doneHref={`${routes.login()}?xong=dat-lai`}
          />
        </div>
      ) : (
        <Alert tone="error">{LINK_GONE}</Alert>
      )}
    </PublicCard>
  );
}
