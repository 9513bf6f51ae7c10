import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeList } from "@/components/province-plans/publish-changes";
import { ApplyPendingForm, PublishForm } from "@/components/province-plans/publish-form";
import { ReceiptList, VersionList } from "@/components/province-plans/publish-versions";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canManageProvincePlans, canViewProvincePlans } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";
import { getPublishView } from "@/lib/province-plans/versions";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Ban hành kế hoạch của tỉnh" };

export default async function PublishPage({ params }: PageProps<"/tinh/[provinceId]/ke-hoach/[planId]/ban-hanh">) {
  const { provinceId, planId } = await params;
  const { user, province } = await requireProvince(provinceId, canViewProvincePlans);
  const view = await getPublishView(province.provinceId, planId);
  if (!view) notFound();
  const { plan, changes } = view;
  const mayPublish = canManageProvincePlans(user, province.provinceId);
  const since =
    plan.publishedVersion === 0
      ? "Chưa ban hành phiên bản nào: mọi nhiệm vụ, chỉ tiêu đang giao sẽ được gửi."
      : `So với phiên bản ${plan.publishedVersion} đã ban hành.`;

  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)} readOnly={!mayPublish}>
      <PageHeader
        title={`Ban hành: ${plan.number ? `Kế hoạch số ${plan.number}` : plan.title}`}
        description={
          <>
            {plan.title} ·{" "}
            <Link href={routes.province(province.provinceId).plan(plan.id)} className="text-brand-700 underline">
              Bản đang soạn
            </Link>
          </>
        }
      />
      <div className="space-y-5">
        <Card>
          <CardHeader title={`Thay đổi sẽ ban hành (phiên bản ${plan.publishedVersion + 1})`} description={since} />
          <div className="space-y-4 p-4">
            {changes.length === 0 ? (
              <EmptyState>Không có thay đổi nào so với phiên bản đã ban hành.</EmptyState>
            ) : (
              <ChangeList changes={changes} />
            )}
            <p className="text-sm text-slate-700">
              Số xã, phường nhận: <strong>{view.targetedCount}</strong> / {view.communeCount} xã, phường của tỉnh.
            </p>
            {mayPublish ? (
              <PublishForm
                provinceId={province.provinceId}
                planId={plan.id}
                version={plan.version}
                publishedVersion={plan.publishedVersion}
                changeCount={changes.length}
                targetedCount={view.targetedCount}
              />
            ) : (
              <Alert tone="info">Tài khoản của bạn chỉ được xem; việc ban hành do cán bộ điều phối kế hoạch của tỉnh thực hiện.</Alert>
            )}
          </div>
        </Card>

        {plan.publishedVersion > 0 ? (
          <Card>
            <CardHeader title="Tình trạng nhận của các xã, phường" description="Mỗi xã, phường nhận phiên bản trong một giao dịch riêng." />
            <div className="space-y-3 p-4">
              <ReceiptList communes={view.communes} latest={plan.publishedVersion} />
              {mayPublish && view.pendingCount > 0 ? (
                <ApplyPendingForm provinceId={province.provinceId} planId={plan.id} pendingCount={view.pendingCount} />
              ) : null}
            </div>
          </Card>
        ) : null}

        <Card>
          <CardHeader title="Các phiên bản đã ban hành" description="Phiên bản đã ban hành được lưu nguyên, không sửa." />
          {view.versions.length === 0 ? (
            <div className="p-4">
              <EmptyState>Chưa có phiên bản nào.</EmptyState>
            </div>
          ) : (
            <VersionList versions={view.versions} />
          )}
        </Card>
      </div>
    </AppShell>
  );
}
