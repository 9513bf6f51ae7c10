// The versions kept (each with what it changed) and, per commune, which version it holds.
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/dates";
import type { PublishView } from "@/lib/province-plans/versions";
import { ChangeList } from "./publish-changes";

function countsText(c: PublishView["versions"][number]["counts"]): string {
  const parts = [
    [c.NEW, "mới"],
    [c.WORDING + c.DEADLINE + c.TARGETS, "thay đổi"],
    [c.WITHDRAWN, "rút"],
    [c.RESTORED, "giao lại"],
  ] as const;
  return (
    parts
      .filter(([n]) => n > 0)
      .map(([n, w]) => `${n} ${w}`)
      .join(", ") || "—"
  );
}

export function VersionList({ versions }: { versions: PublishView["versions"] }) {
  return (
    <Table minWidth={720}>
      <TableHead columns={["Phiên bản", "Ngày ban hành", "Người ban hành", "Thay đổi", "Ghi chú"]} />
      <TableBody>
        {versions.map((v) => (
          <tr key={v.number} className="align-top" data-testid={`version-${v.number}`}>
            <Td className="font-medium">{v.number}</Td>
            <Td>{formatDateTime(v.publishedAt)}</Td>
            <Td>{v.publishedBy}</Td>
            <Td>
              <details>
                <summary className="cursor-pointer text-brand-700">{countsText(v.counts)}</summary>
                <div className="mt-2">
                  <ChangeList changes={v.changes} />
                </div>
              </details>
            </Td>
            <Td className="whitespace-pre-line">{v.note || "—"}</Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

export function ReceiptList({ communes, latest }: { communes: PublishView["communes"]; latest: number }) {
  return (
    <Table minWidth={640}>
      <TableHead columns={["Xã, phường", "Phiên bản đã nhận", "Ngày nhận", "Đã xem thay đổi"]} />
      <TableBody>
        {communes.map((c) => (
          <tr key={c.id} data-testid={`receipt-${c.id}`}>
            <Td className="font-medium">{c.name}</Td>
            <Td>
              {c.appliedVersion === null ? (
                <span className="text-red-700">Chưa nhận</span>
              ) : c.appliedVersion < latest ? (
                <span className="text-amber-700">
                  {c.appliedVersion} (chưa nhận phiên bản {latest})
                </span>
              ) : (
                c.appliedVersion
              )}
            </Td>
            <Td>{c.appliedAt ? formatDateTime(c.appliedAt) : "—"}</Td>
            <Td>{c.acknowledgedAt ? `Đã xem ${formatDateTime(c.acknowledgedAt)}` : c.appliedVersion === null ? "—" : "Chưa xem"}</Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
