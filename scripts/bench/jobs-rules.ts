// Stand-in reminder rules for `npm run bench:jobs`, used only while lib/jobs/rules has none (RULES
// empty): they do the kind of work the real rules do — per commune, read the tasks with a date
// deadline, group them by lead unit, and write one message per unit to its staff — so that the
// harness measures something of the right shape. Once the real rules are registered the bench
// uses RULES and these are ignored. Declared here, in the bench only.
import { addDays, dateFromKey } from "../../lib/dates";
import { IN_ACTIVE_PLAN } from "../../lib/plans/active";
import { staffOfUnits } from "../../lib/notifications/recipients";
import type { PlannedMessage, Rule, RuleContext } from "../../lib/jobs/schedule";

const dueAtReminderTime = (ctx: Omit<RuleContext, "tx">) =>
  ctx.calendar.isWorkingDay(ctx.today) && ctx.time >= ctx.settings.reminderTime ? ctx.today : null;

/** Open tasks of the commune led by each unit, with a due date in `dueDate`. */
async function byLeadUnit(ctx: RuleContext, dueDate: { in: Date[] } | { lt: Date }) {
  const tasks = await ctx.tx.task.findMany({
    where: { communeId: ctx.commune.id, ...IN_ACTIVE_PLAN, workStatus: { not: "DONE" }, dueDate },
    select: { code: true, title: true, dueDate: true, units: { where: { role: "LEAD" }, select: { unitId: true } } },
    orderBy: [{ dueDate: "asc" }, { sortOrder: "asc" }],
  });
  const grouped = new Map<string, typeof tasks>();
  for (const t of tasks) for (const u of t.units) grouped.set(u.unitId, [...(grouped.get(u.unitId) ?? []), t]);
  return grouped;
}

async function messages(ctx: RuleContext, grouped: Awaited<ReturnType<typeof byLeadUnit>>, kind: PlannedMessage["kind"], rule: string) {
  const staff = await staffOfUnits(ctx.tx, ctx.commune);
  const out: PlannedMessage[] = [];
  for (const [unitId, tasks] of grouped) {
    const userIds = staff.get(unitId) ?? [];
    if (userIds.length === 0) continue;
    out.push({
      kind,
      userIds,
      title: `${tasks.length} nhiệm vụ ${kind === "OVERDUE_UNIT" ? "quá hạn" : "sắp đến hạn"}`,
      body: tasks.map((t) => `${t.code} ${t.title}`).join("\n"),
      data: { tasks: tasks.map((t) => t.code) },
      dedupeKey: `${rule}:${unitId}:${ctx.today}`,
    });
  }
  return out;
}

export const STAND_IN_RULES: readonly Rule[] = [
  {
    name: "bench-deadline",
    slot: dueAtReminderTime,
    plan: async (ctx) => {
      const days = ctx.settings.deadlineReminderDays.map((d) => dateFromKey(addDays(ctx.today, d)));
      return messages(ctx, await byLeadUnit(ctx, { in: days }), "DEADLINE_APPROACHING", "bench-deadline");
    },
  },
  {
    name: "bench-overdue",
    slot: dueAtReminderTime,
    plan: async (ctx) => messages(ctx, await byLeadUnit(ctx, { lt: dateFromKey(ctx.today) }), "OVERDUE_UNIT", "bench-overdue"),
  },
];
