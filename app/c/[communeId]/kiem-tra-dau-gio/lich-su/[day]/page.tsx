import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardHeader } from "@/components/ui/card";
import { canViewOperations } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { CHECK_STATE_LABEL, isFault } from "@/lib/daily-checks/labels";
import { groupByArea, loadCheckDay } from "@/lib/daily-checks/queries";
import { getDb } from "@/lib/db";
import { formatDateKey } from "@/lib/dates";
import { incidentCode } from "@/lib/incidents/labels";
import { localTimeOf } from "@/lib/jobs/clock";
import { routes } from "@/lib/routes";
import { isoDay } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Kiểm tra đầu giờ trong ngày" };

const STATE_CLASS = { OK: "text-green-800", FLAKY: "text-amber-800", DOWN: "text-red-800" } as const;

export default async function DailyCheckDayPage({ params }: PageProps<"/c/[communeId]/kiem-tra-dau-gio/lich-su/[day]">) {
  const { communeId, day: raw } = await params;
  const { commune } = await requireCommune(communeId, canViewOperations);
  const day = isoDay.safeParse(raw);
  if (!day.success) notFound();
  const check = await loadCheckDay(getDb(), commune.communeId, day.data);
  if (!check) notFound();
  const to = routes.commune(commune.communeId);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-xl font-bold text-slate-900">Kiểm tra đầu giờ ngày {formatDateKey(day.data)}</h1>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <Link href={to.dailyCheckHistory(day.data.slice(0, 7))} className="text-brand-700 hover:underline">
          ‹ Lịch sử tháng {Number(day.data.slice(5, 7))}/{day.data.slice(0, 4)}
        </Link>
        <Link href={to.incidents()} className="text-brand-700 hover:underline">
          Sự cố CNTT
        </Link>
      </p>
      <div className="mt-4 space-y-4">
        {[...check.revisions].reverse().map((r) => (
          <Card key={r.id}>
            <CardHeader
              title={r.number === 1 ? "Lần gửi đầu" : `Bản sửa lần ${r.number - 1}`}
              description={`${r.submittedBy.fullName} · lúc ${localTimeOf(r.submittedAt)} · ${r.faultCount ? `${r.faultCount} hạng mục có lỗi` : "tất cả bình thường"}${r.number === check.revision ? " · bản hiện hành" : ""}`}
            />
            {r.note ? <p className="border-b border-slate-100 px-4 py-2 text-sm text-slate-700 sm:px-5">Ghi chú: {r.note}</p> : null}
            {groupByArea(r.results).map((g) => (
              <div key={g.area} className="px-4 py-2 sm:px-5">
                <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{g.area || "Chung"}</h3>
                <ul className="divide-y divide-slate-100">
                  {g.items.map((res) => (
                    <li key={res.id} className="py-1.5 text-sm">
                      <span className="text-slate-900">{res.itemName}</span>:{" "}
                      <span className={`font-medium ${STATE_CLASS[res.state]}`}>{CHECK_STATE_LABEL[res.state]}</span>
                      {isFault(res.state) && res.note ? <span className="block text-slate-600">{res.note}</span> : null}
                      {res.incident ? (
                        <Link href={to.incident(res.incident.id)} className="block text-brand-700 hover:underline">
                          {incidentCode(res.incident.number)}: {res.incident.title}
                        </Link>
                      ) : null}
                      {res.attachments.map((a) => (
                        <a key={a.id} href={routes.file(a.id)} className="mr-3 text-xs text-brand-700 hover:underline">
                          Ảnh: {a.fileName}
                        </a>
                      ))}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </Card>
        ))}
      </div>
    </div>
  );
}
