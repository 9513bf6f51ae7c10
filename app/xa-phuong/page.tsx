import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { canListCommunes } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listVisibleCommunes } from "@/lib/communes/queries";

export const metadata: Metadata = { title: "Các xã, phường" };

export default async function CommunesPage() {
  const user = await requireUser();
  if (!canListCommunes(user)) notFound();
  const communes = await listVisibleCommunes(user);
  const provinceName = user.role === "PROVINCE" ? communes[0]?.provinceName : null;
  return (
    <AppShell user={user} context={provinceName ?? "Toàn quốc"} nav={[{ key: "communes", href: "/xa-phuong", label: "Các xã, phường" }]}>
      <PageHeader title="Các xã, phường" description={provinceName ? `Thuộc ${provinceName} · chỉ xem` : "Tất cả xã, phường trên hệ thống"} />
      <Card>
        {communes.length === 0 ? (
          <EmptyState>Chưa có xã, phường nào.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[640px] text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">Xã, phường</th>
                  {user.role === "ADMIN" ? <th scope="col" className="px-4 py-2 font-semibold">Tỉnh, thành phố</th> : null}
                  <th scope="col" className="px-4 py-2 text-right font-semibold">Nhiệm vụ</th>
                  <th scope="col" className="px-4 py-2 text-right font-semibold">Hoàn thành</th>
                  <th scope="col" className="px-4 py-2 text-right font-semibold">Quá hạn</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {communes.map((c) => (
                  <tr key={c.id}>
                    <td className="px-4 py-2.5">
                      <Link href={`/c/${c.id}`} className="font-medium text-brand-700 hover:underline">
                        {c.name}
                      </Link>
                    </td>
                    {user.role === "ADMIN" ? <td className="px-4 py-2.5 text-slate-700">{c.provinceName}</td> : null}
                    <td className="px-4 py-2.5 text-right">{c.total}</td>
                    <td className="px-4 py-2.5 text-right">
                      {c.done} <span className="text-xs text-slate-500">({c.total ? Math.round((c.done / c.total) * 100) : 0}%)</span>
                    </td>
                    <td className={`px-4 py-2.5 text-right ${c.overdue ? "font-semibold text-red-700" : ""}`}>{c.overdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </AppShell>
  );
}
