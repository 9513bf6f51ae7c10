// The working copy's KPIs: target, due date, communes, state; "Sửa" opens the form beside them.
import { formatDateKey } from "@/lib/dates";
import { formatValue } from "@/lib/format/number";
import { COMPARISON_SYMBOL } from "@/lib/indicators/status";
import type { WorkingCopyIndicator } from "@/lib/province-plans/queries";
import { AuthoringRowEnd } from "./authoring-row-end";
import { targetsLabel } from "./authoring-task-table";

type Props = {
  provinceId: string;
  planId: string;
  version: number;
  indicators: WorkingCopyIndicator[];
  communeNames: Map<string, string>;
  communeCount: number;
  editHref: ((indicatorId: string) => string) | null;
};

export function AuthoringIndicators({ provinceId, planId, version, indicators, communeNames, communeCount, editHref }: Props) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="province-indicator-list">
      {indicators.map((k) => (
        <li
          key={k.id}
          className={`flex flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-start sm:justify-between ${k.withdrawn ? "bg-slate-50 text-slate-500" : ""}`}
        >
          <div className="min-w-0 flex-1">
            <p className={`font-medium ${k.withdrawn ? "line-through" : "text-slate-900"}`}>
              <span className="mr-1 text-slate-500">{k.code}</span> {k.name}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              {COMPARISON_SYMBOL[k.comparison]} {formatValue(k.target, k.unit)} đến {formatDateKey(k.dueDate)}
              {k.catalogCode ? " · theo danh mục" : ""} · Giao cho: {targetsLabel(k, communeNames, communeCount)}
            </p>
          </div>
          <AuthoringRowEnd
            provinceId={provinceId}
            planId={planId}
            version={version}
            item={{ kind: "indicator", id: k.id, code: k.code }}
            state={k}
            editHref={editHref}
          />
        </li>
      ))}
    </ul>
  );
}
