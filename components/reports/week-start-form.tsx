"use client";
import { Card, CardHeader } from "@/components/ui/card";
import { Alert, buttonClass } from "@/components/ui/form";
import { filterInputClass } from "@/components/ui/filter-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { setReportWeekStartAction } from "@/lib/reports/actions";
import { WEEKDAY_LABEL, type WeekStartDay } from "@/lib/reports/periods";

/** The weekday the plan's reporting weeks start on (many communes close the week on Thursday or Friday). */
export function WeekStartForm({ communeId, planId, value }: { communeId: string; planId: string; value: number }) {
  const { state, onSubmit, pending } = useFormAction(setReportWeekStartAction);
  return (
    <Card>
      <CardHeader
        title="Cấu hình kỳ báo cáo tuần"
        description="Kỳ tháng, quý, 6 tháng, 9 tháng, năm theo Nghị định 09/2019/NĐ-CP (chốt số liệu ngày 14)."
      />
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 px-4 py-3 text-sm sm:px-5">
        <input type="hidden" name="communeId" value={communeId} />
        <input type="hidden" name="planId" value={planId} />
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-600">Tuần báo cáo bắt đầu từ</span>
          <select name="reportWeekStart" defaultValue={String(value)} className={filterInputClass}>
            {(Object.keys(WEEKDAY_LABEL) as unknown as WeekStartDay[]).map((d) => (
              <option key={d} value={d}>
                {WEEKDAY_LABEL[d]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          Lưu
        </button>
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {state?.ok ? (
          <Alert tone="success">Đã lưu. Các kỳ tuần từ nay tính từ {WEEKDAY_LABEL[state.data.reportWeekStart as WeekStartDay]}.</Alert>
        ) : null}
      </form>
    </Card>
  );
}
