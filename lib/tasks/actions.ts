"use server";
// Server actions of the task pages: each command through formAction (session, commune, permission,
// validation, transaction), refreshing the commune's pages on success.
import { formAction } from "../actions/form-action";
import { acknowledgeDirective, editTask, giveDirective, returnUpdate, submitContribution, submitTaskUpdate } from "./commands";
import { markPartNotApplicable, reopenPart } from "./part-commands";
import { routes } from "../routes";

const communePages = (input: { communeId: string }) => routes.commune(input.communeId).dashboard();

export const submitTaskUpdateAction = formAction(submitTaskUpdate, { arrays: ["files", "uploadIds"], revalidate: communePages });
export const submitContributionAction = formAction(submitContribution, { arrays: ["files", "uploadIds"], revalidate: communePages });
export const giveDirectiveAction = formAction(giveDirective, { revalidate: communePages });
export const acknowledgeDirectiveAction = formAction(acknowledgeDirective, { revalidate: communePages });
export const returnUpdateAction = formAction(returnUpdate, { revalidate: communePages });
export const editTaskAction = formAction(editTask, {
  arrays: ["leadUnitIds", "leadGroupIds", "supportUnitIds", "supportGroupIds"],
  revalidate: communePages,
});
export const markPartNotApplicableAction = formAction(markPartNotApplicable, { revalidate: communePages });
export const reopenPartAction = formAction(reopenPart, { revalidate: communePages });
