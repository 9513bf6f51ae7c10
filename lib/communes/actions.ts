"use server";
// Server actions of the commune's settings page.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { updateCommuneSchedule } from "./schedule-commands";
import { updateCommuneSettings } from "./settings-commands";
import { removeCommuneWebhook, rotateWebhookSecret, updateCommuneWebhook } from "./webhook-commands";

export const updateCommuneSettingsAction = formAction(updateCommuneSettings, {
  revalidate: (input) => routes.commune(input.communeId).dashboard(),
});

const settingsPage = (input: { communeId: string }) => routes.commune(input.communeId).admin.settings();

export const updateCommuneScheduleAction = formAction(updateCommuneSchedule, { revalidate: settingsPage });

export const updateCommuneWebhookAction = formAction(updateCommuneWebhook, { arrays: ["webhookKinds"], revalidate: settingsPage });

export const rotateWebhookSecretAction = formAction(rotateWebhookSecret, { revalidate: settingsPage });

export const removeCommuneWebhookAction = formAction(removeCommuneWebhook, { revalidate: settingsPage });
