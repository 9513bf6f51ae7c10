import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogEntryForm } from "@/components/indicators/catalog-entry-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import Link from "next/link";
import { adminNav } from "@/lib/auth/navigation";
import { canManageIndicatorCatalog, canManageKpiNationalCodes } from "@/lib/auth/permissions";
import { routes } from "@/lib/routes";
import { requireUser } from "@/lib/auth/session";
import { listCatalog } from "@/lib/indicators/queries";
import { COMPARISON_SYMBOL } from "@/lib/indicators/status";
import { formatValue } from "@/lib/format/number";
import { formatDateKey } from "@/lib/dates";

export const metadata: Metadata = { title: "Danh mục chỉ tiêu" };

export default async function IndicatorCatalogPage() {
  const user = await requireUser();
  if (!canManageIndicatorCatalog(user)) notFound();
  const entries = await listCatalog();
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Danh mục chỉ tiêu Kế hoạch 02"
        description="Các chỉ tiêu chuẩn dùng để điền sẵn khi xã thêm chỉ tiêu và để so sánh giữa các xã. Sửa ở đây không thay đổi chỉ tiêu xã đã tạo."
      />
      {canManageKpiNationalCodes(user) ? (
        <p className="mb-4 text-sm">
          <Link href={routes.kpiNationalCodes()} className="text-brand-800 hover:underline">
            Mã chỉ tiêu quốc gia (gói số liệu QCVN 125) →
          </Link>
        </p>
      ) : null}
      <Card>
        <ul className="divide-y divide-slate-100">
          {entries.map((e) => (
            <li key={e.code} className="px-4 py-3 sm:px-5">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium text-slate-900">{e.name}</span>{" "}
                  <span className="text-sm text-slate-500">
                    · {e.code} · {COMPARISON_SYMBOL[e.comparison]} {formatValue(e.defaultTarget, e.unit)} đến{" "}
                    {formatDateKey(e.defaultDueDate)}
                    {e.active ? "" : " · ngừng dùng"}
                  </span>
                </summary>
                <div className="mt-3">
                  <CatalogEntryForm entry={e} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </Card>
      <Card className="mt-5">
        <CardHeader
          title="Thêm chỉ tiêu vào danh mục"
          description="Chỉ tiêu mới được gợi ý khi xã, phường thêm chỉ tiêu và có thể gán mã quốc gia như các chỉ tiêu có sẵn."
        />
        <div className="p-4 sm:p-5">
          <CatalogEntryForm />
        </div>
      </Card>
    </AppShell>
  );
}
