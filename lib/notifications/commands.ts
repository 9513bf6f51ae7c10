// A user's own notifications: reading them, and choosing which kinds reach them by which channel.
// Writing them is the job of the feature that reminds (lib/notifications/notify.ts).
import { z } from "zod";
import { defineAction } from "../actions/safe-action";
import { canReadOwnNotifications, canSetOwnNotificationPreferences } from "../auth/permissions";
import { id } from "../validation/fields";
import { notificationPreferencesSchema } from "./schemas";

export const markNotificationsRead = defineAction({
  name: "notifications.markRead",
  // Only the owner's rows are touched (userId from the session), so any signed-in user may call it.
  scope: "user",
  schema: z.object({ notificationId: id.optional() }),
  permission: canReadOwnNotifications,
  run: async ({ user, input, tx }) => {
    const res = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
      data: { readAt: new Date() },
    });
    return { marked: res.count };
  },
});

export const saveNotificationPreferences = defineAction({
  name: "notifications.savePreferences",
  // The session's own row, whatever the input says: the schema has no user id.
  scope: "user",
  schema: notificationPreferencesSchema,
  permission: canSetOwnNotificationPreferences,
  run: async ({ user, input, tx, audit }) => {
    const before = await tx.notificationPreference.findUnique({
      where: { userId: user.id },
      select: { emailMode: true, emailMuted: true, inAppMuted: true },
    });
    const after = { emailMode: input.emailMode, emailMuted: input.emailMuted, inAppMuted: input.inAppMuted };
    await tx.notificationPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...after }, update: after });
    await audit("notifications.savePreferences", { type: "NotificationPreference", id: user.id }, { before, after });
    return after;
  },
});
