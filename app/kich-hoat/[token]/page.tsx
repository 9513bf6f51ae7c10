import type { Metadata } from "next";
import { PasswordForm } from "@/components/accounts/password-form";
import { PublicCard } from "@/components/accounts/public-card";
import { Alert } from "@/components/ui/form";
import { activateAccountAction } from "@/lib/accounts/link-actions";
import { LINK_GONE } from "@/lib/accounts/link-commands";
import { peekAccountToken } from "@/lib/accounts/tokens";
import { getDb } from "@/lib/db";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Kích hoạt tài khoản", robots: { index: false } };

// Public: the link itself is the key. Used, expired, unknown and malformed links get one page.
export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await peekAccountToken(getDb(), token, "ACTIVATION");
  return (
    <PublicCard title="Kích hoạt tài khoản">
      {account ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Tài khoản của <strong>{account.fullName}</strong>, tên đăng nhập{" "}
            <strong data-testid="activation-username">{account.username}</strong>. Đặt mật khẩu để bắt đầu sử dụng.
          </p>
          <PasswordForm
            action={activateAccountAction}
            token={token}
            submitLabel="Kích hoạt tài khoản"
            doneHref={`${routes.login()}?xong=kich-hoat`}
          />
        </div>
      ) : (
        <Alert tone="error">{LINK_GONE}</Alert>
      )}
    </PublicCard>
  );
}
