// The tokens of a commune (or every token, on the admin's page): whose, what for, scope, when made,
// expiry, last use and state. Never the token: only its first characters, to recognise it.
import { EmptyState } from "@/components/ui/card";
import { ToneBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import type { TokenRow, TokenState } from "@/lib/api-tokens/queries";
import { ROLE_LABEL } from "@/lib/auth/navigation";
import { formatDateTime } from "@/lib/dates";
import { formatNumber } from "@/lib/format/number";
import { RevokeTokenButton } from "./revoke-token-button";

function StateBadge({ state }: { state: TokenState }) {
  if (state.kind === "active") return <ToneBadge tone="green" label="Đang dùng" />;
  if (state.kind === "expired") return <ToneBadge tone="gray" label="Hết hạn" />;
  return (
    <div className="space-y-1">
      <ToneBadge tone="red" label="Đã thu hồi" />
      <p className="text-xs text-slate-500">
        {formatDateTime(state.at)}
        {state.by ? `, bởi ${state.by}` : ""}
      </p>
    </div>
  );
}

/** `communeId`: the commune's list (revoked through its page); without it, the admin's list of all. */
export function TokenList({ tokens, communeId }: { tokens: TokenRow[]; communeId?: string }) {
  if (!tokens.length) return <EmptyState>Chưa có khóa kết nối nào.</EmptyState>;
  const columns = ["Khóa", "Tài khoản", ...(communeId ? [] : ["Đơn vị"]), "Quyền", "Tạo", "Hết hạn", "Dùng gần nhất", "Trạng thái", ""];
  return (
    <Table minWidth={communeId ? 960 : 1100}>
      <TableHead columns={columns} />
      <TableBody>
        {tokens.map((t) => (
          <tr key={t.id} className={t.state.kind === "active" ? "" : "text-slate-500"} data-testid="api-token-row">
            <Td>
              <p className="font-medium">{t.name}</p>
              <p className="font-mono text-xs text-slate-500">{t.prefix}…</p>
            </Td>
            <Td>
              <p>{t.owner.fullName}</p>
              <p className="text-xs text-slate-500">
                <span className="font-mono">{t.owner.username}</span> · {ROLE_LABEL[t.owner.role]}
              </p>
            </Td>
            {communeId ? null : <Td className="text-xs">{[t.communeName, t.provinceName].filter(Boolean).join(", ") || "Toàn quốc"}</Td>}
            <Td className="text-xs">{t.scopeLabel}</Td>
            <Td className="text-xs">
              {formatDateTime(t.createdAt)}
              <br />
              {t.createdBy}
            </Td>
            <Td className="text-xs">{t.expiresAt ? formatDateTime(t.expiresAt) : "Không hết hạn"}</Td>
            <Td className="text-xs">
              {t.lastUsedAt ? (
                <>
                  {formatDateTime(t.lastUsedAt)}
                  {t.lastUsedIp ? <span className="block font-mono">{t.lastUsedIp}</span> : null}
                </>
              ) : (
                "Chưa dùng"
              )}
              {t.usesLast30Days !== null ? <span className="block">{formatNumber(t.usesLast30Days)} yêu cầu trong 30 ngày</span> : null}
            </Td>
            <Td>
              <StateBadge state={t.state} />
            </Td>
            <Td>{t.state.kind === "active" ? <RevokeTokenButton tokenId={t.id} name={t.name} communeId={communeId} /> : null}</Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
