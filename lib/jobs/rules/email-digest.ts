// The daily e-mail digest (lib/notifications/email-digest.ts) at the commune's reminderTime, on
// working days only: officials read work mail at the office, and Monday's letter gathers what came on
// Saturday and Sunday (a digest takes everything since the previous one, so nothing is lost). It runs
// after the other rules (last in RULES), so that this morning's reminders are in this morning's letter.
import { writeEmailDigests } from "../../notifications/email-digest";
import type { Rule } from "../schedule";

export const emailDigest: Rule = {
  name: "email-digest",
  slot: (ctx) => (ctx.calendar.isWorkingDay(ctx.today) && ctx.time >= ctx.settings.reminderTime ? ctx.today : null),
  async plan(ctx) {
    // Writes its outbox rows itself (no bell notification); nothing for the scheduler to notify.
    await writeEmailDigests(ctx.tx, { communeId: ctx.commune.id, at: ctx.at, today: ctx.today, settings: ctx.settings });
    return [];
  },
};
