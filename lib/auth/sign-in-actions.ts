"use server";
// The login form's server actions (no session yet, so not defineAction): the password step and the
// enrolment's first code. The address the login limit counts comes from the request's headers, as
// authorize() reads it. Both answer in the shape of every other action, (previous state, form) →
// ActionResult, so the access-control matrix and the forms read them alike.
import { headers } from "next/headers";
import type { ActionResult } from "../actions/safe-action";
import { getDb } from "../db";
import { env } from "../env";
import { clientAddress } from "./client-address";
import { beginSignIn, confirmEnrolment, type EnrolResult, type SignInStep } from "./sign-in";

async function requestAddress(): Promise<string> {
  return clientAddress(Object.fromEntries(await headers()), env().TRUSTED_PROXIES);
}

/** The password step: what comes next (a refusal of the credentials is an answer of the step too). */
export async function beginSignInAction(_prev: unknown, form: FormData): Promise<ActionResult<SignInStep>> {
  const step = await beginSignIn(getDb(), { username: form.get("username"), password: form.get("password") }, await requestAddress());
  return { ok: true, data: step };
}

const ENROL_REFUSAL: Record<Exclude<EnrolResult, { ok: true }>["error"], { code: "VALIDATION" | "FORBIDDEN"; restart: boolean }> = {
  WrongCode: { code: "VALIDATION", restart: false },
  TooManyAttempts: { code: "FORBIDDEN", restart: true },
  expired: { code: "VALIDATION", restart: true },
};

/** The enrolment's first code: the recovery codes, or a refusal the form explains (`restart`: back to the password). */
export async function confirmEnrolmentAction(_prev: unknown, form: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const r = await confirmEnrolment(getDb(), { ticket: form.get("ticket"), code: form.get("code") }, await requestAddress());
  if (r.ok) return { ok: true, data: { recoveryCodes: r.recoveryCodes } };
  const refusal = ENROL_REFUSAL[r.error];
  return { ok: false, code: refusal.code, message: r.error, details: { restart: refusal.restart } };
}
