// One province task across its communes: each commune's category, progress, lead units, last update,
// the reason of a "không phát sinh", and a link to the commune's task (read-only for the province).
// Laggards come first (the query orders them so).
import Link from "next/link";
import { ToneBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates";
import type { RollupCategory } from "@/lib/province-plans/rollup";
import type { DetailRow } from "@/lib/province-plans/rollup-sql";
import { lagReason, ROLLUP_META } from "@/lib/province-plans/rollup-view";
import { routes } from "@/lib/routes";

function categoryOf(r: DetailRow): RollupCategory {
  return r.category in ROLLUP_META ? (r.category as RollupCategory) : "NOT_RECEIVED";
}

export function RollupTaskTable({ rows, periodLabel, version }: { rows: DetailRow[]; periodLabel: string; version: number }) {
  return (
    <Table minWidth={900}>
      <TableHead columns={["Xã, phường", "Tình trạng", ["Tiến độ", "text-right"], "Đơn vị chủ trì", "Cập nhật gần nhất", "Ghi chú"]} />
      <TableBody>
        {rows.map((r) => {
          const c = categoryOf(r);
          return (
            <tr key={r.communeId} className={`align-top ${r.lagging ? "bg-red-50/40" : ""}`}>
              <Td>
                {r.taskId ? (
                  <Link href={routes.commune(r.communeId).task(r.taskId)} className="font-medium text-brand-700 hover:underline">
                    {r.communeName}
                  </Link>
                ) : (
                  <span className="font-medium">{r.communeName}</span>
                )}
              </Td>
              <Td>
                <ToneBadge tone={ROLLUP_META[c].tone} label={ROLLUP_META[c].label} data-category={c} />
                {r.lagging ? <div className="mt-1 text-xs font-medium text-red-700">Chậm: {lagReason(r, periodLabel)}</div> : null}
              </Td>
              <Td className="text-right tabular-nums">{r.taskId ? `${r.progress ?? 0}%` : "—"}</Td>
              <Td>{r.taskId ? (r.leadUnits ?? <span className="text-amber-800">Chưa giao chủ trì</span>) : "—"}</Td>
              <Td>{r.lastUpdateAt ? formatDateTime(r.lastUpdateAt) : "Chưa cập nhật"}</Td>
              <Td className="text-sm text-slate-700">
                {c === "NOT_APPLICABLE" ? `Không phát sinh: ${r.closedReason ?? ""}` : null}
                {c === "WITHDRAWN" ? `Không còn thực hiện${r.closedReason ? `: ${r.closedReason}` : ""}` : null}
                {c === "NOT_RECEIVED"
                  ? r.appliedVersion === null
                    ? "Xã chưa nhận kế hoạch"
                    : r.appliedVersion < version
                      ? `Xã mới áp dụng đến phiên bản ${r.appliedVersion}`
                      : "Xã chưa có nhiệm vụ tương ứng"
                  : null}
                {c === "ARCHIVED" ? "Nhiệm vụ nằm trong kế hoạch xã đã lưu trữ" : null}
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
