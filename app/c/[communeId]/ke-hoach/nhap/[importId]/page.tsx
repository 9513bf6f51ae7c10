import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/import/review-form";
import { Alert } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/card";
import { canManagePlans } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { ReimportPreview } from "@/components/import/reimport-preview";
import { getImport, getReimportPreview, listImportGroups, listImportUnits } from "@/lib/import/queries";

export const metadata: Metadata = { title: "Kiểm tra kế hoạch nhập từ văn bản" };

export default async function ReviewImportPage({ params }: PageProps<"/c/[communeId]/ke-hoach/nhap/[importId]">) {
  const { communeId, importId } = await params;
  const { commune } = await requireCommune(communeId, canManagePlans);
  const [row, units, groups] = await Promise.all([
    getImport(commune.communeId, importId),
    listImportUnits(commune.communeId),
    listImportGroups(commune.communeId),
  ]);
  if (!row) notFound();
  const preview = row.targetPlanId ? await getReimportPreview(commune.communeId, row.targetPlanId, row.draft) : null;
  return (
    <>
      <PageHeader
        title="Bước 2. Kiểm tra và sửa"
        description={`${row.fileName}: ${row.draft.tasks.length} nhiệm vụ, ${row.draft.groups.length} nhóm đọc được`}
      />
      {row.status !== "DRAFT" ? (
        <Alert tone="info">{row.status === "APPLIED" ? "Bản nhập này đã được tạo thành kế hoạch." : "Bản nhập này đã bị hủy."}</Alert>
      ) : (
        <>
          {preview ? <ReimportPreview title={preview.plan.title} changes={preview.changes} /> : null}
          <ReviewForm
            communeId={commune.communeId}
            importId={row.id}
            communeName={commune.name}
            initial={row.draft}
            units={units}
            groups={groups}
            source={row.sourceText.split("\n")}
            reimport={!!preview}
          />
        </>
      )}
    </>
  );
}
