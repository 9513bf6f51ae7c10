"use server";
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { markNotificationsRead, saveNotificationPreferences } from "./commands";

// The bell is in the header of every page.
export const markNotificationsReadAction = formAction(markNotificationsRead, { revalidate: () => "/" });

export const saveNotificationPreferencesAction = formAction(saveNotificationPreferences, {
  arrays: ["emailMuted", "inAppMuted"],
  revalidate: () => routes.notificationPreferences(),
});
