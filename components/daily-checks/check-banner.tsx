// The unit staff's landing page starts with today's check: one tap to the form.
import Link from "next/link";
import type { TodayCheck } from "@/lib/daily-checks/queries";
import { routes } from "@/lib/routes";
import { checkedLine } from "./check-status";

export function CheckBanner({ communeId, check, late }: { communeId: string; check: TodayCheck; late: boolean }) {
  const href = routes.commune(communeId).dailyCheck();
  if (check)
    return (
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
        <span>
          {checkedLine(check)}
          {check.faultCount ? `, ${check.faultCount} hạng mục có lỗi` : ", tất cả bình thường"}.
        </span>
        <Link href={href} className="font-semibold underline">
          Sửa kết quả Kiểm tra đầu giờ
        </Link>
      </div>
    );
  return (
    <div
      className={`mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3 ${late ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
    >
      <span className="text-sm font-medium">Kiểm tra đầu giờ hôm nay: chưa thực hiện{late ? " (đã quá 08:00)" : ""}</span>
      <Link
        href={href}
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Kiểm tra đầu giờ
      </Link>
    </div>
  );
}
