// The chair's weekly digest (CHAIR_WEEKLY_DIGEST): once per ISO week, on the commune's
// chairDigestWeekday (Monday by default) at chairDigestTime; when that day is a holiday or a weekend,
// on the next working day. Its content is lib/notifications/weekly-digest.ts (the dashboard's figures
// at that moment); the bell shows a few lines and links to the digest's page, the e-mail has it all.
import { addDays, weekStart } from "../../dates";
import { periodContaining } from "../../indicators/periods";
import type { Calendar } from "../../calendar/working-days";
import { chairsOf } from "../../notifications/recipients";
import { buildWeeklyDigest } from "../../notifications/weekly-digest";
import { digestBody, digestEmailText, digestTitle } from "../../notifications/weekly-digest-text";
import { routes } from "../../routes";
import type { Rule, RuleContext } from "../schedule";

/** The day a week's digest goes out: its chosen weekday, or the first working day after it. */
export function digestDayOf(monday: string, weekday: number, calendar: Calendar): string {
  let day = addDays(monday, weekday - 1);
  // A long Tết break is 9 days; 30 keeps a broken calendar from looping forever.
  for (let i = 0; i < 30 && !calendar.isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/** The ISO week whose digest is due at ctx (this week's, or last week's pushed into this one by holidays), or null. */
export function chairDigestSlot(ctx: Pick<RuleContext, "today" | "time" | "settings" | "calendar">): string | null {
  // Like every reminder, only on a working day (a catch-up waits for the next one).
  if (!ctx.calendar.isWorkingDay(ctx.today)) return null;
  const monday = weekStart(ctx.today);
  for (const week of [monday, addDays(monday, -7)]) {
    const day = digestDayOf(week, ctx.settings.chairDigestWeekday, ctx.calendar);
    // Due from its moment on (a worker that was down catches up later that day or week), but only
    // until the next week's digest takes over.
    const due = day < ctx.today || (day === ctx.today && ctx.time >= ctx.settings.chairDigestTime);
    if (due && day >= monday) return periodContaining(week, "WEEKLY").key;
  }
  return null;
}

export const chairWeeklyDigest: Rule = {
  name: "chair-weekly-digest",
  slot: chairDigestSlot,
  async plan(ctx) {
    const chairs = await chairsOf(ctx.tx, ctx.commune);
    if (chairs.length === 0) return [];
    // The slot's week: last week's when holidays pushed its digest into this one.
    const week = chairDigestSlot(ctx) ?? periodContaining(ctx.today, "WEEKLY").key;
    const data = await buildWeeklyDigest(ctx.commune, ctx.at, week);
    return [
      {
        kind: "CHAIR_WEEKLY_DIGEST",
        userIds: chairs,
        title: `${digestTitle(data)} · ${ctx.commune.name}`,
        body: digestBody(data),
        emailText: digestEmailText(data),
        hrefOf: (id) => routes.commune(ctx.commune.id).weeklyDigest(id),
        topic: `chair-digest:${week}`,
        data,
        dedupeKey: `chair-digest:${ctx.commune.id}:${week}`,
      },
    ];
  },
};
