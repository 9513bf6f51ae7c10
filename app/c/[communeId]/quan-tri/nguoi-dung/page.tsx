import type { Metadata } from "next";
import Link from "next/link";
import { UserForm } from "@/components/admin/user-form";
import { Card, CardHeader } from "@/components/ui/card";
import { listUnits, listUsers } from "@/lib/admin/queries";
import { ROLE_LABEL } from "@/lib/auth/navigation";
import { canManageUsers } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Quản trị người dùng" };

export default async function UsersPage({ params }: PageProps<"/c/[communeId]/quan-tri/nguoi-dung">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManageUsers);
  const [users, units] = await Promise.all([listUsers(commune.communeId), listUnits(commune.communeId)]);
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader title="Người dùng" description={`${users.length} tài khoản`} />
        <div className="overflow-x-auto">
          <table className="w-full min-w-[640px] text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">Họ và tên</th>
                <th scope="col" className="px-4 py-2 font-semibold">Tên đăng nhập</th>
                <th scope="col" className="px-4 py-2 font-semibold">Vai trò</th>
                <th scope="col" className="px-4 py-2 font-semibold">Đơn vị</th>
                <th scope="col" className="px-4 py-2 font-semibold">Đăng nhập gần nhất</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id} className={u.active ? "" : "text-slate-400"}>
                  <td className="px-4 py-2.5">
                    <Link href={`/c/${commune.communeId}/quan-tri/nguoi-dung/${u.id}`} className="font-medium text-brand-700 hover:underline">
                      {u.fullName}
                    </Link>
                    {u.active ? null : <span className="ml-2 text-xs">(đã khóa)</span>}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs">{u.username}</td>
                  <td className="px-4 py-2.5">{ROLE_LABEL[u.role]}</td>
                  <td className="px-4 py-2.5">{u.unit?.name}</td>
                  <td className="px-4 py-2.5 text-xs">{formatDateTime(u.lastLoginAt) || "Chưa đăng nhập"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
