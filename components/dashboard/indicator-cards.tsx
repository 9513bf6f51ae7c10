import Link from "next/link";
import { IndicatorBadge, IndicatorProgress } from "@/components/indicators/indicator-badge";
import { Sparkline } from "@/components/indicators/charts";
import type { IndicatorCard } from "@/lib/dashboard/indicators";
import { formatDateKey } from "@/lib/dates";
import { formatValue } from "@/lib/format/number";
import { targetText } from "@/lib/indicators/vocabulary";
import { routes } from "@/lib/routes";

/** One card per indicator: value against target, status, progress and sparkline; opens the indicator. */
export function IndicatorCards({ cards, communeId }: { cards: IndicatorCard[]; communeId: string }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {cards.map((c) => {
        const s = c.summary;
        return (
          <li key={c.id} className="break-inside-avoid">
            <Link
              prefetch={false}
              href={routes.commune(communeId).indicator(c.id)}
              className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-600"
              data-indicator-card={c.code}
            >
              <span className="flex items-start justify-between gap-2">
                <span className="line-clamp-2 text-sm font-medium text-slate-900">{c.name}</span>
                <IndicatorBadge status={s.status} label={s.label} />
              </span>
              <span className="flex items-end justify-between gap-2">
                <span>
                  <span className="text-xl font-bold tabular-nums">{s.latest ? formatValue(s.latest.value, c.unit) : "—"}</span>
                  <span className="ml-1 text-xs text-slate-500">
                    / {targetText(c.comparison, s.milestone.target, c.unit, c.name)} · hạn {formatDateKey(s.milestone.dueDate)}
                  </span>
                </span>
                <Sparkline
                  points={s.trend.map((t) => ({ label: t.periodKey, value: t.value }))}
                  domainMax={c.unit === "PERCENT" ? 100 : undefined}
                />
              </span>
              <span className="flex items-center justify-between gap-2 text-xs text-slate-500">
                <IndicatorProgress status={s.status} percent={s.progress} />
                <span className="truncate">{c.responsibleUnit ?? "Chưa giao đơn vị"}</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
