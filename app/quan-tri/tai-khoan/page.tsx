import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { AccountList } from "@/components/system-accounts/account-list";
import { CreateAccountForm } from "@/components/system-accounts/create-account-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-field";
import { buttonClass } from "@/components/ui/form";
import { emailConfigured } from "@/lib/accounts/mail";
import { adminNav } from "@/lib/auth/navigation";
import { canManageTenants } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listSystemAccounts, provinceOptions } from "@/lib/system-accounts/queries";

export const metadata: Metadata = { title: "Tài khoản cấp tỉnh, quản trị" };

export default async function SystemAccountsPage({ searchParams }: PageProps<"/quan-tri/tai-khoan">) {
  const user = await requireUser();
  if (!canManageTenants(user)) notFound();
  const asked = (await searchParams).tinh;
  const provinces = await provinceOptions();
  // An unknown province in the address shows every account rather than an empty list.
  const provinceId = typeof asked === "string" && provinces.some((p) => p.id === asked) ? asked : null;
  const accounts = await listSystemAccounts(provinceId);
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Tài khoản cấp tỉnh, quản trị"
        description="Tài khoản của Sở, UBND tỉnh và của quản trị hệ thống. Tài khoản của xã, phường do Văn phòng (bộ phận điều phối) của xã quản lý."
      />
      <div className="space-y-5">
        <Card>
          <CardHeader
            title="Danh sách tài khoản"
            description={`${accounts.length} tài khoản${provinceId ? "" : ", quản trị trước"}. Nhấn vào một tài khoản để sửa, khóa, cấp lại mật khẩu.`}
          />
          <form method="get" className="flex flex-wrap items-end gap-3 border-b border-slate-100 px-4 pb-3 sm:px-5">
            <FilterSelect label="Tỉnh, thành phố" name="tinh" value={provinceId ?? ""} options={provinces.map((p) => [p.id, p.name])} />
            <button type="submit" className={buttonClass.secondary}>
              Lọc
            </button>
          </form>
          <AccountList accounts={accounts} provinces={provinces} selfId={user.id} />
        </Card>
        <Card>
          <CardHeader title="Tạo tài khoản cấp tỉnh, quản trị" />
          <div className="p-4 sm:p-5">
            <CreateAccountForm provinces={provinces} emailReady={emailConfigured()} />
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
