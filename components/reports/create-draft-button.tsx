"use client";
import { useRouter } from "next/navigation";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { createReportDraftAction } from "@/lib/reports/actions";
import { routes } from "@/lib/routes";

/** Compiles a new draft of the chosen period and opens it. */
export function CreateDraftButton({
  communeId,
  planId,
  periodKey,
  periodLabel,
}: {
  communeId: string;
  planId: string;
  periodKey: string;
  periodLabel: string;
}) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(createReportDraftAction, (data) =>
    router.push(routes.commune(communeId).report(data.reportId)),
  );
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="periodKey" value={periodKey} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Đang tổng hợp…" : `Lập dự thảo báo cáo ${periodLabel.toLocaleLowerCase("vi-VN")}`}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
