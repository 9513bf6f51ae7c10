import type { Metadata } from "next";
import Link from "next/link";
import { CentrePicker, ItemForm, ItemRow, RestoreButton } from "@/components/daily-checks/checklist-forms";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { canManageChecklist } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { groupByArea, loadChecklist } from "@/lib/daily-checks/queries";
import { getDb } from "@/lib/db";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Danh mục kiểm tra đầu giờ" };

export default async function ChecklistPage({ params }: PageProps<"/c/[communeId]/kiem-tra-dau-gio/danh-muc">) {
  const { communeId } = await params;
  const { commune } = await requireCommune(communeId, canManageChecklist);
  const list = await loadChecklist(getDb(), commune.communeId);
  const to = routes.commune(commune.communeId);

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Danh mục kiểm tra đầu giờ"
        description={
          <span className="flex flex-wrap gap-x-4">
            <Link href={to.dailyCheck()} className="text-brand-700 hover:underline">
              Kiểm tra hôm nay
            </Link>
            <Link href={to.dailyCheckHistory()} className="text-brand-700 hover:underline">
              Lịch sử kiểm tra
            </Link>
            <Link href={to.incidents()} className="text-brand-700 hover:underline">
              Sự cố CNTT
            </Link>
          </span>
        }
      />
      <Card className="mb-4">
        <CardHeader
          title="Đơn vị thực hiện"
          description={
            list.centre ? `Hiện tại: ${list.centre.name}${list.centre.picked ? "" : " (tự nhận theo tên đơn vị)"}` : "Chưa có đơn vị"
          }
        />
        <div className="p-4 sm:p-5">
          <CentrePicker communeId={commune.communeId} units={list.units} current={list.centre?.unitId ?? null} />
        </div>
      </Card>
      {groupByArea(list.active).map((g) => (
        <Card key={g.area} className="mb-4">
          <CardHeader title={g.area || "Chung cho cả Trung tâm"} />
          <ul className="divide-y divide-slate-100">
            {g.items.map((item, i) => (
              <ItemRow
                key={item.id}
                communeId={commune.communeId}
                item={item}
                areas={list.areas}
                first={i === 0}
                last={i === g.items.length - 1}
              />
            ))}
          </ul>
        </Card>
      ))}
      <Card className="mb-4">
        <CardHeader title="Thêm hạng mục" />
        <div className="p-4 sm:p-5">
          <ItemForm communeId={commune.communeId} areas={list.areas} />
        </div>
      </Card>
      {list.archived.length ? (
        <Card>
          <CardHeader title={`Đã bỏ khỏi danh mục (${list.archived.length})`} description="Các lần kiểm tra trước vẫn giữ tên hạng mục." />
          <ul className="divide-y divide-slate-100">
            {list.archived.map((item) => (
              <li key={item.id} className="flex items-center justify-between gap-2 px-4 py-2 text-sm sm:px-5">
                <span className="text-slate-600">
                  {item.area ? `${item.area} · ` : ""}
                  {item.name}
                </span>
                <RestoreButton communeId={commune.communeId} itemId={item.id} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
