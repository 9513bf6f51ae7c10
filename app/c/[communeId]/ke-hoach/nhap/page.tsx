import type { Metadata } from "next";
import { UploadPlanForm } from "@/components/import/upload-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { canManagePlans } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { listPlanChoices } from "@/lib/import/queries";

export const metadata: Metadata = { title: "Nhập kế hoạch từ văn bản" };

export default async function ImportPlanPage({ params }: PageProps<"/c/[communeId]/ke-hoach/nhap">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManagePlans);
  const plans = await listPlanChoices(commune.communeId);
  return (
    <>
      <PageHeader
        title="Nhập kế hoạch từ văn bản"
        description="Tải lên văn bản kế hoạch đã ký; hệ thống đọc nhóm, nhiệm vụ, đơn vị, thời hạn và chỉ tiêu để bạn kiểm tra trước khi tạo."
      />
      <Card>
        <CardHeader title="Bước 1. Tải lên văn bản" />
        <div className="p-4 sm:p-5">
          <UploadPlanForm communeId={commune.communeId} plans={plans} />
        </div>
      </Card>
    </>
  );
}
