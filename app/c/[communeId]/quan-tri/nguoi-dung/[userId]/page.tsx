import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssueActivationForm, ResetTwoFactorForm } from "@/components/admin/account-access-forms";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UserForm } from "@/components/admin/user-form";
import { Card, CardHeader } from "@/components/ui/card";
import { getUser, listUnits } from "@/lib/admin/queries";
import { canManageUsers, canResetSecondFactor, isCommuneRole } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/dates";
import { requireCommune } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Sửa người dùng" };

export default async function EditUserPage({ params }: PageProps<"/c/[communeId]/quan-tri/nguoi-dung/[userId]">) {
  const { communeId, userId } = await params;
  const { user: me, commune } = await requireCommune(communeId, canManageUsers);
  const [user, units] = await Promise.all([getUser(commune.communeId, userId), listUnits(commune.communeId)]);
  if (!user || !isCommuneRole(user.role)) notFound();
  const back = (
    <Link href={routes.commune(commune.communeId).admin.users()} className="text-sm text-brand-700 hover:underline">
      ← Danh sách người dùng
    </Link>
  );
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader title={`Sửa tài khoản: ${user.fullName}`} actions={back} />
        <div className="p-4 sm:p-5">
          <UserForm
            communeId={commune.communeId}
            units={units.filter((u) => u.active || u.id === user.unitId)}
            user={{ ...user, role: user.role }}
          />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Cấp lại mật khẩu"
          description="Tạo mật khẩu ngẫu nhiên mới và đăng xuất người dùng khỏi mọi phiên đang mở; người dùng phải đổi mật khẩu khi đăng nhập."
        />
        <div className="p-4 sm:p-5">
          <ResetPasswordForm communeId={commune.communeId} userId={user.id} />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Liên kết kích hoạt"
          description="Người dùng tự đặt mật khẩu qua liên kết (dùng một lần, 7 ngày): gửi qua thư khi tài khoản có email và máy chủ thư đã cấu hình, nếu không thì hiển thị một lần để in."
        />
        <div className="p-4 sm:p-5">
          <IssueActivationForm communeId={commune.communeId} userId={user.id} />
        </div>
      </Card>
      {canResetSecondFactor(me, commune) ? (
        <Card>
          <CardHeader
            title="Xác thực hai bước"
            description={user.totpEnabledAt ? `Đang bật từ ${formatDateTime(user.totpEnabledAt)}.` : "Chưa bật."}
          />
          {user.totpEnabledAt ? (
            <div className="p-4 sm:p-5">
              <p className="mb-3 text-sm text-slate-700">
                Khi người dùng mất điện thoại hoặc mã khôi phục: đặt lại để họ bật lại ở lần đăng nhập tới.
              </p>
              <ResetTwoFactorForm communeId={commune.communeId} userId={user.id} fullName={user.fullName} />
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
