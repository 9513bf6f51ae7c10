// The words of the scheduled reminders, pure so that a unit test reads them as users will: one
// line per task (code, short title, due date as Vietnamese documents write it, and how far off it
// is), so that a unit sees everything it must do in one message instead of one message per task.
import { formatDateKey } from "../../dates";

/** Longest task title kept in a line: a reminder is read on a phone; the task page has the rest. */
export const SHORT_TITLE_LENGTH = 80;

export function shortTitle(title: string, max = SHORT_TITLE_LENGTH): string {
  const t = title.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** "còn 3 ngày", "đến hạn hôm nay" (a threshold caught up after a long holiday can land on the day). */
export const daysLeftText = (n: number) => (n <= 0 ? "đến hạn hôm nay" : `còn ${n} ngày`);

export const daysLateText = (n: number) => `quá hạn ${n} ngày`;

export type TaskLine = { code: string; title: string; dueDate: string };

/** "1.2 Xây dựng … — hạn 12/12/2026, còn 3 ngày" */
export const taskLine = (t: TaskLine, when: string) => `${t.code} ${shortTitle(t.title)} — hạn ${formatDateKey(t.dueDate)}, ${when}`;

/** Lines as a body: one per row, with a count of what was left out past `max`. */
export function bulletList(lines: readonly string[], max = 20): string {
  const shown = lines.slice(0, max).map((l) => `• ${l}`);
  if (lines.length > max) shown.push(`• … và ${lines.length - max} mục khác`);
  return shown.join("\n");
}
