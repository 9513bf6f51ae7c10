// Changing a commune's settings (Quản trị → Cài đặt): the standing office, audited with before/after.
import { defineAction } from "../actions/safe-action";
import { canSetCommuneSettings } from "../auth/permissions";
import { communeSettingsSchema } from "./schemas";
import { readCommuneSettings } from "./settings";

export const updateCommuneSettings = defineAction({
  name: "communes.updateSettings",
  schema: communeSettingsSchema,
  permission: canSetCommuneSettings,
  async run(ctx) {
    const { input, tx, commune } = ctx;
    const current = await readCommuneSettings(tx, commune.communeId);
    const after = { maxDeadlineExtensions: input.maxDeadlineExtensions };
    // The log shows the fields this form changes, as they were.
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, current[k as keyof typeof after]]));
    await tx.communeSettings.upsert({
      where: { communeId: commune.communeId },
      create: { communeId: commune.communeId, ...after },
      update: after,
    });
    await ctx.audit("communes.updateSettings", { type: "CommuneSettings", id: commune.communeId }, { before, after });
    return after;
  },
});
