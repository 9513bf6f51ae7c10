import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { CommuneForm } from "@/components/tenants/commune-form";
import { ProvinceForm } from "@/components/tenants/province-form";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td } from "@/components/ui/table";
import { adminNav } from "@/lib/auth/navigation";
import { canManageTenants } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { tenantsOverview } from "@/lib/tenants/queries";
import { COMMUNE_KIND_LABEL } from "@/lib/tenants/schemas";

export const metadata: Metadata = { title: "Tỉnh, xã, phường" };

export default async function TenantsPage() {
  const user = await requireUser();
  if (!canManageTenants(user)) notFound();
  const { provinces, communes } = await tenantsOverview();
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Tỉnh, xã, phường"
        description="Tạo tỉnh và các xã, phường của tỉnh. Xã, phường mới có sẵn các đơn vị theo mẫu và các nhóm đơn vị."
        actions={
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={routes.onboarding()} className="text-brand-800 underline">
              Khởi tạo hàng loạt từ tệp
            </Link>
            <Link href={routes.unitTemplate()} className="text-brand-800 underline">
              Mẫu đơn vị
            </Link>
          </div>
        }
      />
      <div className="space-y-5">
        <Card>
          <CardHeader title="Thêm tỉnh" description="Mã đơn vị hành chính (mã ĐVHC) chỉ gồm chữ số và không trùng." />
          <div className="p-4 sm:p-5">
            <ProvinceForm />
          </div>
        </Card>
        {provinces.length === 0 ? <EmptyState>Chưa có tỉnh nào.</EmptyState> : null}
        {provinces.map((p) => {
          const mine = communes.filter((c) => c.provinceId === p.id);
          return (
            <Card key={p.id}>
              <section aria-label={p.name}>
                <CardHeader
                  title={p.name}
                  description={`Mã ĐVHC: ${p.adminCode ?? "chưa có"} · ${p.communes} xã, phường · ${p.accounts} tài khoản`}
                />
                <div className="space-y-4 p-4 sm:p-5">
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-brand-800">Sửa tỉnh</summary>
                    <div className="mt-3">
                      <ProvinceForm province={p} />
                    </div>
                  </details>
                  {mine.length ? (
                    <Table minWidth={720}>
                      <TableHead columns={["Xã, phường", "Loại", "Mã ĐVHC", ["Đơn vị", "text-right"], ["Tài khoản", "text-right"], ""]} />
                      <TableBody>
                        {mine.map((c) => (
                          <tr key={c.id} data-testid="commune-row">
                            <Td className="font-medium">
                              <Link href={routes.commune(c.id).dashboard()} className="hover:underline">
                                {c.name}
                              </Link>
                            </Td>
                            <Td>{COMMUNE_KIND_LABEL[c.kind]}</Td>
                            <Td className="tabular-nums">{c.adminCode ?? "—"}</Td>
                            <Td className="text-right tabular-nums">{c.units}</Td>
                            <Td className="text-right tabular-nums">{c.accounts}</Td>
                            <Td>
                              <details>
                                <summary className="cursor-pointer text-sm text-brand-800">Sửa</summary>
                                <div className="mt-2 min-w-[32rem]">
                                  <CommuneForm provinceId={p.id} commune={c} />
                                </div>
                              </details>
                            </Td>
                          </tr>
                        ))}
                      </TableBody>
                    </Table>
                  ) : (
                    <EmptyState>Tỉnh chưa có xã, phường nào.</EmptyState>
                  )}
                  <div className="border-t border-slate-100 pt-4">
                    <h3 className="mb-2 text-sm font-semibold text-slate-700">Thêm xã, phường của {p.name}</h3>
                    <CommuneForm provinceId={p.id} />
                  </div>
                </div>
              </section>
            </Card>
          );
        })}
      </div>
    </AppShell>
  );
}
