import type { Metadata } from "next";
import Link from "next/link";
import { UserForm } from "@/components/admin/user-form";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { listUnits, listUsers } from "@/lib/admin/queries";
import { ROLE_LABEL } from "@/lib/auth/navigation";
import { canManageUsers } from "@/lib/auth/permissions";
import { secondFactorRequired } from "@/lib/accounts/second-factor";
import { requireCommune } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Quản trị người dùng" };

export default async function UsersPage({ params }: PageProps<"/c/[communeId]/quan-tri/nguoi-dung">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManageUsers);
  const [users, units] = await Promise.all([listUsers(commune.communeId), listUnits(commune.communeId)]);
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader title="Người dùng" description={`${users.length} tài khoản`} />
        <Table>
          <TableHead columns={["Họ và tên", "Tên đăng nhập", "Vai trò", "Đơn vị", "Xác thực hai bước", "Đăng nhập gần nhất"]} />
          <TableBody>
            {users.map((u) => (
              <tr key={u.id} className={u.active ? "" : "text-slate-400"}>
                <Td>
                  <Link href={routes.commune(commune.communeId).admin.user(u.id)} className="font-medium text-brand-700 hover:underline">
                    {u.fullName}
                  </Link>
                  {u.active ? null : <span className="ml-2 text-xs">(đã khóa)</span>}
                </Td>
                <Td className="font-mono text-xs">{u.username}</Td>
                <Td>{ROLE_LABEL[u.role]}</Td>
                <Td>{u.unit?.name}</Td>
                <Td className="text-xs">
                  {u.totpEnabledAt ? (
                    <span className="text-green-800">Đã bật</span>
                  ) : secondFactorRequired(u.role) ? (
                    <span className="text-amber-800">Chưa bật (bắt buộc)</span>
                  ) : (
                    "Chưa bật"
                  )}
                </Td>
                <Td className="text-xs">{formatDateTime(u.lastLoginAt) || "Chưa đăng nhập"}</Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </Card>
      <Card>
        <CardHeader title="Thêm người dùng" />
        <div className="p-4 sm:p-5">
          <UserForm communeId={commune.communeId} units={units.filter((u) => u.active)} />
        </div>
      </Card>
    </div>
  );
}
