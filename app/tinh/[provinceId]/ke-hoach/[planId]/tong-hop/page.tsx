import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/dashboard/print-button";
import { RollupKpis } from "@/components/province-plans/rollup-kpis";
import { RollupTable } from "@/components/province-plans/rollup-table";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterField, filterInputClass } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { adminNav } from "@/lib/auth/navigation";
import { canViewProvincePlans, isReadOnlyViewer } from "@/lib/auth/permissions";
import { requireProvince } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { planRollup } from "@/lib/read-models/models";
import { filterTasks, groupsOf, readRollupFilters } from "@/lib/province-plans/rollup-view";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Tổng hợp theo nhiệm vụ" };

export default async function PlanRollupPage({ params, searchParams }: PageProps<"/tinh/[provinceId]/ke-hoach/[planId]/tong-hop">) {
  const { provinceId, planId } = await params;
  const { user, province } = await requireProvince(provinceId, canViewProvincePlans);
  // The query itself is filtered by the province: a plan of another province is "not found".
  const rollup = await planRollup(province.provinceId, planId);
  if (!rollup) notFound();
  const filters = readRollupFilters(await searchParams);
  const tasks = filterTasks(
    rollup.tasks.filter((t) => !t.task.withdrawn),
    filters,
  );
  const withdrawn = rollup.tasks.filter((t) => t.task.withdrawn);
  const groups = groupsOf(rollup.tasks);
  const here = routes.province(province.provinceId).rollup(planId);
  const planName = rollup.plan.number ? `Kế hoạch số ${rollup.plan.number}: ${rollup.plan.title}` : rollup.plan.title;

  return (
    <AppShell user={user} context={province.name} nav={adminNav(user)} readOnly={isReadOnlyViewer(user)}>
      <PageHeader
        title="Tổng hợp theo nhiệm vụ"
        description={
          <>
            <p>{planName}</p>
            {rollup.version ? (
              <p>
                Theo phiên bản {rollup.version.number} (ban hành {formatDateTime(rollup.version.publishedAt)}). &quot;Xã chậm&quot;: nhiệm
                vụ quá hạn, chưa triển khai, hoặc chưa cập nhật trong kỳ báo cáo tháng hiện tại ({rollup.period.label},{" "}
                {rollup.period.range}).
              </p>
            ) : null}
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {/* A plain link: the file is a route handler's answer, not a page to prefetch. */}
            <a href={routes.province(province.provinceId).rollupExport(planId)} className={`no-print ${buttonClass.secondary}`} download>
              Xuất Excel
            </a>
            <PrintButton />
          </div>
        }
      />
      {!rollup.version ? (
        <Card>
          <EmptyState>Kế hoạch chưa ban hành phiên bản nào nên chưa có số liệu tổng hợp.</EmptyState>
        </Card>
      ) : (
        <>
          <form
            method="get"
            action={here}
            role="search"
            className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <FilterField label="Nhóm nhiệm vụ">
              <select name="nhom" defaultValue={filters.group} className={`${filterInputClass} max-w-72`}>
                <option value="">Tất cả các nhóm</option>
                {groups.map((g) => (
                  <option key={g.code} value={g.code}>
                    {g.code}
                    {g.title ? `. ${g.title}` : ""}
                  </option>
                ))}
              </select>
            </FilterField>
            <label className="flex items-center gap-2 py-1.5">
              <input type="checkbox" name="cham" value="1" defaultChecked={filters.laggardsOnly} />
              Chỉ nhiệm vụ có xã chậm
            </label>
            <button type="submit" className={buttonClass.primary}>
              Lọc
            </button>
            <Link href={here} className="px-2 py-1.5 text-brand-700 hover:underline">
              Bỏ lọc
            </Link>
          </form>
          <Card className="mb-5">
            <CardHeader title={`Nhiệm vụ (${tasks.length}/${rollup.tasks.length - withdrawn.length})`} />
            {tasks.length === 0 ? (
              <EmptyState>Không có nhiệm vụ nào khớp bộ lọc.</EmptyState>
            ) : (
              <RollupTable tasks={tasks} provinceId={province.provinceId} planId={planId} />
            )}
          </Card>
          {withdrawn.length ? (
            <Card className="mb-5">
              <CardHeader
                title="Nhiệm vụ tỉnh đã thu hồi"
                description="Các xã đã đóng nhiệm vụ này là “không còn thực hiện”; không tính vào tổng hợp."
              />
              <RollupTable tasks={withdrawn} provinceId={province.provinceId} planId={planId} />
            </Card>
          ) : null}
          <RollupKpis kpis={rollup.kpis} />
        </>
      )}
    </AppShell>
  );
}
