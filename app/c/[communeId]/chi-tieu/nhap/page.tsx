import type { Metadata } from "next";
import Link from "next/link";
import { ValueImportForm } from "@/components/indicators/value-import-form";
import { Card, PageHeader } from "@/components/ui/card";
import { canImportIndicatorValues } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { plansOfCommune } from "@/lib/indicators/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Nhập số liệu chỉ tiêu" };

export default async function ImportValuesPage({ params }: PageProps<"/c/[communeId]/chi-tieu/nhap">) {
  const { commune } = await requireCommune((await params).communeId, canImportIndicatorValues);
  const plans = await plansOfCommune(commune.communeId);
  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="Đường dẫn">
        <Link href={routes.commune(commune.communeId).indicators()} className="hover:underline">
          Chỉ tiêu
        </Link>{" "}
        / <span className="text-slate-700">Nhập từ tệp</span>
      </nav>
      <PageHeader
        title="Nhập số liệu chỉ tiêu từ tệp"
        description="Kiểm tra trước: không có gì được ghi cho đến khi bạn xác nhận, và tệp còn dòng lỗi thì không ghi dòng nào."
      />
      <Card className="px-4 py-5 sm:px-5">
        <ValueImportForm communeId={commune.communeId} plans={plans} />
      </Card>
    </>
  );
}
