import type { Metadata } from "next";
import Link from "next/link";
import { TwoFactorSetup } from "@/components/accounts/two-factor-setup";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/form";
import { sealPendingSecret } from "@/lib/accounts/own-commands";
import { newTotpSecret, totpQrSvg, totpUri } from "@/lib/accounts/totp";
import { accountShell } from "@/lib/auth/account-shell";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Bật xác thực hai bước" };

// Every signed-in account (canManageOwnAccount). A new secret each time the page is opened: it is
// saved only when the first code proves the app has it.
export default async function TwoFactorSetupPage() {
  const user = await requireUser();
  const [me, shell] = await Promise.all([
    getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } }),
    accountShell(user),
  ]);
  const back = (
    <Link href={routes.account()} className="text-sm text-brand-700 hover:underline">
      ← Tài khoản của tôi
    </Link>
  );
  let body: React.ReactNode;
  if (me.totpEnabledAt) {
    body = <Alert tone="info">Xác thực hai bước đã bật từ {formatDateTime(me.totpEnabledAt)}.</Alert>;
  } else {
    const secret = newTotpSecret();
    const svg = await totpQrSvg(totpUri(user.username, secret));
    const qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    body = <TwoFactorSetup qrDataUrl={qrDataUrl} secret={secret} pendingSecret={sealPendingSecret(user.id, secret)} />;
  }
  return (
    <AppShell user={user} context={shell.context} nav={shell.nav}>
      <PageHeader
        title="Bật xác thực hai bước"
        description="Khi đăng nhập, ngoài mật khẩu anh/chị nhập thêm mã 6 số từ ứng dụng trên điện thoại."
        actions={back}
      />
      <Card>
        <div className="p-4 sm:p-5">{body}</div>
      </Card>
    </AppShell>
  );
}
