"use server";
// Server actions of the administration pages: each command through formAction (session, commune,
// permission, validation, transaction), refreshing the administration pages on success.
import { formAction } from "../actions/form-action";
import type { ActionResult } from "../actions/safe-action";
import { activationMail, sendAccountMail } from "../accounts/mail";
import {
  createUnit,
  createUser,
  issueActivation,
  resetPassword,
  resetTwoFactor,
  updateUnit,
  updateUser,
  type IssuedActivation,
} from "./commands";
import { routes } from "../routes";

const adminPages = (input: { communeId: string }) => routes.commune(input.communeId).admin.units();

/** What the form shows of an activation: the link only when it was not e-mailed (to print, once). */
export type ShownActivation = Omit<IssuedActivation, "link"> & { link: string | null; mailFailed?: boolean };

/**
 * Account e-mails go straight through SMTP after the commit (lib/accounts/mail.ts). An e-mailed link
 * never reaches the browser; if the mail server refuses it, the link is shown for printing instead.
 */
async function deliver(a: IssuedActivation): Promise<ShownActivation> {
  if (a.delivery !== "EMAIL" || !a.email) return a;
  const sent = await sendAccountMail(a.email, activationMail(a, a.link, a.expiresAt));
  return sent ? { ...a, link: null } : { ...a, mailFailed: true };
}

export const createUnitAction = formAction(createUnit, { revalidate: adminPages });
export const updateUnitAction = formAction(updateUnit, { revalidate: adminPages });
const createUserCommand = formAction(createUser, { revalidate: adminPages });
export async function createUserAction(
  prev: unknown,
  form: FormData,
): Promise<ActionResult<{ id: string; activation: ShownActivation | null }>> {
  const res = await createUserCommand(prev, form);
  if (!res.ok || !res.data.activation) return res;
  return { ok: true, data: { ...res.data, activation: await deliver(res.data.activation) } };
}
export const updateUserAction = formAction(updateUser, { revalidate: adminPages });
// Nothing on the pages changes: the new password is shown once, in the form.
export const resetPasswordAction = formAction(resetPassword);
export const resetTwoFactorAction = formAction(resetTwoFactor, { revalidate: adminPages });
const issueActivationCommand = formAction(issueActivation);
export async function issueActivationAction(prev: unknown, form: FormData): Promise<ActionResult<ShownActivation>> {
  const res = await issueActivationCommand(prev, form);
  return res.ok ? { ok: true, data: await deliver(res.data) } : res;
}
