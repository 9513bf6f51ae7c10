import { TONE_CLASSES, ToneBadge } from "@/components/ui/status-badge";
import { STATUS_META, type IndicatorStatus } from "@/lib/indicators/status";
import { formatPercent } from "@/lib/format/number";

/** `label` is the summary's own text when there is one ("Số liệu cũ: tháng 9/2026"). */
export function IndicatorBadge({ status, label }: { status: IndicatorStatus; label?: string }) {
  const meta = STATUS_META[status];
  return <ToneBadge tone={meta.tone} label={label ?? meta.label} data-indicator-status={status} />;
}

/** Share of the way to the target, coloured like the status. */
export function IndicatorProgress({ status, percent }: { status: IndicatorStatus; percent: number }) {
  const tone = TONE_CLASSES[STATUS_META[status].tone];
  const rounded = Math.round(percent);
  return (
    <div className="flex items-center gap-2" title={`Đã đi được ${formatPercent(rounded)} chặng đường tới chỉ tiêu`}>
      <div
        className="h-2 w-16 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-valuenow={rounded}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label="Mức độ hoàn thành chỉ tiêu"
      >
        <div className={`h-full ${tone.bar}`} style={{ width: `${Math.max(2, rounded)}%` }} />
      </div>
      <span className="w-9 text-right text-xs tabular-nums text-slate-600">{formatPercent(rounded)}</span>
    </div>
  );
}
