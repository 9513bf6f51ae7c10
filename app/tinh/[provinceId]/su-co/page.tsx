import type { Metadata } from "next";
import { IncidentFiguresTable, ProvinceIncidentTable } from "@/components/incidents/province-incidents";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canViewProvinceIncidents } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/calendar/working-days";
import { getDb } from "@/lib/db";
import { localDateKey } from "@/lib/dates";
import { incidentFigures, monthOf } from "@/lib/incidents/figures";
import { provinceOpenIncidents } from "@/lib/incidents/queries";
import { now } from "@/lib/jobs/clock";
import { provinceCommunes } from "@/lib/province-plans/publish";
import { routes } from "@/lib/routes";
import { searchParam } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Sự cố CNTT các xã" };

/** The province support team's page: open incidents of its communes and the month's handling times. */
export default async function ProvinceIncidentsPage({ params, searchParams }: PageProps<"/tinh/[provinceId]/su-co">) {
  const { provinceId } = await params;
  const { user, province } = await requireProvince(provinceId, canViewProvinceIncidents);
  const escalatedOnly = searchParam(await searchParams, "chuyen-cap-tren") === "1";
  const db = getDb();
  const at = now();
  const [rows, communes, calendar] = await Promise.all([
    provinceOpenIncidents(db, province.provinceId, escalatedOnly),
    provinceCommunes(db, province.provinceId),
    loadCalendar(db),
  ]);
  const month = monthOf(localDateKey(at));
  const figures = await incidentFigures(
    db,
    communes.map((c) => c.id),
    month,
    calendar,
    at,
  );
  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)}>
      <PageHeader title="Sự cố CNTT các xã" description={`Sự cố đang mở tại các xã, phường của ${province.name}`} />
      <div className="space-y-4">
        <Card>
          <form
            method="get"
            action={routes.province(province.provinceId).incidents()}
            className="flex flex-wrap items-center gap-3 px-4 py-3 sm:px-5"
          >
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="chuyen-cap-tren" value="1" defaultChecked={escalatedOnly} />
              Chỉ sự cố chuyển cấp trên
            </label>
            <button type="submit" className={buttonClass.secondary}>
              Lọc
            </button>
          </form>
          {rows.length === 0 ? (
            <EmptyState>
              {escalatedOnly ? "Không có sự cố nào đang chờ tỉnh hỗ trợ." : "Các xã, phường không có sự cố nào đang mở."}
            </EmptyState>
          ) : (
            <ProvinceIncidentTable rows={rows} />
          )}
        </Card>
        <Card>
          <CardHeader title="Thời gian xử lý tháng này" description="Thời gian làm việc, tính trên các sự cố báo trong tháng" />
          <IncidentFiguresTable communes={communes} byCommune={figures.byCommune} total={figures.total} />
        </Card>
      </div>
    </AppShell>
  );
}
