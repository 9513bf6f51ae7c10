import { EmptyState } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateKey, formatDateTime } from "@/lib/dates";
import { formatNumber, formatValue } from "@/lib/format/number";
import { routes } from "@/lib/routes";

type Row = {
  id: string;
  periodKey: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  revision: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sourceNote: string;
  /** The source system of a value posted through the API (KPI feed); null when typed on the portal. */
  feedSource: string | null;
  correctionReason: string | null;
  enteredBy: string;
  createdAt: Date;
  attachments: { id: string; fileName: string }[];
};

/** Every revision, newest period first; a corrected revision is shown struck through under its successor. */
export function ValueHistory({ rows, unit, ratio }: { rows: Row[]; unit: "PERCENT" | "COUNT"; ratio: boolean }) {
  if (rows.length === 0) return <EmptyState>Chưa có số liệu nào.</EmptyState>;
  const latestRevision = new Map<string, number>();
  for (const r of rows) latestRevision.set(r.periodKey, Math.max(latestRevision.get(r.periodKey) ?? 0, r.revision));
  return (
    <Table minWidth={860}>
      <TableHead
        columns={[
          "Kỳ",
          ["Giá trị", "text-right"],
          ...(ratio ? [["Tử số / mẫu số", "text-right"] as [string, string]] : []),
          "Nguồn, minh chứng",
          "Người nhập",
        ]}
      />
      <TableBody>
        {rows.map((r) => {
          const superseded = r.revision < (latestRevision.get(r.periodKey) ?? 0);
          return (
            <tr key={r.id} className={superseded ? "bg-slate-50 text-slate-500" : ""} data-testid="value-row">
              <Td className="whitespace-nowrap">
                <div className="font-medium">{r.periodLabel}</div>
                <div className="text-xs text-slate-500">
                  {formatDateKey(r.periodStart)} – {formatDateKey(r.periodEnd)}
                </div>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                <span className={superseded ? "line-through" : "font-semibold"}>{formatValue(r.value, unit)}</span>
                {superseded ? (
                  <div className="text-xs">đã được điều chỉnh</div>
                ) : r.revision > 1 ? (
                  <div className="text-xs text-amber-700">điều chỉnh lần {r.revision - 1}</div>
                ) : null}
              </Td>
              {ratio ? (
                <Td className="whitespace-nowrap text-right tabular-nums">
                  {r.numerator !== null ? `${formatNumber(r.numerator)} / ${formatNumber(r.denominator ?? 0)}` : "—"}
                </Td>
              ) : null}
              <Td>
                {r.feedSource ? <div data-testid="feed-source">Nguồn: {r.feedSource} (qua API)</div> : null}
                {r.sourceNote ? <div>{r.sourceNote}</div> : null}
                {r.correctionReason ? <div className="text-xs text-amber-800">Lý do điều chỉnh: {r.correctionReason}</div> : null}
                {r.attachments.map((a) => (
                  <a key={a.id} href={routes.file(a.id)} className="mr-3 text-xs text-brand-800 hover:underline">
                    📎 {a.fileName}
                  </a>
                ))}
              </Td>
              <Td className="whitespace-nowrap text-xs">
                <div>{r.enteredBy}</div>
                <div className="text-slate-500">{formatDateTime(r.createdAt)}</div>
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
