"use server";
import { formAction } from "../actions/form-action";
import { routes } from "../routes";
import { acknowledgeMandateChanges, assignMandates, markMandateNotApplicable, moveMandatePlan, reopenMandate } from "./commands";

// Assignments and closures change the task lists and the dashboard, so the whole commune is refreshed.
const communePages = (input: { communeId: string }) => routes.commune(input.communeId).dashboard();

export const assignMandatesAction = formAction(assignMandates, {
  arrays: ["taskIds", "versions", "leadUnitIds", "leadGroupIds", "supportUnitIds", "supportGroupIds"],
  revalidate: communePages,
});
export const markMandateNotApplicableAction = formAction(markMandateNotApplicable, { revalidate: communePages });
export const reopenMandateAction = formAction(reopenMandate, { revalidate: communePages });
export const acknowledgeMandateChangesAction = formAction(acknowledgeMandateChanges, { revalidate: communePages });
export const moveMandatePlanAction = formAction(moveMandatePlan, { revalidate: communePages });
