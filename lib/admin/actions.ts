"use server";
// Server actions of the administration pages. Each one goes through runAction (session, checks,
// validation, transaction); these wrappers only add cache revalidation.
import { revalidatePath } from "next/cache";
import { formDataToObject, type ActionResult } from "../actions/safe-action";
import { runAction } from "../actions/run";
import { createUnit, createUser, resetPassword, updateUnit, updateUser } from "./commands";

type Result<T> = ActionResult<T> | null;

function adminPath(form: FormData) {
  return `/c/${String(form.get("communeId") ?? "")}/quan-tri`;
}

export async function createUnitAction(_prev: Result<{ id: string }>, form: FormData) {
  const result = await runAction(createUnit, formDataToObject(form));
  if (result.ok) revalidatePath(adminPath(form), "layout");
  return result;
}

export async function updateUnitAction(_prev: Result<{ id: string }>, form: FormData) {
  const result = await runAction(updateUnit, formDataToObject(form));
  if (result.ok) revalidatePath(adminPath(form), "layout");
  return result;
}

export async function createUserAction(_prev: Result<{ id: string }>, form: FormData) {
  const result = await runAction(createUser, formDataToObject(form));
  if (result.ok) revalidatePath(adminPath(form), "layout");
  return result;
}

export async function updateUserAction(_prev: Result<{ id: string }>, form: FormData) {
  const result = await runAction(updateUser, formDataToObject(form));
  if (result.ok) revalidatePath(adminPath(form), "layout");
  return result;
}

export async function resetPasswordAction(_prev: Result<{ username: string; password: string }>, form: FormData) {
  return runAction(resetPassword, formDataToObject(form));
}
