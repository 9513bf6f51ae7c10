// "Sắp đến hạn": each lead unit hears, on a working day, of its open tasks that reached one of the
// commune's thresholds (7, 3 and 1 days before the due date by default), in ONE message listing
// them all: a unit leading twenty tasks must not get twenty mails. A threshold that fell on a
// weekend or a day off is caught up on the next working day (lib/jobs/rules/when.ts).
import { routes } from "../../routes";
import type { PlannedMessage, Rule } from "../schedule";
import { byUnit, openLeadTasks, taskData, staffOf } from "./task-queries";
import { thresholdReached, workingDaySlot } from "./when";
import { bulletList, daysLeftText, taskLine } from "./wording";

export const deadlineApproaching: Rule = {
  name: "deadline-approaching",
  slot: workingDaySlot,
  async plan(ctx) {
    const previous = ctx.calendar.previousWorkingDay(ctx.today);
    const days = ctx.settings.deadlineReminderDays;
    // Overdue tasks have their own digest; what is left is due today or later.
    const due = (await openLeadTasks(ctx)).filter(
      (t) => t.status !== "OVERDUE" && thresholdReached(t.dueDate, ctx.today, previous, days) !== null,
    );
    if (due.length === 0) return [];
    const staff = await staffOf(ctx);
    const to = routes.commune(ctx.commune.id);
    const messages: PlannedMessage[] = [];
    for (const [unitId, tasks] of byUnit(due)) {
      const userIds = staff.get(unitId) ?? [];
      // A unit without an account cannot hear it; the chair's overdue digest names it later.
      if (userIds.length === 0) continue;
      // The list's "sắp đến hạn" filter holds tasks due within lib/tasks/deadline-status.ts's window;
      // a 7-day reminder may be just outside it, and then the unfiltered list shows it.
      const allDueSoon = tasks.every((t) => t.status === "DUE_SOON");
      messages.push({
        kind: "DEADLINE_APPROACHING",
        userIds,
        title: `${tasks.length} nhiệm vụ sắp đến hạn`,
        body: bulletList(tasks.map((t) => taskLine(t, daysLeftText(t.daysLeft)))),
        href: allDueSoon ? to.tasks({ status: "DUE_SOON" }) : to.tasks(),
        data: { unitId, tasks: tasks.map(taskData) },
        dedupeKey: `deadline:${unitId}:${ctx.today}`,
      });
    }
    return messages;
  },
};
