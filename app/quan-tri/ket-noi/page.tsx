import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiHelp } from "@/components/api-tokens/api-help";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { AppShell } from "@/components/shell/app-shell";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { apiBaseUrl } from "@/lib/api-tokens/api-base";
import { allOwners, allTokens } from "@/lib/api-tokens/queries";
import { adminNav } from "@/lib/auth/navigation";
import { canManageAllApiTokens } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Kết nối hệ thống" };

export default async function AllApiTokensPage() {
  const user = await requireUser();
  if (!canManageAllApiTokens(user)) notFound();
  const [tokens, owners, apiBase] = await Promise.all([allTokens(), allOwners(), apiBaseUrl()]);
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader title="Kết nối hệ thống" description="Khóa kết nối API của mọi tài khoản: xã, phường, cấp tỉnh và quản trị." />
      <div className="space-y-5">
        <Card>
          <div className="p-4 sm:p-5">
            <ApiHelp apiBase={apiBase} />
          </div>
        </Card>
        <Card>
          <CardHeader title="Khóa kết nối" description={`${tokens.length} khóa, mới nhất trước`} />
          <TokenList tokens={tokens} />
        </Card>
        <Card>
          <CardHeader
            title="Tạo khóa kết nối"
            description="Khóa của tài khoản cấp tỉnh xem được các xã, phường của tỉnh; khóa của quản trị xem được tất cả."
          />
          <div className="p-4 sm:p-5">
            <CreateTokenForm owners={owners} apiBase={apiBase} />
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
