import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OnboardingForm } from "@/components/onboarding/onboarding-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canManageTenants } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Khởi tạo hàng loạt" };

export default async function OnboardingPage() {
  const user = await requireUser();
  if (!canManageTenants(user)) notFound();
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <nav className="mb-2 text-sm text-slate-500 print:hidden" aria-label="Đường dẫn">
        <Link href={routes.tenants()} className="hover:underline">
          Tỉnh, xã, phường
        </Link>{" "}
        / <span className="text-slate-700">Khởi tạo hàng loạt</span>
      </nav>
      <PageHeader
        title="Khởi tạo xã, phường và tài khoản từ tệp"
        description="Xem trước: không có gì được ghi cho đến khi bạn bấm Khởi tạo, và tệp còn dòng lỗi thì không ghi dòng nào. Tài khoản mới nhận liên kết kích hoạt, không có mật khẩu ban đầu."
      />
      <Card className="px-4 py-5 sm:px-5">
        <OnboardingForm />
      </Card>
    </AppShell>
  );
}
