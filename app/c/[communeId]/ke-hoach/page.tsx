import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/form";
import { canManagePlans, canViewPlan } from "@/lib/auth/permissions";
import { requireCommune } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { listPlans } from "@/lib/plans/queries";

export const metadata: Metadata = { title: "Kế hoạch" };

export default async function PlansPage({ params }: PageProps<"/c/[communeId]/ke-hoach">) {
  const { communeId } = await params;
  const { user, commune } = await requireCommune(communeId, canViewPlan);
  const plans = await listPlans(commune.communeId);
  return (
    <>
      <PageHeader
        title="Kế hoạch"
        description={`Các kế hoạch chuyển đổi số của ${commune.name}`}
        actions={
          canManagePlans(user, commune) ? (
            <LinkButton href={`/c/${commune.communeId}/ke-hoach/nhap`} variant="primary">
              Nhập từ văn bản
            </LinkButton>
          ) : null
        }
      />
      <Card>
        {plans.length === 0 ? (
          <EmptyState>Chưa có kế hoạch nào.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {plans.map((p) => {
              const pct = p.taskCount ? Math.round((p.doneCount / p.taskCount) * 100) : 0;
              return (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-5">
                  <div className="min-w-0 flex-1">
                    <Link href={`/c/${commune.communeId}/ke-hoach/${p.id}`} className="font-semibold text-brand-700 hover:underline">
                      {p.title}
                    </Link>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {[
                        p.number ? `Số: ${p.number}` : null,
                        p.issuer,
                        p.issuedDate ? `ngày ${formatDate(p.issuedDate, "date-only")}` : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </div>
                  <div className="w-48 text-right text-sm">
                    <span className="font-semibold">{p.doneCount}</span>/{p.taskCount} nhiệm vụ hoàn thành
                    <div className="mt-1 h-1.5 rounded-full bg-slate-100" aria-hidden>
                      <div className="h-1.5 rounded-full bg-green-600" style={{ width: `${pct}%` }} />
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
