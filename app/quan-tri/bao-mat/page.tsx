import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { GraceForm } from "@/components/system-accounts/grace-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { ToneBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/dates";
import { ROLE_LABEL, adminNav } from "@/lib/auth/navigation";
import { canManageTenants } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { securityOverview } from "@/lib/security-settings/queries";

export const metadata: Metadata = { title: "Bảo mật đăng nhập" };

export default async function SecuritySettingsPage() {
  const user = await requireUser();
  if (!canManageTenants(user)) notFound();
  const now = new Date();
  const { policy, pending } = await securityOverview(now);
  const overdue = pending.filter((p) => p.overdue).length;
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Bảo mật đăng nhập"
        description="Xác thực hai bước (mã từ ứng dụng trên điện thoại) là bắt buộc với lãnh đạo UBND, bộ phận điều phối, tài khoản cấp tỉnh và quản trị; cán bộ đơn vị tự chọn."
      />
      <div className="space-y-5">
        <Card>
          <CardHeader title="Thời hạn bật xác thực hai bước" />
          <div className="space-y-4 p-4 sm:p-5">
            <div className="space-y-2 text-sm text-slate-700">
              <p>
                Quy định áp dụng từ <b>{formatDate(policy.twoFactorPolicySince)}</b>. Mỗi tài khoản bắt buộc có{" "}
                <b>{policy.twoFactorGraceDays} ngày</b> để bật, kể từ ngày quy định áp dụng hoặc ngày tạo tài khoản (ngày nào muộn hơn);
                trong thời gian đó trang chủ nhắc và đếm ngược số ngày còn lại.
              </p>
              <p>
                Hết hạn, ở lần đăng nhập tiếp theo người dùng phải đăng ký ứng dụng xác thực (quét mã QR, lưu 10 mã khôi phục) rồi mới vào
                được cổng; phiên đang mở không bị ngắt. Tài khoản vừa được đặt lại xác thực hai bước phải đăng ký lại ngay ở lần đăng nhập
                tới. Thay đổi số ngày áp dụng ngay cho mọi tài khoản chưa đăng ký.
              </p>
            </div>
            <GraceForm graceDays={policy.twoFactorGraceDays} />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Tài khoản chưa bật xác thực hai bước"
            description={`${pending.length} tài khoản bắt buộc chưa đăng ký, ${overdue} đã quá hạn. Hạn sớm nhất trước: hãy nhắc họ.`}
          />
          {pending.length === 0 ? (
            <p className="px-4 py-6 text-sm text-slate-500 sm:px-5">Mọi tài khoản bắt buộc đã bật xác thực hai bước.</p>
          ) : (
            <Table minWidth={720}>
              <TableHead columns={["Tài khoản", "Vai trò", "Xã, phường / tỉnh", "Hạn đăng ký", "Tình trạng"]} />
              <TableBody>
                {pending.map((p) => (
                  <tr key={p.id} data-username={p.username}>
                    <Td>
                      <span className="font-mono text-xs">{p.username}</span>
                      <span className="block text-slate-800">{p.fullName}</span>
                    </Td>
                    <Td>{ROLE_LABEL[p.role]}</Td>
                    <Td>{p.place ?? "Toàn quốc"}</Td>
                    <Td>{p.wasReset ? `Ngay (đặt lại lúc ${formatDateTime(p.deadline)})` : formatDateTime(p.deadline)}</Td>
                    <Td>
                      {p.overdue ? (
                        <ToneBadge tone="red" label="Quá hạn: đăng ký khi đăng nhập" />
                      ) : (
                        <ToneBadge tone="amber" label={`Còn ${Math.ceil((p.deadline.getTime() - now.getTime()) / 86_400_000)} ngày`} />
                      )}
                    </Td>
                  </tr>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      </div>
    </AppShell>
  );
}
