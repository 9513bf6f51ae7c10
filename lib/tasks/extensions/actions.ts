"use server";
// Server actions of the extension forms (task page, the chair's dashboard). Their notifications
// (and e-mails, through the outbox) are written in the action's transaction.
import { formAction } from "../../actions/form-action";
import { routes } from "../../routes";
import { decideExtension, requestExtension } from "./commands";

const communePages = (input: { communeId: string }) => routes.commune(input.communeId).dashboard();

export const requestExtensionAction = formAction(requestExtension, {
  arrays: ["files", "uploadIds"],
  revalidate: communePages,
});

export const decideExtensionAction = formAction(decideExtension, {
  // The task's page only: on the dashboard the decided row stays, saying what was decided, until
  // the next visit (refreshing the dashboard would remove it from under the chair's eyes).
  revalidate: (input, data) => routes.commune(input.communeId).task(data.taskId),
});
