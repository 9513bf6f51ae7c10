import type { Metadata } from "next";
import { ScheduleForm } from "@/components/admin/schedule-form";
import { CommuneSettingsForm } from "@/components/admin/settings-form";
import { WebhookForm } from "@/components/admin/webhook-form";
import { Card, CardHeader } from "@/components/ui/card";
import { canSetCommuneSettings } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { settingsView } from "@/lib/communes/settings-view";

export const metadata: Metadata = { title: "Cài đặt" };

export default async function SettingsPage({ params }: PageProps<"/c/[communeId]/quan-tri/cai-dat">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canSetCommuneSettings);
  const settings = await settingsView(commune.communeId);
  return (
    <div className="space-y-4">
      <Card>
        <CardHeader title="Gia hạn thời hạn nhiệm vụ" description="Áp dụng cho các đề nghị gia hạn gửi từ nay" />
        <div className="p-4 sm:p-5">
          <CommuneSettingsForm communeId={commune.communeId} maxDeadlineExtensions={settings.maxDeadlineExtensions} />
        </div>
      </Card>
      <Card>
        <CardHeader title="Lịch nhắc tự động" description="Hệ thống tự nhắc đơn vị và lãnh đạo theo lịch này; giờ theo múi giờ Việt Nam" />
        <div className="p-4 sm:p-5">
          <ScheduleForm communeId={commune.communeId} schedule={settings.schedule} />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Webhook"
          description="Gửi mỗi thông báo tới một địa chỉ khác (cầu nối Zalo OA, Telegram…) dưới dạng JSON có chữ ký"
        />
        <div className="p-4 sm:p-5">
          <WebhookForm
            communeId={commune.communeId}
            url={settings.webhook.url}
            kinds={settings.webhook.kinds}
            secretCreatedAt={settings.webhook.secretCreatedAt?.toISOString() ?? null}
          />
        </div>
      </Card>
    </div>
  );
}
