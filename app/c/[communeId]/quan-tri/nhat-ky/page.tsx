import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DateField } from "@/components/ui/date-field";
import { FilterSelect } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { describeAudit } from "@/lib/audit/format";
import { AUDIT_ACTION_LABEL, auditActionLabel } from "@/lib/audit/labels";
import { listAudit, readAuditFilters } from "@/lib/audit/queries";
import { canViewAuditLog } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Nhật ký thao tác" };

/** The task an entry is about, so that its details name it. */
const subject = (r: { entityType: string; entityId: string }) => (r.entityType === "Task" ? { taskId: r.entityId } : {});

function AuditDetails({ lines }: { lines: string[] }) {
  return (
    <ul className="space-y-0.5 break-words">
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

export default async function AuditPage({ params, searchParams }: PageProps<"/c/[communeId]/quan-tri/nhat-ky">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canViewAuditLog);
  const filters = readAuditFilters(await searchParams);
  const { rows, total, actors, pages, names } = await listAudit(commune.communeId, filters);
  const audit = routes.commune(commune.communeId).admin.audit;
  const pageHref = (page: number) => audit({ ...filters, page });
  return (
    <Card>
      <CardHeader title="Nhật ký thao tác" description={`${total} thao tác · chỉ ghi thêm, không ai sửa hay xóa được`} />
      <form
        action={audit()}
        method="get"
        className="flex flex-wrap items-end gap-2 border-b border-slate-100 px-4 py-3 text-sm sm:px-5"
        role="search"
      >
        <FilterSelect label="Thao tác" name="hanh-dong" value={filters.action} options={Object.entries(AUDIT_ACTION_LABEL)} />
        <FilterSelect label="Người thực hiện" name="nguoi" value={filters.actorId} options={actors.map((a) => [a.id, a.fullName])} />
        <DateField compact label="Từ ngày" name="tu" defaultValue={filters.from} />
        <DateField compact label="Đến ngày" name="den" defaultValue={filters.to} />
        <button type="submit" className={buttonClass.primary}>
          Lọc
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState>Không có thao tác nào phù hợp.</EmptyState>
      ) : (
        <Table minWidth={720}>
          <TableHead columns={[["Thời gian", "w-36"], ["Người thực hiện", "w-48"], ["Thao tác", "w-44"], "Chi tiết"]} />
          <TableBody>
            {rows.map((r) => (
              <tr key={r.id} className="align-top" data-audit-action={r.action}>
                <Td className="whitespace-nowrap text-xs">{formatDateTime(r.createdAt)}</Td>
                <Td>{r.actor?.fullName ?? "—"}</Td>
                <Td>{auditActionLabel(r.action)}</Td>
                <Td className="text-xs text-slate-600">
                  <AuditDetails lines={describeAudit(r.action, { ...subject(r), ...(r.data as object) }, names)} />
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      {pages > 1 ? (
        <nav className="flex items-center justify-between px-4 py-3 text-sm" aria-label="Phân trang">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)}>← Trang trước</Link> : <span />}
          <span>
            Trang {filters.page} / {pages}
          </span>
          {filters.page < pages ? <Link href={pageHref(filters.page + 1)}>Trang sau →</Link> : <span />}
        </nav>
      ) : null}
    </Card>
  );
}
