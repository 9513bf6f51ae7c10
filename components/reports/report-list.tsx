import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { ReportStatusBadge } from "./report-status-badge";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { ReportListItem } from "@/lib/reports/queries";
import { routes } from "@/lib/routes";

/** The plan's reports, newest period first: drafts being written and the finalised history. */
export function ReportList({ reports, communeId }: { reports: ReportListItem[]; communeId: string }) {
  if (reports.length === 0) return <EmptyState>Chưa có báo cáo nào của kế hoạch này.</EmptyState>;
  const to = routes.commune(communeId);
  return (
    <Table minWidth={760}>
      <TableHead columns={["Kỳ", "Báo cáo", "Tình trạng", "Tải về"]} />
      <TableBody>
        {reports.map((r) => (
          <tr key={r.id}>
            <Td className="whitespace-nowrap font-medium">{r.periodLabel}</Td>
            <Td>
              <Link href={to.report(r.id)} className="text-brand-700 hover:underline">
                {r.status === "FINAL" ? `Số ${r.number} ngày ${formatDate(r.issuedDate, "date-only")}` : r.summary}
              </Link>
              <span className="block text-xs text-slate-500">
                {r.status === "FINAL"
                  ? `${r.finalizedBy?.fullName ?? ""} ký phát hành lúc ${formatDateTime(r.finalizedAt)}`
                  : `${r.createdBy.fullName} lập lúc ${formatDateTime(r.createdAt)}; sửa lần cuối ${formatDateTime(r.updatedAt)}`}
              </span>
            </Td>
            <Td>
              <ReportStatusBadge status={r.status} submittedAt={r.submittedAt} />
            </Td>
            <Td className="whitespace-nowrap">
              <a href={to.reportFile(r.id, "docx")} download className="text-brand-700 hover:underline">
                DOCX
              </a>
              {" · "}
              <a href={to.reportFile(r.id, "xlsx")} download className="text-brand-700 hover:underline">
                XLSX
              </a>
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
