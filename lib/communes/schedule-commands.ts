// "Lịch nhắc tự động" of a commune (Quản trị → Cài đặt): when the scheduled reminders go out and
// the quiet hours of e-mail. The standing office, audited with the fields as they were and became.
import { defineAction } from "../actions/safe-action";
import { canSetCommuneSettings } from "../auth/permissions";
import { communeScheduleSchema } from "./schemas";
import { readCommuneSettings, type ScheduleSettings } from "./settings";

export const updateCommuneSchedule = defineAction({
  name: "communes.updateSchedule",
  schema: communeScheduleSchema,
  permission: canSetCommuneSettings,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const current = await readCommuneSettings(tx, commune.communeId);
    const { communeId: _communeId, ...after } = input;
    const schedule: ScheduleSettings = after;
    const before = Object.fromEntries(Object.keys(schedule).map((k) => [k, current[k as keyof ScheduleSettings]]));
    await tx.communeSettings.upsert({
      where: { communeId: commune.communeId },
      create: { communeId: commune.communeId, ...schedule },
      update: schedule,
    });
    await ctx.audit("communes.updateSchedule", { type: "CommuneSettings", id: commune.communeId }, { before, after: schedule });
    return schedule;
  },
});
