import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/form";
import { requireUser } from "@/lib/auth/session";
import { accountShell } from "@/lib/auth/account-shell";
import { preferencesOf, quietHoursText } from "@/lib/notifications/preferences";

export const metadata: Metadata = { title: "Cài đặt thông báo" };

// Every signed-in user, on their own row (canSetOwnNotificationPreferences is true for all).
export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  const [prefs, shell] = await Promise.all([preferencesOf(user.id), accountShell(user)]);
  const quiet = quietHoursText(prefs.quiet);
  return (
    <AppShell user={user} context={shell.context} nav={shell.nav}>
      <PageHeader title="Cài đặt thông báo" description="Chọn loại thông báo anh/chị muốn nhận, trên cổng thông tin và qua thư điện tử." />
      <div className="mb-4 space-y-2">
        {prefs.email ? (
          <p className="text-sm text-slate-700">
            Thư được gửi tới <strong data-testid="preferences-email">{prefs.email}</strong>.
          </p>
        ) : (
          <Alert tone="info">Tài khoản chưa có địa chỉ thư: chỉ nhận trên cổng thông tin.</Alert>
        )}
        {quiet ? (
          <p className="text-sm text-slate-600" data-testid="quiet-hours">
            {quiet}
          </p>
        ) : null}
      </div>
      <Card>
        <div className="p-4 sm:p-5">
          <PreferencesForm
            emailMode={prefs.emailMode}
            emailMuted={prefs.emailMuted}
            inAppMuted={prefs.inAppMuted}
            hasEmail={!!prefs.email}
          />
        </div>
      </Card>
    </AppShell>
  );
}
