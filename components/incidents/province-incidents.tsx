// The province support team's view: the open incidents of its communes (escalated first, then
// urgent, then the oldest) and the month's handling times per commune with the province's total.
import Link from "next/link";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates";
import { formatMinutes } from "@/lib/format/duration";
import type { IncidentFigures } from "@/lib/incidents/figures";
import { incidentCode } from "@/lib/incidents/labels";
import type { ProvinceIncidentRow } from "@/lib/incidents/queries";
import { routes } from "@/lib/routes";
import { IncidentStatusBadge, SeverityBadge } from "./badges";

export function ProvinceIncidentTable({ rows }: { rows: ProvinceIncidentRow[] }) {
  return (
    <Table minWidth={860}>
      <TableHead columns={["Xã, phường", "Mã", "Sự cố", "Mức độ", "Trạng thái", "Báo lúc", "Chuyển cấp trên", "Tỉnh tiếp nhận"]} />
      <TableBody>
        {rows.map((r) => (
          <tr key={r.id} data-incident={incidentCode(r.number)}>
            <Td>{r.communeName}</Td>
            <Td>
              <Link href={routes.commune(r.communeId).incident(r.id)} className="font-mono whitespace-nowrap text-brand-700 underline">
                {incidentCode(r.number)}
              </Link>
            </Td>
            <Td>{r.title}</Td>
            <Td>
              <SeverityBadge severity={r.severity} />
            </Td>
            <Td>
              <IncidentStatusBadge status={r.status} />
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(r.reportedAt)}</Td>
            <Td className="whitespace-nowrap">{r.status === "ESCALATED" && r.escalatedAt ? formatDateTime(r.escalatedAt) : ""}</Td>
            <Td>
              {r.status !== "ESCALATED" ? (
                ""
              ) : r.provinceAcknowledgedAt ? (
                "Đã tiếp nhận"
              ) : (
                <span className="font-medium text-red-700">Chưa</span>
              )}
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

const minutes = (m: number | null) => (m === null ? "—" : formatMinutes(m));

function FigureCells({ f }: { f: IncidentFigures }) {
  return (
    <>
      <Td className="text-right">{f.reported}</Td>
      <Td className="text-right">{f.urgent}</Td>
      <Td className="text-right">{f.escalated}</Td>
      <Td className="text-right">{f.open}</Td>
      <Td className="text-right">{minutes(f.medianAcknowledgeMinutes)}</Td>
      <Td className="text-right">{minutes(f.medianResolveMinutes)}</Td>
    </>
  );
}

export function IncidentFiguresTable({
  communes,
  byCommune,
  total,
}: {
  communes: { id: string; name: string }[];
  byCommune: Map<string, IncidentFigures>;
  total: IncidentFigures;
}) {
  const right = "text-right";
  return (
    <Table minWidth={720}>
      <TableHead
        columns={[
          "Xã, phường",
          ["Đã báo", right],
          ["Khẩn cấp", right],
          ["Chuyển cấp trên", right],
          ["Đang mở", right],
          ["Tiếp nhận (trung vị)", right],
          ["Khắc phục (trung vị)", right],
        ]}
      />
      <TableBody>
        {communes.map((c) => {
          const f = byCommune.get(c.id);
          return f ? (
            <tr key={c.id}>
              <Td>{c.name}</Td>
              <FigureCells f={f} />
            </tr>
          ) : null;
        })}
        <tr className="bg-slate-50 font-semibold">
          <Td>Toàn tỉnh</Td>
          <FigureCells f={total} />
        </tr>
      </TableBody>
    </Table>
  );
}
