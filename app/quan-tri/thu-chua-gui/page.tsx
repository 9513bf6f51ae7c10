import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxList } from "@/components/admin/outbox-list";
import { ResendAllButton } from "@/components/admin/resend-buttons";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canManageOutbox } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format/number";
import { MAX_ATTEMPTS } from "@/lib/notifications/outbox";
import { failedMessagesView } from "@/lib/notifications/delivery/queries";

export const metadata: Metadata = { title: "Thư chưa gửi được" };

const shown = (rows: number, total: number) => (total > rows ? ` (hiện ${formatNumber(rows)} thư mới nhất)` : "");

export default async function FailedMessagesPage() {
  const user = await requireUser();
  if (!canManageOutbox(user)) notFound();
  const view = await failedMessagesView();
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user, { failedMessages: view.failedCount })}>
      <PageHeader
        title="Thư chưa gửi được"
        description={`Thư điện tử và webhook đã thử gửi ${MAX_ATTEMPTS} lần không thành công. Sửa nguyên nhân (máy chủ thư, địa chỉ webhook) rồi bấm "Gửi lại": thư được thử lại từ đầu trong vòng một phút.`}
        actions={view.failedCount > 0 ? <ResendAllButton count={view.failedCount} /> : null}
      />
      <div className="mb-4">
        {view.smtpConfigured ? (
          <Alert tone="info">Máy chủ thư (SMTP_URL) đã được cấu hình.</Alert>
        ) : (
          <Alert tone="info">
            Chưa cấu hình SMTP_URL: thư sẽ chờ cho đến khi có cấu hình.
            {view.waitingEmails > 0 ? ` ${formatNumber(view.waitingEmails)} thư điện tử đang chờ, không bị tính là gửi lỗi.` : ""} Webhook
            vẫn được gửi bình thường.
          </Alert>
        )}
      </div>
      <Card className="mb-5">
        <CardHeader
          title={`Gửi không thành công: ${formatNumber(view.failedCount)} thư`}
          description={`Mới nhất trước${shown(view.failed.length, view.failedCount)}. Bấm vào dòng lỗi để xem toàn văn.`}
        />
        {view.failed.length ? (
          <OutboxList items={view.failed} mode="failed" />
        ) : (
          <EmptyState>Không có thư nào gửi không thành công.</EmptyState>
        )}
      </Card>
      <Card>
        <CardHeader
          title={`Đang thử lại: ${formatNumber(view.retryingCount)} thư`}
          description={`Đã lỗi ít nhất một lần và sẽ được thử lại tự động (sau 1, 2, 4, 8, 16 phút)${shown(view.retrying.length, view.retryingCount)}.`}
        />
        {view.retrying.length ? (
          <OutboxList items={view.retrying} mode="retrying" />
        ) : (
          <EmptyState>Không có thư nào đang chờ thử lại.</EmptyState>
        )}
      </Card>
    </AppShell>
  );
}
