import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddHolidayForm, HolidayRowForms } from "@/components/admin/holiday-forms";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canManageHolidays } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { holidayYears, holidaysOfYear } from "@/lib/calendar/queries";
import { formatDateKey, localDateKey } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { WEEKDAY_LABEL } from "@/lib/reports/periods";

export const metadata: Metadata = { title: "Ngày nghỉ lễ" };

/** "Thứ Hai" … "Chủ nhật" of an ISO day. */
const weekdayOf = (day: string) => WEEKDAY_LABEL[(((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as keyof typeof WEEKDAY_LABEL];

export default async function HolidaysPage({ searchParams }: PageProps<"/ngay-nghi-le">) {
  const user = await requireUser();
  if (!canManageHolidays(user)) notFound();
  const today = localDateKey(new Date());
  const thisYear = Number(today.slice(0, 4));
  const asked = Number((await searchParams).nam);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const [rows, years] = await Promise.all([holidaysOfYear(year), holidayYears(thisYear)]);
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Ngày nghỉ lễ"
        description="Ngày nghỉ lễ, Tết và ngày làm việc bù theo thông báo của Chính phủ. Hệ thống không gửi nhắc việc vào ngày nghỉ và đếm ngày làm việc theo bảng này, cho mọi xã, phường."
      />
      <nav aria-label="Chọn năm" className="mb-4 flex flex-wrap gap-2">
        {(years.includes(year) ? years : [...years, year].sort()).map((y) => (
          <Link
            key={y}
            href={routes.holidays(y)}
            aria-current={y === year ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 text-sm ${y === year ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
          >
            {y}
          </Link>
        ))}
      </nav>
      <div className="space-y-4">
        <Card>
          <CardHeader
            title={`Năm ${year}`}
            description={`${rows.filter((r) => !r.workingDay).length} ngày nghỉ, ${rows.filter((r) => r.workingDay).length} ngày làm việc bù`}
          />
          {rows.length === 0 ? (
            <EmptyState>Chưa có ngày nghỉ nào của năm {year}.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="holiday-list">
              {rows.map((r) => (
                <li key={r.date} className="px-4 py-3 sm:px-5" data-date={r.date}>
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium tabular-nums text-slate-900">{formatDateKey(r.date)}</span>{" "}
                      <span className="text-sm text-slate-500">({weekdayOf(r.date)})</span> ·{" "}
                      <span className="text-slate-800">{r.name}</span>{" "}
                      {r.workingDay ? (
                        <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">Làm việc bù</span>
                      ) : null}
                    </summary>
                    <div className="mt-3 max-w-xl">
                      <HolidayRowForms row={r} />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader title="Thêm ngày" description="Ngày nghỉ bù, ngày nghỉ hoán đổi hoặc ngày làm việc bù mới được thông báo" />
          <div className="max-w-xl p-4 sm:p-5">
            <AddHolidayForm defaultDate={year === thisYear ? today : `${year}-01-01`} />
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
