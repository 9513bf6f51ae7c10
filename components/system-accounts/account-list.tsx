// The province and admin accounts: one row each, its edit form and actions folded under it.
import { ToneBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/lib/dates";
import { ROLE_LABEL } from "@/lib/auth/navigation";
import type { ProvinceOption, SystemAccountRow } from "@/lib/system-accounts/queries";
import { AccountActions } from "./account-actions";
import { EditAccountForm } from "./edit-account-form";

export function AccountList({
  accounts,
  provinces,
  selfId,
}: {
  accounts: SystemAccountRow[];
  provinces: ProvinceOption[];
  selfId: string;
}) {
  if (accounts.length === 0) return <p className="px-4 py-6 text-sm text-slate-500 sm:px-5">Không có tài khoản nào.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="system-accounts">
      {accounts.map((a) => (
        <li key={a.id} className="px-4 py-3 sm:px-5" data-username={a.username}>
          <details>
            <summary className="cursor-pointer list-none">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="font-mono text-sm font-semibold text-slate-900">{a.username}</span>
                <span className="text-sm text-slate-800">{a.fullName}</span>
                <span className="text-xs text-slate-500">
                  {ROLE_LABEL[a.role]}
                  {a.provinceName ? ` · ${a.provinceName}` : ""}
                  {a.provinceCoordinator ? " · điều phối kế hoạch tỉnh" : ""}
                </span>
                {a.id === selfId ? <span className="text-xs text-brand-800">(bạn)</span> : null}
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <ToneBadge tone={a.active ? "green" : "gray"} label={a.active ? "Đang hoạt động" : "Đã khóa"} />
                <ToneBadge
                  tone={a.secondFactor ? "green" : "amber"}
                  label={a.secondFactor ? "Có xác thực hai bước" : "Chưa bật xác thực hai bước"}
                />
                {a.mustChangePassword ? <ToneBadge tone="amber" label="Phải đổi mật khẩu" /> : null}
                <span>{a.email ?? "Không có email"}</span>
                {a.phone ? <span>· {a.phone}</span> : null}
                <span>· Đăng nhập gần nhất: {a.lastLoginAt ? formatDateTime(a.lastLoginAt) : "chưa đăng nhập"}</span>
              </div>
            </summary>
            <div className="mt-3 space-y-4 rounded-md border border-slate-200 p-3 sm:p-4">
              <EditAccountForm account={a} provinces={provinces} self={a.id === selfId} />
              {a.id === selfId ? (
                <p className="text-sm text-slate-600">Mật khẩu và xác thực hai bước của bạn: ở trang Tài khoản của tôi.</p>
              ) : (
                <AccountActions userId={a.id} active={a.active} />
              )}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
