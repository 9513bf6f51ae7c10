import type { Metadata } from "next";
import { PasswordForm } from "@/components/accounts/password-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/form";
import { changeOwnPasswordAction } from "@/lib/accounts/link-actions";
import { accountShell } from "@/lib/auth/account-shell";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

// Every signed-in user (canManageOwnAccount). The one page an account that must change an assigned
// password may open: then it has no menu, only the form and "Đăng xuất".
export default async function ChangePasswordPage() {
  const user = await requireUser({ passwordChangePage: true });
  const forced = user.mustChangePassword;
  const shell = forced ? { context: "Tài khoản", nav: [] } : await accountShell(user);
  return (
    <AppShell user={user} context={shell.context} nav={shell.nav}>
      <PageHeader title="Đổi mật khẩu" description="Sau khi đổi, mọi phiên đăng nhập khác của tài khoản (trên máy khác) sẽ kết thúc." />
      {forced ? (
        <div className="mb-4">
          <Alert tone="info">
            Mật khẩu hiện tại do người quản trị cấp (hoặc vừa kích hoạt tài khoản). Để bảo vệ tài khoản, anh/chị cần đặt mật khẩu của riêng
            mình trước khi làm việc tiếp.
          </Alert>
        </div>
      ) : null}
      <Card className="max-w-lg">
        <div className="p-4 sm:p-5">
          <PasswordForm
            action={changeOwnPasswordAction}
            askCurrent
            submitLabel="Đổi mật khẩu"
            doneMessage="Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc."
          />
        </div>
      </Card>
    </AppShell>
  );
}
