// The month's checks as a calendar, Monday first: each day coloured by its state, checked days link
// to their submissions, holidays named.
import Link from "next/link";
import { DAY_STATE_LABEL, type DayCell, type DayState } from "@/lib/daily-checks/days";
import { routes } from "@/lib/routes";

const CELL: Record<DayState, string> = {
  ok: "bg-green-100 text-green-900 border-green-300",
  faults: "bg-amber-100 text-amber-900 border-amber-400",
  missed: "bg-red-100 text-red-900 border-red-300",
  late: "bg-red-50 text-red-800 border-red-300 border-dashed",
  due: "bg-white text-slate-700 border-slate-300 border-dashed",
  off: "bg-slate-100 text-slate-400 border-slate-200",
  ahead: "bg-white text-slate-300 border-slate-100",
};

const WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];
export const LEGEND_STATES: DayState[] = ["ok", "faults", "missed", "late", "due", "off"];

export function MonthGrid({ communeId, cells }: { communeId: string; cells: DayCell[] }) {
  const first = cells[0]?.day ?? "2026-01-01";
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const to = routes.commune(communeId);
  return (
    <div>
      <div className="grid grid-cols-7 gap-1 text-center text-xs font-semibold text-slate-500" aria-hidden>
        {WEEKDAYS.map((d) => (
          <div key={d}>{d}</div>
        ))}
      </div>
      <ol className="mt-1 grid grid-cols-7 gap-1" aria-label="Các ngày trong tháng">
        {Array.from({ length: lead }, (_, i) => (
          <li key={`pad-${i}`} aria-hidden />
        ))}
        {cells.map((c) => {
          const label = [DAY_STATE_LABEL[c.state], c.holiday].filter(Boolean).join(" · ");
          const body = (
            <>
              <span className="text-sm font-semibold">{Number(c.day.slice(8))}</span>
              {c.check?.faultCount ? <span className="block text-[10px]">{c.check.faultCount} lỗi</span> : null}
              {c.holiday ? <span className="block truncate text-[10px]">{c.holiday}</span> : null}
            </>
          );
          const cls = `block min-h-12 rounded-md border p-1 text-center ${CELL[c.state]}`;
          return (
            <li key={c.day} title={label} data-state={c.state}>
              {c.check ? (
                <Link
                  href={to.dailyCheckDay(c.day)}
                  className={`${cls} hover:ring-2 hover:ring-brand-600`}
                  aria-label={`Ngày ${Number(c.day.slice(8))}: ${label}`}
                >
                  {body}
                </Link>
              ) : (
                <span className={cls} aria-label={label ? `Ngày ${Number(c.day.slice(8))}: ${label}` : undefined}>
                  {body}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Chú thích">
        {LEGEND_STATES.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block size-3 rounded-sm border ${CELL[s]}`} />
            {DAY_STATE_LABEL[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
