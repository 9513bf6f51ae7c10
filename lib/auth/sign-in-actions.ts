"use server";
// The login form's server actions (no session yet, so not defineAction): the password step and the
// enrolment's first code. The address the login limit counts comes from the request's headers, as
// authorize() reads it.
import { headers } from "next/headers";
import { getDb } from "../db";
import { env } from "../env";
import { clientAddress } from "./client-address";
import { beginSignIn, confirmEnrolment, type EnrolResult, type SignInStep } from "./sign-in";

async function requestAddress(): Promise<string> {
  return clientAddress(Object.fromEntries(await headers()), env().TRUSTED_PROXIES);
}

export async function beginSignInAction(form: FormData): Promise<SignInStep> {
  return beginSignIn(getDb(), { username: form.get("username"), password: form.get("password") }, await requestAddress());
}

export async function confirmEnrolmentAction(form: FormData): Promise<EnrolResult> {
  return confirmEnrolment(getDb(), { ticket: form.get("ticket"), code: form.get("code") }, await requestAddress());
}
