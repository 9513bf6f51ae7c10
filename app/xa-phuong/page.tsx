import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartWithTable } from "@/components/dashboard/chart-table";
import { KeyKpiScatter } from "@/components/dashboard/charts";
import { PrintButton } from "@/components/dashboard/print-button";
import { KpiLegend, ProvinceTable } from "@/components/dashboard/province-table";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterField, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canListCommunes } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listProvinces } from "@/lib/communes/queries";
import { cachedProvinceOverview, KEY_KPIS } from "@/lib/dashboard/province";
import { provinceRows, readProvinceQuery } from "@/lib/dashboard/province-table";
import { KPI_CATALOG } from "@/lib/indicators/catalog";
import { formatValue } from "@/lib/indicators/vocabulary";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Các xã, phường" };

/** The `tinh` value of an admin's country-wide view. */
const ALL_PROVINCES = "ca-nuoc";
/** Rows shown at once: a country has about 3,300 communes; sorting and search pick which. */
const MAX_ROWS = 300;

export default async function ProvincePage({ searchParams }: PageProps<"/xa-phuong">) {
  const user = await requireUser();
  if (!canListCommunes(user)) notFound();
  const query = readProvinceQuery(await searchParams);
  const provinces = user.role === "ADMIN" ? await listProvinces() : [];
  // A province user sees their own province whatever the URL says; an admin may pick one.
  // A province user sees their own province whatever the URL says. An admin sees one province at a
  // time (the first by default) or, when asking for it, every commune of the country.
  const provinceId =
    user.role === "PROVINCE"
      ? (user.provinceId ?? "-")
      : query.provinceId === ALL_PROVINCES
        ? null
        : ((provinces.find((p) => p.id === query.provinceId) ?? provinces[0])?.id ?? null);
  const { value: all, computedAt } = await cachedProvinceOverview(provinceId);
  const matching = provinceRows(all, query);
  const rows = matching.slice(0, MAX_ROWS);
  const provinceName =
    user.role === "PROVINCE" ? (all[0]?.provinceName ?? null) : (provinces.find((p) => p.id === provinceId)?.name ?? null);
  const [xKpi, yKpi] = KEY_KPIS;
  const target = (code: string) => KPI_CATALOG.find((k) => k.code === code)?.defaultTarget ?? 0;
  const points = all
    .filter((c) => c.keyKpis[xKpi.code] !== undefined && c.keyKpis[yKpi.code] !== undefined)
    .map((c) => ({ name: c.name, x: c.keyKpis[xKpi.code]!, y: c.keyKpis[yKpi.code]!, href: routes.commune(c.id).dashboard() }));
  const totals = all.reduce((t, c) => ({ total: t.total + c.total, done: t.done + c.done, overdue: t.overdue + c.overdue }), {
    total: 0,
    done: 0,
    overdue: 0,
  });

  return (
    <AppShell user={user} context={provinceName ?? "Toàn quốc"} nav={adminNav(user)}>
      <PageHeader
        title={provinceName ? `Các xã, phường · ${provinceName}` : "Các xã, phường"}
        description={`${all.length} xã, phường · ${totals.done}/${totals.total} nhiệm vụ hoàn thành · ${totals.overdue} quá hạn · số liệu lúc ${formatDateTime(computedAt)} (tổng hợp lại mỗi phút)${user.role === "PROVINCE" ? " · chỉ xem" : ""}`}
        actions={<PrintButton />}
      />
      <form
        method="get"
        action="/xa-phuong"
        role="search"
        className="no-print mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        <FilterField label="Tìm xã, phường" className="min-w-48 flex-1">
          <input name="q" defaultValue={query.q} placeholder="Tên xã, phường (gõ không dấu được)" className={filterInputClass} />
        </FilterField>
        {user.role === "ADMIN" ? (
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
        <Link href="/xa-phuong" className="px-2 py-1.5 text-brand-700 hover:underline">
          Bỏ lọc
        </Link>
      </form>
      {matching.length > rows.length ? (
        <p className="mb-2 text-sm text-slate-600" aria-live="polite">
          Đang hiện {rows.length}/{matching.length} xã, phường theo cách sắp xếp đã chọn; tìm theo tên hoặc chọn một tỉnh để xem các xã
          khác.
        </p>
      ) : null}
      <Card className="mb-5">
        {rows.length === 0 ? (
          <EmptyState>{all.length ? "Không có xã, phường phù hợp." : "Chưa có xã, phường nào."}</EmptyState>
        ) : (
          <>
            <KpiLegend />
            <ProvinceTable
              rows={rows.map((c) => ({
                id: c.id,
                name: c.name,
                provinceName: c.provinceName,
                total: c.total,
                done: c.done,
                completion: c.completion,
                progress: c.progress,
                overdue: c.overdue,
                kpis: c.kpis,
                kpiTotal: c.kpiTotal,
                keyKpis: KEY_KPIS.map((k) => c.keyKpis[k.code] ?? null),
                lastUpdate: c.lastUpdateAt ? formatDateTime(c.lastUpdateAt) : null,
                report: c.latestReport
                  ? { id: c.latestReport.id, label: c.latestReport.periodLabel, signed: formatDateTime(c.latestReport.finalizedAt) }
                  : null,
              }))}
              query={query}
              showProvince={user.role === "ADMIN" && !provinceId}
              keyKpis={KEY_KPIS}
            />
          </>
        )}
      </Card>
      <Card className="break-inside-avoid">
        <CardHeader
          title="So sánh các xã, phường theo chỉ tiêu chính"
          description={`Mỗi chấm là một xã, phường (số liệu kỳ gần nhất); đường nét đứt là chỉ tiêu ${formatValue(target(xKpi.code), "PERCENT")} và ${formatValue(target(yKpi.code), "PERCENT")}.`}
        />
        <div className="p-4">
          {points.length === 0 ? (
            <EmptyState>Chưa xã, phường nào có số liệu của cả hai chỉ tiêu.</EmptyState>
          ) : (
            <ChartWithTable
              title="So sánh các xã, phường theo chỉ tiêu chính"
              summary={`${points.length} xã, phường có số liệu`}
              chart={
                <KeyKpiScatter
                  points={points}
                  xLabel={xKpi.label}
                  yLabel={yKpi.label}
                  xTarget={target(xKpi.code)}
                  yTarget={target(yKpi.code)}
                />
              }
              table={{
                columns: ["Xã, phường", xKpi.label, yKpi.label],
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
