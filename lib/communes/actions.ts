"use server";
// Server action of the commune's settings page.
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { updateCommuneSettings } from "./settings-commands";

export const updateCommuneSettingsAction = formAction(updateCommuneSettings, {
  revalidate: (input) => routes.commune(input.communeId).dashboard(),
});
