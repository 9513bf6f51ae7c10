import type { Metadata } from "next";
import Link from "next/link";
import { MonthGrid } from "@/components/daily-checks/month-grid";
import { Card, PageHeader } from "@/components/ui/card";
import { canRunDailyChecks, canViewOperations } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { loadMonth, monthParam } from "@/lib/daily-checks/queries";
import { getDb } from "@/lib/db";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Lịch sử kiểm tra đầu giờ" };

const monthLabel = (month: string) => `tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`;

export default async function DailyCheckHistoryPage({ params, searchParams }: PageProps<"/c/[communeId]/kiem-tra-dau-gio/lich-su">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewOperations);
  const month = monthParam((await searchParams).thang);
  const { cells, figures, previous, next } = await loadMonth(getDb(), commune.communeId, month);
  const to = routes.commune(commune.communeId);

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Lịch sử kiểm tra đầu giờ"
        description={
          <span className="flex flex-wrap gap-x-4">
            {canRunDailyChecks(user, commune) ? (
              <Link href={to.dailyCheck()} className="text-brand-700 hover:underline">
                Kiểm tra hôm nay
              </Link>
            ) : null}
            <Link href={to.incidents()} className="text-brand-700 hover:underline">
              Sự cố CNTT
            </Link>
          </span>
        }
      />
      <Card className="p-3 sm:p-5">
        <nav className="mb-3 flex items-center justify-between gap-2" aria-label="Chọn tháng">
          <Link href={to.dailyCheckHistory(previous)} className="rounded-md px-2 py-1.5 text-sm text-brand-700 hover:bg-brand-50">
            ‹ {monthLabel(previous)}
          </Link>
          <h2 className="text-base font-semibold text-slate-900">Kiểm tra {monthLabel(month)}</h2>
          <Link href={to.dailyCheckHistory(next)} className="rounded-md px-2 py-1.5 text-sm text-brand-700 hover:bg-brand-50">
            {monthLabel(next)} ›
          </Link>
        </nav>
        <p className="mb-3 text-sm text-slate-700" data-testid="check-figures">
          Đã kiểm tra {figures.checked}/{figures.workingDays} ngày làm việc, {figures.withFaults} ngày có lỗi, {figures.missed} ngày không
          kiểm tra; phát hiện {figures.faultsFound} lỗi.
        </p>
        <MonthGrid communeId={commune.communeId} cells={cells} />
      </Card>
    </div>
  );
}
