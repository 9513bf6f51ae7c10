"use client";
import { Alert, buttonClass } from "@/components/ui/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { confirmReportedAction } from "@/lib/reports/actions";

/**
 * "Xác nhận đã báo cáo" alone, once every open item has a report in the period (the server refuses
 * otherwise, naming the tasks); with items still to report the closing form sends and confirms at once.
 */
export function ConfirmReported({ communeId, planId, periodKey }: { communeId: string; planId: string; periodKey: string }) {
  const { state, onSubmit, pending } = useFormAction(confirmReportedAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="periodKey" value={periodKey} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Đang gửi…" : "Xác nhận đã báo cáo"}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Đã xác nhận báo cáo {state.data.periodLabel}.</Alert> : null}
    </form>
  );
}
