import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartWithTable } from "@/components/dashboard/chart-table";
import { KeyIndicatorScatter } from "@/components/dashboard/charts";
import { PrintButton } from "@/components/dashboard/print-button";
import { IndicatorLegend, ProvinceTable } from "@/components/dashboard/province-table";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterField, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import {
  canListCommunes,
  canManageOutbox,
  canPickProvince,
  canViewProvinceIncidents,
  canViewProvincePlans,
  isReadOnlyViewer,
} from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { KEY_INDICATORS } from "@/lib/dashboard/province";
import { shownProvinceFor } from "@/lib/dashboard/province-export";
import { readProvinceQuery } from "@/lib/dashboard/province-table";
import { ALL_PROVINCES, catalogTarget, provinceName, provinceView } from "@/lib/dashboard/province-view";
import { formatValue } from "@/lib/format/number";
import { failedMessageCount } from "@/lib/notifications/delivery/queries";
import { provinceOverview } from "@/lib/read-models/models";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Các xã, phường" };

export default async function ProvincePage({ searchParams }: PageProps<"/xa-phuong">) {
  const user = await requireUser();
  if (!canListCommunes(user)) notFound();
  const query = readProvinceQuery(await searchParams);
  // A province user sees their own province whatever the URL says. An admin sees one province at a
  // time (the first by default) or, when asking for it, every commune of the country.
  const { provinces, provinceId } = await shownProvinceFor(user, query);
  // The admin lands here: the menu tells them when messages could not be sent.
  const [all, failedMessages] = await Promise.all([provinceOverview(provinceId), canManageOutbox(user) ? failedMessageCount() : 0]);
  const view = provinceView({
    communes: all,
    query,
    provinceId,
    provinceName: provinceName(provinceId, provinces, all),
    readOnly: isReadOnlyViewer(user),
    mayChooseProvince: canPickProvince(user),
  });
  const [xIndicator, yIndicator] = KEY_INDICATORS;
  const { points } = view;

  return (
    <AppShell user={user} context={view.context} nav={adminNav(user, { failedMessages })}>
      <PageHeader
        title={view.title}
        description={view.description}
        actions={
          <div className="flex flex-wrap gap-2">
            {/* The shown province's own plans (one province at a time; "every province" has none). */}
            {provinceId && provinceId !== "-" && canViewProvincePlans(user, provinceId) ? (
              <Link href={routes.province(provinceId).plans()} className={buttonClass.secondary}>
                Kế hoạch của tỉnh
              </Link>
            ) : null}
            {provinceId && provinceId !== "-" && canViewProvinceIncidents(user, provinceId) ? (
              <Link href={routes.province(provinceId).incidents()} className={buttonClass.secondary}>
                Sự cố đang mở
              </Link>
            ) : null}
            {/* A plain link: the file is a route handler's answer, not a page to prefetch. */}
            <a
              href={routes.provinceOverviewExport({ q: query.q, provinceId: query.provinceId, sort: query.sort, dir: query.dir })}
              className={`no-print ${buttonClass.secondary}`}
              download
            >
              Xuất Excel
            </a>
            <PrintButton />
          </div>
        }
      />
      <form
        method="get"
        action={routes.provinceOverview()}
        role="search"
        className="no-print mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        <FilterField label="Tìm xã, phường" className="min-w-48 flex-1">
          <input name="q" defaultValue={query.q} placeholder="Tên xã, phường (gõ không dấu được)" className={filterInputClass} />
        </FilterField>
        {canPickProvince(user) ? (
          <FilterField label="Tỉnh, thành phố">
            <select name="tinh" defaultValue={provinceId ?? ALL_PROVINCES} className={`${filterInputClass} max-w-60`}>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={ALL_PROVINCES}>Cả nước</option>
            </select>
          </FilterField>
        ) : null}
        <input type="hidden" name="sap-xep" value={query.sort} />
        <input type="hidden" name="chieu" value={query.dir} />
        <button type="submit" className={buttonClass.primary}>
          Tìm
        </button>
        <Link href={routes.provinceOverview()} className="px-2 py-1.5 text-brand-700 hover:underline">
          Bỏ lọc
        </Link>
      </form>
      {view.truncated ? (
        <p className="mb-2 text-sm text-slate-600" aria-live="polite">
          Đang hiện {view.truncated.shown}/{view.truncated.matching} xã, phường theo cách sắp xếp đã chọn; tìm theo tên hoặc chọn một tỉnh
          để xem các xã khác.
        </p>
      ) : null}
      <Card className="mb-5">
        {view.rows.length === 0 ? (
          <EmptyState>{view.emptyMessage}</EmptyState>
        ) : (
          <>
            <IndicatorLegend />
            <ProvinceTable rows={view.rows} query={query} showProvince={view.showProvince} keyIndicators={KEY_INDICATORS} />
          </>
        )}
      </Card>
      <Card className="break-inside-avoid">
        <CardHeader
          title="So sánh các xã, phường theo chỉ tiêu chính"
          description={`Mỗi chấm là một xã, phường (số liệu kỳ gần nhất); đường nét đứt là chỉ tiêu ${formatValue(catalogTarget(xIndicator.code), "PERCENT")} và ${formatValue(catalogTarget(yIndicator.code), "PERCENT")}.`}
        />
        <div className="p-4">
          {points.length === 0 ? (
            <EmptyState>Chưa xã, phường nào có số liệu của cả hai chỉ tiêu.</EmptyState>
          ) : (
            <ChartWithTable
              title="So sánh các xã, phường theo chỉ tiêu chính"
              summary={`${points.length} xã, phường có số liệu`}
              chart={
                <KeyIndicatorScatter
                  points={points}
                  xLabel={xIndicator.label}
                  yLabel={yIndicator.label}
                  xTarget={catalogTarget(xIndicator.code)}
                  yTarget={catalogTarget(yIndicator.code)}
                />
              }
              table={{
                columns: ["Xã, phường", xIndicator.label, yIndicator.label],
                rows: points.map((p) => ({
                  key: p.href,
                  header: p.name,
                  cells: [{ text: formatValue(p.x, "PERCENT"), href: p.href }, { text: formatValue(p.y, "PERCENT") }],
                })),
              }}
            />
          )}
        </div>
      </Card>
    </AppShell>
  );
}
