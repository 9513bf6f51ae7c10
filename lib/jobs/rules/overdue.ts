// "Quá hạn": every working day each lead unit gets the list of its tasks past their due date and
// not done (when the commune keeps the daily digest on), and once a week, on the first working day
// of the ISO week, the chair gets the commune's overdue tasks grouped by unit: the "Monday check"
// Vietnamese offices already practise, without anyone compiling it by hand.
import { routes } from "../../routes";
import { chairsOf } from "../../notifications/recipients";
import type { PlannedMessage, Rule } from "../schedule";
import { byUnit, openLeadTasks, taskData, type LeadTask, staffOf } from "./task-queries";
import { firstWorkingDayOfWeekSlot, workingDaySlot } from "./when";
import { bulletList, daysLateText, shortTitle, taskLine } from "./wording";

/** Tasks shown per unit in the chair's message; the linked list has them all. */
export const CHAIR_TOP_ITEMS = 3;

const overdueOf = async (ctx: Parameters<Rule["plan"]>[0]) => (await openLeadTasks(ctx)).filter((t) => t.status === "OVERDUE");

export const overdueUnit: Rule = {
  name: "overdue-unit",
  slot: (ctx) => (ctx.settings.overdueDigest ? workingDaySlot(ctx) : null),
  async plan(ctx) {
    const late = await overdueOf(ctx);
    if (late.length === 0) return [];
    const staff = await staffOf(ctx);
    const messages: PlannedMessage[] = [];
    for (const [unitId, tasks] of byUnit(late)) {
      const userIds = staff.get(unitId) ?? [];
      if (userIds.length === 0) continue;
      messages.push({
        kind: "OVERDUE_UNIT",
        userIds,
        title: `${tasks.length} nhiệm vụ quá hạn`,
        body: bulletList(tasks.map((t) => taskLine(t, daysLateText(-t.daysLeft)))),
        href: routes.commune(ctx.commune.id).tasks({ status: "OVERDUE" }),
        data: { unitId, tasks: tasks.map(taskData) },
        dedupeKey: `overdue:${unitId}:${ctx.today}`,
      });
    }
    return messages;
  },
};

/** "Phòng Kinh tế: 4 nhiệm vụ (2.1 …, quá hạn 12 ngày; …)" — the most overdue first. */
export function chairUnitLine(unitName: string, tasks: readonly LeadTask[], top = CHAIR_TOP_ITEMS): string {
  const items = tasks
    .slice(0, top)
    .map((t) => `${t.code} ${shortTitle(t.title, 50)}, ${daysLateText(-t.daysLeft)}`)
    .join("; ");
  const more = tasks.length > top ? `; … và ${tasks.length - top} nhiệm vụ khác` : "";
  return `${unitName}: ${tasks.length} nhiệm vụ (${items}${more})`;
}

export const overdueChair: Rule = {
  name: "overdue-chair",
  slot: firstWorkingDayOfWeekSlot,
  async plan(ctx) {
    const late = await overdueOf(ctx);
    if (late.length === 0) return [];
    const userIds = await chairsOf(ctx.tx, ctx.commune);
    if (userIds.length === 0) return [];
    const groups = [...byUnit(late)].sort(([, a], [, b]) => b.length - a.length);
    const taskCount = new Set(late.map((t) => t.taskId)).size;
    const week = firstWorkingDayOfWeekSlot(ctx)!;
    return [
      {
        kind: "OVERDUE_CHAIR",
        userIds,
        title: `${taskCount} nhiệm vụ quá hạn, ${groups.length} đơn vị`,
        body: bulletList(groups.map(([, tasks]) => chairUnitLine(tasks[0]!.unitName, tasks))),
        href: routes.commune(ctx.commune.id).tasks({ status: "OVERDUE" }),
        data: {
          week,
          tasks: taskCount,
          units: groups.map(([unitId, tasks]) => ({ unitId, name: tasks[0]!.unitName, count: tasks.length, tasks: tasks.map(taskData) })),
        },
        dedupeKey: `overdue-chair:${week}`,
      },
    ];
  },
};
