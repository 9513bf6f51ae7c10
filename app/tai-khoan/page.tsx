import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/accounts/profile-form";
import { SessionsList } from "@/components/accounts/sessions-list";
import { TwoFactorPanel } from "@/components/accounts/two-factor-panel";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { Alert, LinkButton } from "@/components/ui/form";
import { ownAccount } from "@/lib/accounts/own-queries";
import { accountShell } from "@/lib/auth/account-shell";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

// Every signed-in user, on their own rows only (canManageOwnAccount is true for all).
export default async function MyAccountPage() {
  const user = await requireUser();
  const [me, shell] = await Promise.all([ownAccount(user.id, user.session.id), accountShell(user)]);
  return (
    <AppShell user={user} context={shell.context} nav={shell.nav}>
      <PageHeader
        title="Tài khoản của tôi"
        description={
          <>
            Tên đăng nhập <span className="font-mono">{me.username}</span>
            {me.email ? <> · {me.email}</> : null} ·{" "}
            <Link href={routes.notificationPreferences()} className="text-brand-700 hover:underline">
              Cài đặt thông báo
            </Link>
          </>
        }
      />
      <div className="space-y-5">
        <Card>
          <CardHeader title="Thông tin cá nhân" description="Họ tên và chức vụ in ở khối chữ ký của báo cáo do anh/chị ký." />
          <div className="p-4 sm:p-5">
            <ProfileForm profile={me} />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Mật khẩu"
            description={
              me.passwordChangedAt
                ? `Đổi mật khẩu lần cuối: ${formatDateTime(me.passwordChangedAt)}`
                : "Chưa đổi mật khẩu từ khi tài khoản được tạo."
            }
            actions={<LinkButton href={routes.changePassword()}>Đổi mật khẩu</LinkButton>}
          />
        </Card>
        <Card>
          <CardHeader title="Xác thực hai bước" description={twoFactorStatus(me)} />
          <div className="space-y-3 p-4 sm:p-5" data-testid="two-factor-status">
            {me.totpEnabledAt ? (
              <>
                <p className="text-sm text-slate-700">
                  Còn {me.recoveryLeft}/10 mã khôi phục chưa dùng.
                  {me.secondFactorRequired ? " Vai trò của anh/chị bắt buộc xác thực hai bước nên không tắt được." : null}
                </p>
                <TwoFactorPanel canDisable={!me.secondFactorRequired} />
              </>
            ) : (
              <>
                {me.enrolBy ? (
                  <Alert tone="info">
                    Vai trò của anh/chị bắt buộc xác thực hai bước: hạn bật là {formatDateTime(me.enrolBy)}. Sau hạn, phải bật xong mới đăng
                    nhập được.
                  </Alert>
                ) : null}
                <LinkButton href={routes.twoFactorSetup()} variant="primary">
                  Bật xác thực hai bước
                </LinkButton>
              </>
            )}
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Các phiên đăng nhập"
            description="Các trình duyệt đang đăng nhập tài khoản này. Đăng xuất một thiết bị lạ rồi đổi mật khẩu nếu không nhận ra nó."
          />
          <div className="p-4 sm:p-5">
            <SessionsList
              sessions={me.sessions.map((s) => ({
                id: s.id,
                device: s.device,
                ipAddress: s.ipAddress,
                signedInAt: formatDateTime(s.createdAt),
                lastSeenAt: formatDateTime(s.lastSeenAt),
                current: s.current,
              }))}
            />
          </div>
        </Card>
      </div>
    </AppShell>
  );
}

function twoFactorStatus(me: { totpEnabledAt: Date | null; secondFactorRequired: boolean }): string {
  if (me.totpEnabledAt) return `Đang bật từ ${formatDateTime(me.totpEnabledAt)}.`;
  return me.secondFactorRequired ? "Chưa bật (bắt buộc với vai trò của anh/chị)." : "Chưa bật (không bắt buộc, nên bật).";
}
