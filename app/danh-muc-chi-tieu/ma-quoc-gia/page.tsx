import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NationalCodeForm } from "@/components/indicators/national-code-form";
import { AppShell } from "@/components/shell/app-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { adminNav } from "@/lib/auth/navigation";
import { canManageKpiNationalCodes } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listNationalCodes } from "@/lib/indicators/queries";

export const metadata: Metadata = { title: "Mã chỉ tiêu quốc gia" };

export default async function KpiNationalCodesPage() {
  const user = await requireUser();
  if (!canManageKpiNationalCodes(user)) notFound();
  const entries = await listNationalCodes();
  return (
    <AppShell user={user} context="Toàn quốc" nav={adminNav(user)}>
      <PageHeader
        title="Mã chỉ tiêu quốc gia"
        description="Mã dùng trong gói số liệu chỉ tiêu gửi lên cấp trên (QCVN 125:2021/BTTTT). Chỉ tiêu chưa có mã quốc gia được gửi theo mã danh mục của cổng; để trống mã để bỏ."
      />
      <Card>
        <ul className="divide-y divide-slate-100">
          {entries.map((e) => (
            <li key={e.code} className="px-4 py-3 sm:px-5">
              <NationalCodeForm entry={e} />
            </li>
          ))}
        </ul>
      </Card>
    </AppShell>
  );
}
