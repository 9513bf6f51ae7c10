"use server";
// Server actions of the extension forms (task page, the chair's dashboard). E-mail copies of the
// notifications leave only after the transaction committed.
import { formAction } from "../../actions/form-action";
import { sendMails } from "../../notifications/mail";
import { routes } from "../../routes";
import { decideExtension, requestExtension } from "./commands";

const communePages = (input: { communeId: string }) => routes.commune(input.communeId).dashboard();

export const requestExtensionAction = formAction(requestExtension, {
  arrays: ["files"],
  revalidate: communePages,
  after: async ({ mails, ...rest }) => ({ ...rest, mail: await sendMails(mails) }),
});

export const decideExtensionAction = formAction(decideExtension, {
  // The task's page only: on the dashboard the decided row stays, saying what was decided, until
  // the next visit (refreshing the dashboard would remove it from under the chair's eyes).
  revalidate: (input, data) => routes.commune(input.communeId).task(data.taskId),
  after: async ({ mails, ...rest }) => ({ ...rest, mail: await sendMails(mails) }),
});
