// Deadlines of synthetic tasks. The real plans mostly say "thường xuyên" or nothing, so about half
// of the tasks get a date, written the ways plans write one ("31/12/2026", "Trước ngày 20/12/2026",
// "Tháng 12/2026", "Quý IV/2026") and spread so that, on `today`, some are long past, some due within
// the week and some months ahead. The stored kind and date are read back from the wording by the
// app's own rule (lib/tasks/deadline-text.ts), so the two always agree.
import { parseDeadlineText } from "../../lib/tasks/deadline-text";
import type { Rng } from "./prng";
import type { DeadlineKind } from "./rows";
import type { TemplateTask } from "./templates";
import { formatDateKey } from "../../lib/dates";
import { addDays, dayBetween, lastDayOfMonth, maxDay, minDay, monthYear } from "./time";

export type DeadlineWhen = "past" | "soon" | "future" | "none";

export type Deadline = { kind: DeadlineKind; dueDate: string | null; text: string; when: DeadlineWhen };

export type PlanSpan = { planStart: string; planEnd: string; today: string };

/** Share of tasks given a date, and where their dates fall relative to today. */
const FIXED_SHARE = 0.55;
const WHEN_WEIGHTS = { past: 45, soon: 8, future: 47 } as const;
const CONDITIONAL_SHARE = 0.04;

const CONDITIONAL_TEXTS = [
  "Sau khi UBND tỉnh có hướng dẫn",
  "Theo hướng dẫn của Sở Khoa học và Công nghệ",
  "Ngay sau khi cấp có thẩm quyền công bố danh mục TTHC",
];

const QUARTER = ["I", "II", "III", "IV"];

function dueDay(rng: Rng, when: Exclude<DeadlineWhen, "none">, span: PlanSpan): string {
  const { planStart, planEnd, today } = span;
  if (when === "soon") return addDays(today, rng.int(0, 6));
  const [from, to] =
    when === "past"
      ? [minDay(addDays(planStart, 20), addDays(today, -1)), addDays(today, -1)]
      : [addDays(today, 7), maxDay(planEnd, addDays(today, 7))];
  const day = dayBetween(rng, from, to);
  // Plans like month ends; keep the snapped day on the same side of today.
  const end = lastDayOfMonth(day);
  return rng.chance(0.4) && end <= to ? end : day;
}

function wording(rng: Rng, due: string): string {
  const isMonthEnd = lastDayOfMonth(due) === due;
  const month = Number(due.slice(5, 7));
  if (isMonthEnd && month % 3 === 0 && rng.chance(0.3)) return `Quý ${QUARTER[month / 3 - 1]}/${due.slice(0, 4)}`;
  if (isMonthEnd && rng.chance(0.4)) return `Tháng ${monthYear(due)}`;
  // "Trước ngày X" means due the day before X.
  return rng.chance(0.4) ? `Trước ngày ${formatDateKey(addDays(due, 1))}` : formatDateKey(due);
}

/** The deadline of one task: a date made up for it, or the template's own wording. */
export function chooseDeadline(rng: Rng, template: TemplateTask, span: PlanSpan): Deadline {
  let text: string;
  let when: DeadlineWhen = "none";
  if (rng.chance(FIXED_SHARE)) {
    when = rng.weighted(WHEN_WEIGHTS);
    text = wording(rng, dueDay(rng, when, span));
  } else if (rng.chance(CONDITIONAL_SHARE)) {
    text = rng.pick(CONDITIONAL_TEXTS);
  } else {
    text = template.deadline.text;
  }
  const parsed = parseDeadlineText(text);
  if (parsed.kind === "FIXED" && when === "none") when = parsed.dueDate! < span.today ? "past" : "future";
  return { kind: parsed.kind, dueDate: parsed.dueDate, text, when };
}
