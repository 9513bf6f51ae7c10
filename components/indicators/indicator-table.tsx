import Link from "next/link";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateKey, formatDateTime } from "@/lib/dates";
import type { IndicatorListRow } from "@/lib/indicators/queries";
import { formatValue } from "@/lib/format/number";
import { targetText } from "@/lib/indicators/vocabulary";
import { Sparkline } from "./charts";
import { IndicatorBadge, IndicatorProgress } from "./indicator-badge";
import { routes } from "@/lib/routes";

export function IndicatorTable({ rows, communeId }: { rows: IndicatorListRow[]; communeId: string }) {
  return (
    <Table minWidth={920}>
      <TableHead columns={["Chỉ tiêu", ["Hiện tại", "text-right"], "Cần đạt", "Tiến độ", "Tình trạng", "Xu hướng", "Cập nhật"]} />
      <TableBody>
        {rows.map((r) => {
          const s = r.summary;
          return (
            <tr key={r.id} data-testid={`indicator-${r.code}`} className="align-top">
              <Td className="min-w-60">
                <Link href={routes.commune(communeId).indicator(r.id)} className="font-medium text-brand-800 hover:underline">
                  {r.name}
                </Link>
                <div className="mt-0.5 text-xs text-slate-500">
                  {r.code}
                  {r.responsibleUnit ? ` · ${r.responsibleUnit}` : " · chưa giao đơn vị"}
                </div>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                {s.latest ? (
                  <>
                    <div className="font-semibold text-slate-900">{formatValue(s.latest.value, r.unit)}</div>
                    <div className="text-xs text-slate-500">đến {formatDateKey(s.latest.periodEnd)}</div>
                  </>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
              <Td className="whitespace-nowrap">
                {targetText(r.comparison, s.milestone.target, r.unit, r.name)}
                <div className="text-xs text-slate-500">hạn {formatDateKey(s.milestone.dueDate)}</div>
              </Td>
              <Td>
                <IndicatorProgress status={s.status} percent={s.progress} />
              </Td>
              <Td>
                <IndicatorBadge status={s.status} label={s.label} />
              </Td>
              <Td>
                <Sparkline
                  points={s.trend.map((t) => ({ label: t.periodKey, value: t.value }))}
                  domainMax={r.unit === "PERCENT" ? 100 : undefined}
                />
              </Td>
              <Td className="min-w-32 text-xs text-slate-600">
                {r.lastEntry ? (
                  <>
                    <div>{formatDateTime(r.lastEntry.at)}</div>
                    <div className="text-slate-500">{r.lastEntry.by}</div>
                  </>
                ) : (
                  "Chưa cập nhật"
                )}
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
