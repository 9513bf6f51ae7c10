import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { adminNav } from "@/lib/auth/navigation";
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
    <AppShell user={user} context={provinceName ?? "Toàn quốc"} nav={adminNav(user)}>
      <PageHeader
        title="Các xã, phường"
        description={provinceName ? `Thuộc ${provinceName} · chỉ xem` : "Tất cả xã, phường trên hệ thống"}
      />
      <Card>
        {communes.length === 0 ? (
          <EmptyState>Chưa có xã, phường nào.</EmptyState>
        ) : (
          <Table>
            <TableHead
              columns={[
                "Xã, phường",
                ...(user.role === "ADMIN" ? ["Tỉnh, thành phố"] : []),
                ["Nhiệm vụ", "text-right"],
                ["Hoàn thành", "text-right"],
                ["Quá hạn", "text-right"],
              ]}
            />
            <TableBody>
              {communes.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/c/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                  </Td>
                  {user.role === "ADMIN" ? <Td className="text-slate-700">{c.provinceName}</Td> : null}
                  <Td className="text-right">{c.total}</Td>
                  <Td className="text-right">
                    {c.done} <span className="text-xs text-slate-500">({c.total ? Math.round((c.done / c.total) * 100) : 0}%)</span>
                  </Td>
                  <Td className={`text-right ${c.overdue ? "font-semibold text-red-700" : ""}`}>{c.overdue}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </AppShell>
  );
}
