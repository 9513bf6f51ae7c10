import type { Metadata } from "next";
import Link from "next/link";
import { CheckForm } from "@/components/daily-checks/check-form";
import { checkedLine } from "@/components/daily-checks/check-status";
import { Card } from "@/components/ui/card";
import { canManageChecklist, canRunDailyChecks } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { groupByArea, loadCheckForm } from "@/lib/daily-checks/queries";
import { getDb } from "@/lib/db";
import { formatDateKey } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Kiểm tra đầu giờ" };

export default async function DailyCheckPage({ params }: PageProps<"/c/[communeId]/kiem-tra-dau-gio">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canRunDailyChecks);
  const form = await loadCheckForm(getDb(), user, commune);
  const to = routes.commune(commune.communeId);
  const links = (
    <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
      <Link href={to.dailyCheckHistory()} className="text-brand-700 hover:underline">
        Lịch sử kiểm tra
      </Link>
      <Link href={to.incidents()} className="text-brand-700 hover:underline">
        Sự cố CNTT
      </Link>
      {canManageChecklist(user, commune) ? (
        <Link href={to.checklist()} className="text-brand-700 hover:underline">
          Danh mục kiểm tra
        </Link>
      ) : null}
    </p>
  );

  if (!form.allowed)
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-3 text-xl font-bold text-slate-900">Kiểm tra đầu giờ</h1>
        <Card className="p-4 text-sm text-slate-700">
          <p>
            {form.centre
              ? `Kiểm tra đầu giờ do cán bộ ${form.centre.name} thực hiện (hoặc Văn phòng thường trực). Tài khoản của bạn không thuộc đơn vị này.`
              : "Xã, phường chưa chọn đơn vị Trung tâm Phục vụ hành chính công: Văn phòng thường trực chọn trong danh mục kiểm tra đầu giờ."}
          </p>
          <p className="mt-2">Nếu thấy thiết bị, phần mềm gặp sự cố, bạn vẫn báo sự cố được trong mục Sự cố CNTT.</p>
          {links}
        </Card>
      </div>
    );

  const current = form.check?.revisions[0];
  const initial = Object.fromEntries((current?.results ?? []).map((r) => [r.itemId ?? "", { state: r.state, note: r.note }]));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-xl font-bold text-slate-900">Kiểm tra đầu giờ {formatDateKey(form.day)}</h1>
      <p className="mt-1 text-sm text-slate-700" data-testid="check-status">
        {form.check ? checkedLine(form.check) : "Chưa kiểm tra hôm nay. Mọi hạng mục mặc định là bình thường: chỉ chạm vào mục có lỗi."}
      </p>
      {links}
      <div className="mt-4">
        <CheckForm
          communeId={commune.communeId}
          groups={groupByArea(form.items)}
          revision={form.check?.revision ?? 0}
          initial={initial}
          initialNote={current?.note ?? ""}
        />
      </div>
    </div>
  );
}
