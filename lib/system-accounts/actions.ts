"use server";
// Server actions of Quản trị → Tài khoản cấp tỉnh, quản trị: each command through formAction; an
// activation link is e-mailed after the transaction has committed (deliverActivation), and the form
// gets it back only when it was not e-mailed.
import { formAction } from "../actions/form-action";
import type { ActionResult } from "../actions/safe-action";
import { routes } from "../routes";
import {
  createSystemAccount,
  issueSystemAccountActivation,
  resetSystemAccountPassword,
  resetSystemAccountSecondFactor,
  updateSystemAccount,
} from "./commands";
import { deliverActivation, type ActivationOutcome } from "./delivery";

const page = () => routes.systemAccounts();

const create = formAction(createSystemAccount, { revalidate: page });
const issue = formAction(issueSystemAccountActivation, { revalidate: page });

export async function createSystemAccountAction(
  prev: unknown,
  form: FormData,
): Promise<ActionResult<{ id: string; username: string; activation: ActivationOutcome | null }>> {
  const r = await create(prev, form);
  if (!r.ok) return r;
  const activation = r.data.activation ? await deliverActivation(r.data.activation) : null;
  return { ok: true, data: { id: r.data.id, username: r.data.username, activation } };
}

export async function issueSystemAccountActivationAction(prev: unknown, form: FormData): Promise<ActionResult<ActivationOutcome>> {
  const r = await issue(prev, form);
  return r.ok ? { ok: true, data: await deliverActivation(r.data) } : r;
}

export const updateSystemAccountAction = formAction(updateSystemAccount, { revalidate: page });
// The new password is shown once, in the form; the list shows the second factor as off after a reset.
export const resetSystemAccountPasswordAction = formAction(resetSystemAccountPassword);
export const resetSystemAccountSecondFactorAction = formAction(resetSystemAccountSecondFactor, { revalidate: page });
