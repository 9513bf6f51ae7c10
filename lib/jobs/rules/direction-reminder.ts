// Nhắc ý kiến chỉ đạo chưa tiếp nhận: a direction the lead unit has not acknowledged is brought back
// to its staff every `directionReminderDays` working days (after 2, again after 4, …) until someone
// presses "Đã tiếp nhận". Runs on working days from the commune's reminder time; one message per
// unit listing all its directions due that day, to the same people the direction itself reached.
import { formatDate, localDateKey } from "../../dates";
import { staffOf } from "./task-queries";
import type { Calendar } from "../../calendar/working-days";
import { routes } from "../../routes";
import { directiveAnchor } from "../../tasks/anchors";
import { directionUnits, excerpt } from "../../tasks/event-notices";
import type { PlannedMessage, Rule } from "../schedule";

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysSince(calendar: Calendar, from: string, to: string): number {
  let n = 0;
  // Bounded by the dates themselves; a direction left unread for years still ends.
  for (let d = calendar.addWorkingDays(from, 1); d <= to; d = calendar.addWorkingDays(d, 1)) n++;
  return n;
}

type Due = { id: string; content: string; createdAt: Date; task: { id: string; code: string; title: string } };

export const directionReminder: Rule = {
  name: "direction-reminder",
  slot: ({ today, time, settings, calendar }) =>
    settings.directionReminderDays > 0 && calendar.isWorkingDay(today) && time >= settings.reminderTime ? today : null,

  async plan({ tx, at, today, commune, settings, calendar, once }) {
    const open = await tx.directive.findMany({
      where: { communeId: commune.id, acknowledgedAt: null, createdAt: { lte: at }, task: { plan: { archivedAt: null } } },
      select: { id: true, content: true, createdAt: true, task: { select: { id: true, code: true, title: true } } },
      orderBy: { createdAt: "asc" },
    });
    const ages = new Map<string, number>(); // by the day a direction was given: few distinct days
    const due = open.filter((d) => {
      const day = localDateKey(d.createdAt);
      if (!ages.has(day)) ages.set(day, workingDaysSince(calendar, day, today));
      const age = ages.get(day)!;
      return age > 0 && age % settings.directionReminderDays === 0;
    });
    if (due.length === 0) return [];

    const unitsOf = await directionUnits(
      tx,
      due.map((d) => d.task.id),
    );
    const byUnit = new Map<string, Due[]>();
    for (const d of due) for (const unitId of unitsOf.get(d.task.id) ?? []) byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), d]);
    const staff = await staffOf({ tx, commune, once });
    const to = routes.commune(commune.id);

    const messages: PlannedMessage[] = [];
    for (const [unitId, list] of byUnit) {
      const userIds = staff.get(unitId) ?? [];
      if (userIds.length === 0) continue; // a unit without an account: the standing office sees it on the dashboard
      const lines = list.map((d) => `Nhiệm vụ ${d.task.code} (chỉ đạo ngày ${formatDate(d.createdAt)}): ${excerpt(d.content, 160)}`);
      const one = list.length === 1 ? list[0]! : null;
      messages.push({
        kind: "DIRECTION_REMINDER",
        userIds,
        title: one
          ? `Nhắc tiếp nhận ý kiến chỉ đạo về nhiệm vụ ${one.task.code}`
          : `Nhắc tiếp nhận ${list.length} ý kiến chỉ đạo chưa tiếp nhận`,
        body: lines.join("\n"),
        href: one ? `${to.task(one.task.id)}#${directiveAnchor(one.id)}` : to.tasks({ flag: "chi-dao-chua-tiep-nhan", unitId }),
        topic: `direction-reminder:${unitId}`,
        data: { directives: list.map((d) => ({ id: d.id, taskId: d.task.id, code: d.task.code, title: d.task.title })) },
        dedupeKey: `direction:${unitId}:${today}`,
      });
    }
    return messages;
  },
};
