// A user's own notifications: reading them. Writing them is the job of the feature that reminds.
import { z } from "zod";
import { defineAction } from "../actions/safe-action";
import { canReadOwnNotifications } from "../auth/permissions";
import { id } from "../validation/fields";

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
