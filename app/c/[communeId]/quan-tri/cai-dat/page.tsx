import type { Metadata } from "next";
import { CommuneSettingsForm } from "@/components/admin/settings-form";
import { Card, CardHeader } from "@/components/ui/card";
import { canSetCommuneSettings } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { getCommuneSettings } from "@/lib/communes/settings";

export const metadata: Metadata = { title: "Cài đặt" };

export default async function SettingsPage({ params }: PageProps<"/c/[communeId]/quan-tri/cai-dat">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canSetCommuneSettings);
  const settings = await getCommuneSettings(commune.communeId);
  return (
    <Card>
      <CardHeader title="Gia hạn thời hạn nhiệm vụ" description="Áp dụng cho các đề nghị gia hạn gửi từ nay" />
      <div className="p-4 sm:p-5">
        <CommuneSettingsForm communeId={commune.communeId} maxDeadlineExtensions={settings.maxDeadlineExtensions} />
      </div>
    </Card>
  );
}
