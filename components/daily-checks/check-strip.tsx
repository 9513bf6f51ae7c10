// The start-of-day checks of a run of days as a strip of small cells, one a day, coloured by its
// state (lib/daily-checks/days.ts), with a legend. Each cell carries its day and state as words
// (an accessible list), so the colours are never the only way to read it.
import { DAY_STATE_LABEL, type DayCell, type DayState } from "@/lib/daily-checks/days";
import { formatDateKey } from "@/lib/dates";

const CELL: Record<DayState, string> = {
  ok: "bg-emerald-500",
  faults: "bg-amber-400",
  missed: "bg-red-500",
  late: "bg-white ring-2 ring-inset ring-red-500",
  due: "bg-slate-200",
  off: "bg-slate-100",
  ahead: "bg-white ring-1 ring-inset ring-slate-200",
};

/** The states the legend explains, in reading order. */
const LEGEND: DayState[] = ["ok", "faults", "missed", "late", "due", "off"];

/** "05/12" of a day key. */
const dayMonth = (day: string) => formatDateKey(day).slice(0, 5);

function cellLabel(c: DayCell): string {
  const holiday = c.state === "off" && c.holiday ? ` (${c.holiday})` : "";
  return `${dayMonth(c.day)}: ${DAY_STATE_LABEL[c.state]}${holiday}`;
}

export function CheckStrip({ cells, label }: { cells: readonly DayCell[]; label: string }) {
  const shown = new Set(cells.map((c) => c.state));
  return (
    <div>
      <ul aria-label={label} className="flex gap-0.5" data-testid="check-strip">
        {cells.map((c) => (
          <li
            key={c.day}
            aria-label={cellLabel(c)}
            title={cellLabel(c)}
            data-state={c.state}
            className={`h-6 min-w-0 flex-1 rounded-sm ${CELL[c.state]}`}
          />
        ))}
      </ul>
      <div className="mt-1 flex justify-between text-[11px] text-slate-500" aria-hidden>
        <span>{cells[0] ? dayMonth(cells[0].day) : ""}</span>
        <span>{cells.length ? dayMonth(cells[cells.length - 1]!.day) : ""}</span>
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-label="Chú giải">
        {LEGEND.filter((s) => shown.has(s) || s === "ok" || s === "faults" || s === "missed").map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${CELL[s]}`} />
            {DAY_STATE_LABEL[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
