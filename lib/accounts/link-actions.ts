"use server";
// Server actions of the public account-link pages (no session: plain actions, zod in the commands)
// and of "Đổi mật khẩu" (through formAction like every signed-in action).
import { after } from "next/server";
import { headers } from "next/headers";
import { formAction } from "../actions/form-action";
import type { ActionResult } from "../actions/safe-action";
import { clientAddress } from "../auth/client-address";
import { getDb } from "../db";
import { env } from "../env";
import { routes } from "../routes";
import { activateAccount, requestPasswordReset, resetForgottenPassword } from "./link-commands";
import { changeOwnPassword } from "./password-commands";

const fields = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, form.get(n) ?? undefined]));

export const changeOwnPasswordAction = formAction(changeOwnPassword, { revalidate: () => routes.changePassword() });

export async function activateAccountAction(_prev: unknown, form: FormData): Promise<ActionResult<{ username: string }>> {
  const r = await activateAccount(getDb(), fields(form, ["token", "password", "confirm"]));
  return r.ok ? { ok: true, data: { username: r.data.username } } : r;
}

export async function resetForgottenPasswordAction(_prev: unknown, form: FormData): Promise<ActionResult<{ username: string }>> {
  const r = await resetForgottenPassword(getDb(), fields(form, ["token", "password", "confirm"]));
  return r.ok ? { ok: true, data: { username: r.data.username } } : r;
}

export async function requestPasswordResetAction(_prev: unknown, form: FormData): Promise<ActionResult<{ message: string }>> {
  const ip = clientAddress(Object.fromEntries(await headers()), env().TRUSTED_PROXIES);
  const { result, followUp } = await requestPasswordReset(getDb(), fields(form, ["identifier"]), ip);
  // The lookup and the e-mail run after the answer is sent: its time says nothing about the account.
  if (followUp) after(followUp);
  return result;
}
