// The province's plans: number, title, tasks, the version last published and how many communes hold it.
import Link from "next/link";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateKey, formatDateTime } from "@/lib/dates";
import type { ProvincePlanListRow } from "@/lib/province-plans/queries";
import { routes } from "@/lib/routes";

export function ProvincePlanList({ provinceId, plans }: { provinceId: string; plans: ProvincePlanListRow[] }) {
  return (
    <Table minWidth={720}>
      <TableHead columns={["Kế hoạch", ["Nhiệm vụ", "text-right"], "Đã ban hành", ["Xã, phường đã nhận", "text-right"]]} />
      <TableBody>
        {plans.map((p) => (
          <tr key={p.id} data-testid="province-plan-row">
            <Td>
              <Link href={routes.province(provinceId).plan(p.id)} className="font-medium text-brand-700 hover:underline">
                {p.title}
              </Link>
              <div className="text-xs text-slate-500">
                {[
                  p.number ? `Số ${p.number}` : "Chưa có số",
                  p.issuedDate ? `ngày ${formatDateKey(p.issuedDate)}` : null,
                  p.imported ? "nhập từ văn bản" : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
              {/* On a phone the other columns scroll out of view: the essentials stay under the title. */}
              <div className="text-xs text-slate-600 sm:hidden">
                {p.taskCount} nhiệm vụ ·{" "}
                {p.publishedVersion > 0 ? `phiên bản ${p.publishedVersion}, ${p.receiptCount} xã đã nhận` : "chưa ban hành"}
              </div>
            </Td>
            <Td className="text-right tabular-nums">{p.taskCount}</Td>
            <Td>
              {p.publishedVersion > 0 ? (
                <>
                  Phiên bản {p.publishedVersion}
                  <div className="text-xs text-slate-500">{formatDateTime(p.lastPublishedAt)}</div>
                </>
              ) : (
                <span className="text-slate-500">Chưa ban hành (bản đang soạn)</span>
              )}
            </Td>
            <Td className="text-right tabular-nums">{p.receiptCount}</Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
